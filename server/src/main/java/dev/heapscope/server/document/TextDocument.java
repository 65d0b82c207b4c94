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

    /** The document after applying the client's changes in order. */
    public TextDocument apply(int newVersion, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        String current = text;
        LineIndex index = lines();
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
            } else {
                int start = index.offsetOf(change.getRange().getStart(), encoding);
                int end = Math.max(start, index.offsetOf(change.getRange().getEnd(), encoding));
                current = current.substring(0, start) + change.getText() + current.substring(end);
            }
            index = new LineIndex(current);
        }
        TextDocument next = new TextDocument(uri, newVersion, current);
        next.lines = index;
        return next;
    }
}
