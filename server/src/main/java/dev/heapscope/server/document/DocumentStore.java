package dev.heapscope.server.document;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Analyzer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents and, for each, the analysis of its current text. An analysis is started
 * at most once per text version, on the analysis executor, and shared by every request on
 * that version; when the text changes, the old version's analysis is abandoned (it stops at
 * its next stage boundary) and a new one is started.
 */
public final class DocumentStore {
    private final ExecutorService analysisExecutor;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** One document's text and the analysis of exactly that text. */
    private static final class Entry {
        final TextDocument document;
        final CompletableFuture<Analysis> analysis;
        /** The newest analysis of a text that parsed, for features asked about text that does not. */
        volatile Analysis lastWithTable;

        Entry(TextDocument document, CompletableFuture<Analysis> analysis, Analysis lastWithTable) {
            this.document = document;
            this.analysis = analysis;
            this.lastWithTable = lastWithTable;
        }
    }

    public DocumentStore(ExecutorService analysisExecutor) {
        this.analysisExecutor = analysisExecutor;
    }

    public void open(String uri, int version, String text) {
        replace(uri, new TextDocument(uri, version, text), null);
    }

    public void change(String uri, int version, List<TextDocumentContentChangeEvent> changes, PositionEncoding encoding) {
        Entry old = entries.get(uri);
        if (old == null) {
            return;
        }
        TextDocument next = old.document.apply(version, changes, encoding);
        replace(uri, next, old);
    }

    public void close(String uri) {
        Entry old = entries.remove(uri);
        if (old != null) {
            old.analysis.cancel(false);
        }
    }

    private void replace(String uri, TextDocument document, Entry old) {
        Analysis carried = old == null ? null : currentWithTable(old);
        Analysis previous = carried;
        CompletableFuture<Analysis> future = new CompletableFuture<>();
        Entry entry = new Entry(document, future, carried);
        entries.put(uri, entry);
        if (old != null) {
            old.analysis.cancel(false);
        }
        analysisExecutor.execute(() -> {
            if (future.isDone()) {
                return;
            }
            try {
                Analysis analysis = Analyzer.analyze(uri, filenameOf(uri), document.version(), document.text(),
                        previous, future::isCancelled);
                if (isClean(analysis)) {
                    entry.lastWithTable = analysis;
                }
                future.complete(analysis);
            } catch (Analyzer.Cancelled e) {
                future.cancel(false);
            } catch (RuntimeException | StackOverflowError e) {
                future.completeExceptionally(e);
            }
        });
    }

    private static Analysis currentWithTable(Entry entry) {
        Analysis done = entry.analysis.isDone() && !entry.analysis.isCompletedExceptionally()
                ? entry.analysis.getNow(null) : null;
        return done != null && isClean(done) ? done : entry.lastWithTable;
    }

    /** Parsed without error, so the tree holds every statement of the text. */
    private static boolean isClean(Analysis analysis) {
        return analysis.hasTable() && analysis.syntaxErrors().isEmpty();
    }

    public TextDocument document(String uri) {
        Entry entry = entries.get(uri);
        return entry == null ? null : entry.document;
    }

    /** The analysis of the document's current text; null when the document is not open. */
    public CompletableFuture<Analysis> analysis(String uri) {
        Entry entry = entries.get(uri);
        return entry == null ? null : entry.analysis;
    }

    /** The newest analysis of this document whose text parsed (possibly an older text), or null. */
    public Analysis lastWithTable(String uri) {
        Entry entry = entries.get(uri);
        return entry == null ? null : entry.lastWithTable;
    }

    public Collection<String> openUris() {
        return entries.keySet();
    }

    public boolean isOpen(String uri) {
        return entries.containsKey(uri);
    }

    /** The file name CPython would report for the document: its path, or the URI when it has none. */
    public static String filenameOf(String uri) {
        try {
            URI parsed = URI.create(uri);
            if ("file".equals(parsed.getScheme())) {
                return Path.of(parsed).toString();
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // Not a file URI we can turn into a path: the URI itself names it.
        }
        return uri;
    }
}
