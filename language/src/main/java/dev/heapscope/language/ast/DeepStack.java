package dev.heapscope.language.ast;

import dev.heapscope.language.errors.CompilerRecursionError;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a recursive walk of a tree on a thread with a stack deep enough for the deepest tree
 * the parser builds, when the caller's stack proves too small. CPython's own depth limits
 * (see {@link CompilerRecursionError}) stop the walks long before this stack runs out.
 */
public final class DeepStack {
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {
    }

    /** A walk that may throw a checked exception of type {@code E}. */
    public interface Walk<T, E extends Exception> {
        T run() throws E;
    }

    /** The walk's result, run on this thread first and again on a deep stack if it overflows. */
    public static <T, E extends Exception> T call(Walk<T, E> walk) throws E {
        try {
            return walk.run();
        } catch (StackOverflowError overflow) {
            return onDeepStack(walk);
        }
    }

    private static <T, E extends Exception> T onDeepStack(Walk<T, E> walk) throws E {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(walk.run());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "heapscope-deep-walk", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while walking a tree", e);
        }
        Throwable t = failure.get();
        if (t == null) {
            return result.get();
        }
        if (t instanceof StackOverflowError) {
            throw new CompilerRecursionError("maximum recursion depth exceeded during compilation");
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        E checked = (E) t;
        throw checked;
    }
}
