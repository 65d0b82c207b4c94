package dev.heapscope.server.document;

import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One open document as the client last sent it: its URI, version and text. Edits are
 * applied in the order received (incremental sync); each edit's range is in the negotiated
 * position encoding and refers to the text as it is after the previous edit.
 */
public final class TextDocument {
    private final String uri;
    private final int version;
    private final String text;
    private volatile LineIndex lines;
    /** Where this text differs from the one the edits were applied to; null when not known. */
    private Window window;

    /**
     * The text before the client's edits, and how many of its first and last characters the
     * edits left as they were: the new text differs at most in between.
     */
    public record Window(String before, int prefix, int suffix) {
    }

    public TextDocument(String uri, int version, String text) {
        this.uri = uri;
        this.version = version;
        this.text = text;
    }

    public String uri() {
        return uri;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    public LineIndex lines() {
        LineIndex index = lines;
        if (index == null) {
            index = new LineIndex(text);
            lines = index;
        }
        return index;
    }

    /** Where this text differs from the previous version's; null when not known (opened, or replaced whole). */
    public Window window() {
        return window;
    }

    /** The document after applying the client's changes in order. */
    public TextDocument apply(int newVersion, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        String current = text;
        LineIndex index = lines();
        // Each change keeps its text's characters before its start and after its end; all of
        // them keep the fewest of each.
        int prefix = Integer.MAX_VALUE;
        int suffix = Integer.MAX_VALUE;
        boolean whole = false;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
                index = new LineIndex(current);
                whole = true;
            } else {
                int start = index.offsetOf(change.getRange().getStart(), encoding);
                int end = Math.max(start, index.offsetOf(change.getRange().getEnd(), encoding));
                String edited = current.substring(0, start) + change.getText() + current.substring(end);
                index = index.edited(edited, start, end, change.getText().length());
                prefix = Math.min(prefix, start);
                suffix = Math.min(suffix, current.length() - end);
                current = edited;
            }
        }
        TextDocument next = new TextDocument(uri, newVersion, current);
        next.lines = index;
        if (!whole && !changes.isEmpty()) {
            int limit = Math.min(text.length(), current.length());
            prefix = Math.min(prefix, limit);
            next.window = new Window(text, prefix, Math.min(suffix, limit - prefix));
        }
        return next;
    }
}
