package dev.heapscope.server;

import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.DocumentStore;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
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
    interface Feature<T> {
        T answer(Analysis analysis, CancelChecker cancel);
    }

    /**
     * A feature answered from the text's statements analysed one by one ({@link Segments}),
     * when the answer depends on no more than they tell; null when it does, and the request
     * then waits for the whole-file analysis.
     */
    interface SegmentFeature<T> {
        Segments.Answer<T> answer(Segments segments, CancelChecker cancel);
    }

    private final ExecutorService executor;
    private final DocumentStore store;
    private final ServerLog log;

    Requests(ExecutorService executor, DocumentStore store, ServerLog log) {
        this.executor = executor;
        this.store = store;
        this.log = log;
    }

    /**
     * Answers a request about one document; {@code empty} when it is not open or the feature
     * fails. Waiting for the document's analysis holds no thread: the answer is computed on
     * the request pool once the analysis is done, so a request on a document still being
     * analysed never delays requests on others. A cancelled request is dropped before it is
     * computed, or stops at the feature's next cancellation check.
     */
    <T> CompletableFuture<T> onDocument(String name, String uri, Supplier<T> empty, Feature<T> feature) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        answerWhenAnalysed(name, uri, empty, feature, answer);
        return answer;
    }

    /**
     * As {@link #onDocument(String, String, Supplier, Feature)}, but while the whole-file
     * analysis of the current text is still running (right after an edit), first from the
     * segments the edit's diagnostics came from, when they can decide the answer.
     */
    <T> CompletableFuture<T> onDocument(String name, String uri, Supplier<T> empty, SegmentFeature<T> fast,
                                        Feature<T> feature) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        answerFromSegments(name, uri, empty, fast, feature, answer);
        return answer;
    }

    private <T> void answerFromSegments(String name, String uri, Supplier<T> empty, SegmentFeature<T> fast,
                                        Feature<T> feature, CompletableFuture<T> answer) {
        CompletableFuture<Analysis> analysis = store.analysisIfAsked(uri);
        CompletableFuture<Segments> segments = store.segments(uri);
        if (analysis == null || segments == null || analysis.isDone() && !analysis.isCancelled()) {
            answerWhenAnalysed(name, uri, empty, feature, answer);
            return;
        }
        segments.whenCompleteAsync((parts, failure) -> {
            if (answer.isDone()) {
                return;
            }
            if (segments.isCancelled()) {
                // The text changed again: start over on the new text.
                answerFromSegments(name, uri, empty, fast, feature, answer);
                return;
            }
            if (parts == null || analysis.isDone() && !analysis.isCompletedExceptionally()) {
                answerWhenAnalysed(name, uri, empty, feature, answer);
                return;
            }
            CancelChecker cancel = () -> {
                if (answer.isCancelled()) {
                    throw new CancellationException("request cancelled");
                }
            };
            Segments.Answer<T> found;
            try {
                found = fast.answer(parts, cancel);
            } catch (CancellationException e) {
                answer.cancel(false);
                return;
            } catch (org.eclipse.lsp4j.jsonrpc.ResponseErrorException e) {
                // An error meant for the user (an invalid new name).
                answer.completeExceptionally(e);
                return;
            } catch (RuntimeException | StackOverflowError e) {
                // The whole-file analysis may still answer; the failure is logged.
                failed(name, uri, e);
                found = null;
            }
            if (found != null) {
                answer.complete(found.value());
            } else {
                answerWhenAnalysed(name, uri, empty, feature, answer);
            }
        }, executor);
    }

    private <T> void answerWhenAnalysed(String name, String uri, Supplier<T> empty, Feature<T> feature,
                                        CompletableFuture<T> answer) {
        CompletableFuture<Analysis> analysis = store.analysis(uri);
        if (analysis == null) {
            answer.complete(empty.get());
            return;
        }
        analysis.whenCompleteAsync((done, failure) -> {
            if (answer.isDone()) {
                return;
            }
            if (failure != null) {
                if (analysis.isCancelled()) {
                    // The text changed while it was analysed: answer from the analysis of the new text.
                    answerWhenAnalysed(name, uri, empty, feature, answer);
                } else {
                    failed(name, uri, failure);
                    answer.complete(empty.get());
                }
                return;
            }
            CancelChecker cancel = () -> {
                if (answer.isCancelled()) {
                    throw new CancellationException("request cancelled");
                }
            };
            try {
                answer.complete(feature.answer(done, cancel));
            } catch (CancellationException e) {
                answer.cancel(false);
            } catch (org.eclipse.lsp4j.jsonrpc.ResponseErrorException e) {
                // An error meant for the user (an invalid new name).
                answer.completeExceptionally(e);
            } catch (RuntimeException | StackOverflowError e) {
                failed(name, uri, e);
                answer.complete(empty.get());
            }
        }, executor);
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
}
