package dev.heapscope.server;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.document.DocumentStore;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;

/**
 * Runs requests off the message thread, honouring $/cancelRequest, and keeps every failure
 * inside: a feature that throws answers its empty result and the failure goes to the log
 * (and the client's log through {@link ServerLog}), never to the client as an error.
 */
final class Requests {
    private static final Logger LOG = Logger.getLogger(Requests.class.getName());
    /** How often a request waiting for its document's analysis looks for a cancellation. */
    private static final long POLL_MILLIS = 20;

    interface Feature<T> {
        T answer(Analysis analysis, CancelChecker cancel);
    }

    private final ExecutorService executor;
    private final DocumentStore store;
    private final ServerLog log;

    Requests(ExecutorService executor, DocumentStore store, ServerLog log) {
        this.executor = executor;
        this.store = store;
        this.log = log;
    }

    /** Answers a request about one document; {@code empty} when it is not open or the feature fails. */
    <T> CompletableFuture<T> onDocument(String name, String uri, Supplier<T> empty, Feature<T> feature) {
        return CompletableFutures.computeAsync(executor, cancel -> {
            try {
                Analysis analysis = awaitAnalysis(uri, cancel);
                if (analysis == null) {
                    return empty.get();
                }
                cancel.checkCanceled();
                return feature.answer(analysis, cancel);
            } catch (CancellationException | org.eclipse.lsp4j.jsonrpc.ResponseErrorException e) {
                // A cancellation, or an error meant for the user (an invalid new name).
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                failed(name, uri, e);
                return empty.get();
            }
        });
    }

    /** Answers a request that is not about one document (workspace symbols). */
    <T> CompletableFuture<T> onWorkspace(String name, Supplier<T> empty, java.util.function.Function<CancelChecker, T> feature) {
        return CompletableFutures.computeAsync(executor, cancel -> {
            try {
                return feature.apply(cancel);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                failed(name, null, e);
                return empty.get();
            }
        });
    }

    void failed(String name, String uri, Throwable e) {
        LOG.log(Level.WARNING, name + " failed on " + uri, e);
        log.error(name + " failed" + (uri == null ? "" : " on " + uri) + ": " + e);
    }

    Analysis awaitAnalysis(String uri, CancelChecker cancel) {
        while (true) {
            CompletableFuture<Analysis> future = store.analysis(uri);
            if (future == null) {
                return null;
            }
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                cancel.checkCanceled();
            } catch (CancellationException e) {
                // The text changed while it was analysed: wait for the analysis of the new text.
                cancel.checkCanceled();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("analysis failed", e.getCause());
            }
        }
    }
}
