package dev.heapscope.server.document;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Analyzer;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.diagnostics.DiagnosticsProvider;
import dev.heapscope.server.diagnostics.IncrementalDiagnostics;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents and, for each, the diagnostics and the analysis of its current text.
 * Each is made at most once per text version and shared by every request on that version;
 * when the text changes, the old version's work is abandoned (it stops at its next stage
 * boundary) and new work is started. Diagnostics come first, on their own thread, usually
 * from the statements the edit touched ({@link IncrementalDiagnostics}); the whole-file
 * analysis then follows on the analysis thread, so an edit's diagnostics never wait for the
 * previous text's analysis.
 *
 * <p>When the diagnostics came from the statements, the features answer from them too
 * ({@link Segments}), and the whole-file analysis is started only when something asks for it
 * ({@link #analysis}) or once the text has stayed the same for {@link #IDLE_MS}: typing then
 * costs the edited statements' analyses alone, and requests right after an edit share the
 * machine with no whole-file parse (nor the collections its garbage brings).
 */
public final class DocumentStore {
    /** How long a text that segments answer for stays unchanged before its whole-file analysis starts unasked. */
    static final long IDLE_MS = 1000;
    private final ExecutorService diagnosticsExecutor;
    private final ScheduledExecutorService analysisExecutor;
    private final Supplier<PositionEncoding> encoding;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Per document, the diagnostics kept by reanalysing edited statements; used on the diagnostics thread only. */
    private final ConcurrentHashMap<String, IncrementalDiagnostics> incremental = new ConcurrentHashMap<>();

    /** The diagnostics of one text version, in the client's position encoding. */
    public record Published(int version, List<Diagnostic> diagnostics) {
    }

    /** One document's text, its diagnostics and the analysis of exactly that text. */
    private static final class Entry {
        final TextDocument document;
        final CompletableFuture<Analysis> analysis;
        final CompletableFuture<Published> diagnostics = new CompletableFuture<>();
        /**
         * The text's top-level statements analysed one by one, when its diagnostics came from
         * them; null when they came from the whole-file analysis (done by then).
         */
        final CompletableFuture<Segments> segments = new CompletableFuture<>();
        /** The newest analysis of a text that parsed, for features asked about text that does not. */
        volatile Analysis lastWithTable;
        /** Starts the whole-file analysis on the analysis thread; null until the diagnostics defer it. */
        private Runnable deferred;
        /** Something asked for the whole-file analysis before it was deferred. */
        private boolean demanded;
        private boolean started;

        /** Starts the deferred whole-file analysis now, or as soon as the diagnostics defer it. */
        void demand() {
            Runnable start;
            synchronized (this) {
                demanded = true;
                if (deferred == null || started) {
                    return;
                }
                started = true;
                start = deferred;
            }
            start.run();
        }

        /** Defers the whole-file analysis to {@code start}; runs it at once when already asked for. */
        void defer(Runnable start) {
            synchronized (this) {
                deferred = start;
                if (!demanded) {
                    return;
                }
                started = true;
            }
            start.run();
        }

        Entry(TextDocument document, CompletableFuture<Analysis> analysis, Analysis lastWithTable) {
            this.document = document;
            this.analysis = analysis;
            this.lastWithTable = lastWithTable;
        }
    }

    /**
     * @param diagnosticsExecutor one thread: diagnostics, and whole-file analyses when they need one
     * @param analysisExecutor one thread: the whole-file analyses of texts whose diagnostics did not
     *     need one, each started when asked for or once the text has been idle
     * @param encoding the position encoding diagnostics are published in
     */
    public DocumentStore(ExecutorService diagnosticsExecutor, ScheduledExecutorService analysisExecutor,
                         Supplier<PositionEncoding> encoding) {
        this.diagnosticsExecutor = diagnosticsExecutor;
        this.analysisExecutor = analysisExecutor;
        this.encoding = encoding;
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
            old.diagnostics.cancel(false);
            old.segments.cancel(false);
        }
        incremental.remove(uri);
    }

    private void replace(String uri, TextDocument document, Entry old) {
        Analysis carried = old == null ? null : currentWithTable(old);
        Analysis previous = carried;
        CompletableFuture<Analysis> future = new CompletableFuture<>();
        Entry entry = new Entry(document, future, carried);
        entries.put(uri, entry);
        if (old != null) {
            old.analysis.cancel(false);
            old.diagnostics.cancel(false);
            old.segments.cancel(false);
        }
        diagnosticsExecutor.execute(() -> {
            if (future.isDone()) {
                entry.diagnostics.cancel(false);
                entry.segments.cancel(false);
                return;
            }
            try {
                diagnose(uri, document, previous, entry);
            } catch (Analyzer.Cancelled e) {
                future.cancel(false);
                entry.diagnostics.cancel(false);
                entry.segments.cancel(false);
            } catch (RuntimeException | StackOverflowError e) {
                future.completeExceptionally(e);
                entry.diagnostics.completeExceptionally(e);
                entry.segments.complete(null);
            }
        });
    }

    /**
     * On the diagnostics thread: the diagnostics from the edited statements alone when the
     * previous text's segments allow it, the whole-file analysis the other features use then
     * following on the analysis thread. Otherwise the whole-file analysis here, its diagnostics,
     * and, when it found no error, new segments for the next edit.
     */
    private void diagnose(String uri, TextDocument document, Analysis previous, Entry entry) {
        PositionEncoding positions = encoding.get();
        List<Diagnostic> fast = null;
        IncrementalDiagnostics segments = incremental.get(uri);
        if (segments != null && segments.encoding() != positions) {
            segments = null;
            incremental.remove(uri);
        }
        boolean opened = false;
        if (segments != null) {
            try {
                fast = segments.update(document.text(), document.version(), document.window());
            } catch (RuntimeException | StackOverflowError e) {
                // The segments may be half updated: they are made again from the whole file.
                segments = null;
                incremental.remove(uri);
            }
        } else if (isOpen(uri)) {
            // No segments yet (the document was just opened): made from a parse of the text,
            // its statements analysed one by one, without a whole-file analysis first.
            opened = true;
            segments = IncrementalDiagnostics.open(uri, filenameOf(uri), document.version(), document.text(),
                    positions);
            if (segments != null) {
                incremental.put(uri, segments);
                fast = segments.diagnostics();
            }
        }
        if (fast != null) {
            entry.segments.complete(segments.snapshot(document.version()));
            entry.diagnostics.complete(new Published(document.version(), fast));
            Runnable whole = () -> {
                if (entry.analysis.isDone()) {
                    return;
                }
                try {
                    entry.analysis.complete(analyzeWhole(uri, document, previous, entry));
                } catch (Analyzer.Cancelled e) {
                    entry.analysis.cancel(false);
                } catch (RuntimeException | StackOverflowError e) {
                    entry.analysis.completeExceptionally(e);
                }
            };
            entry.defer(() -> analysisExecutor.execute(whole));
            analysisExecutor.schedule(entry::demand, IDLE_MS, TimeUnit.MILLISECONDS);
            return;
        }
        entry.segments.complete(null);
        Analysis analysis = analyzeWhole(uri, document, previous, entry);
        entry.diagnostics.complete(new Published(document.version(), DiagnosticsProvider.diagnose(analysis, positions)));
        if (segments != null && !isClean(analysis)) {
            // Typing through an error, completion answers from the newest text that parsed: the
            // segments' own, when they answered for a newer text than the last analysed whole
            // (its whole-file analysis was deferred and never ran). Analysed now, before the
            // features hear of this version's analysis.
            Analysis last = entry.lastWithTable;
            String clean = segments.text();
            if (last == null || last.text() != clean && !last.text().equals(clean)) {
                Analysis parsed = Analyzer.analyze(uri, filenameOf(uri), document.version(), clean, last,
                        entry.analysis::isCancelled);
                if (isClean(parsed)) {
                    entry.lastWithTable = parsed;
                }
            }
        }
        entry.analysis.complete(analysis);
        // Segments left at the last text they could answer for take the next edit from there:
        // typing through a syntax error ("f(" then "f(x)") costs no new segments. Only when the
        // whole file is clean and the segments still could not answer are they made again.
        // Segments just tried from the text and refused need not be tried again from its analysis.
        if (isOpen(uri) && !opened && (segments == null || isClean(analysis) && analysis.compileError() == null)) {
            IncrementalDiagnostics fresh = IncrementalDiagnostics.start(analysis, positions);
            if (fresh != null) {
                incremental.put(uri, fresh);
            } else {
                incremental.remove(uri);
            }
        }
    }

    private static Analysis analyzeWhole(String uri, TextDocument document, Analysis previous, Entry entry) {
        Analysis analysis = Analyzer.analyze(uri, filenameOf(uri), document.version(), document.text(), previous,
                entry.analysis::isCancelled);
        if (isClean(analysis)) {
            entry.lastWithTable = analysis;
        }
        return analysis;
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

    /** The diagnostics of the document's current text; null when the document is not open. */
    public CompletableFuture<Published> diagnostics(String uri) {
        Entry entry = entries.get(uri);
        return entry == null ? null : entry.diagnostics;
    }

    /**
     * The analysis of the document's current text, started now if it was deferred; null when
     * the document is not open.
     */
    public CompletableFuture<Analysis> analysis(String uri) {
        Entry entry = entries.get(uri);
        if (entry == null) {
            return null;
        }
        entry.demand();
        return entry.analysis;
    }

    /**
     * The analysis of the document's current text, without asking for it: done only when
     * something asked for it or the text has been idle; null when the document is not open.
     */
    public CompletableFuture<Analysis> analysisIfAsked(String uri) {
        Entry entry = entries.get(uri);
        return entry == null ? null : entry.analysis;
    }

    /**
     * The current text's top-level statements analysed one by one, completed with null when
     * the text's diagnostics needed the whole-file analysis; null when the document is not open.
     */
    public CompletableFuture<Segments> segments(String uri) {
        Entry entry = entries.get(uri);
        return entry == null ? null : entry.segments;
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
