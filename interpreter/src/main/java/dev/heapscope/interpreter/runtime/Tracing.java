package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyObject;

/**
 * The tracing seam: the interpreter reports events to at most one listener (the debug
 * adapter). With no listener attached each report costs one well-predicted branch.
 */
public final class Tracing {
    private Tracing() {
    }

    /** What a listener receives. Every method runs on the interpreter thread. */
    public interface Listener {
        default void line(Frame frame, int lineno) {
        }

        default void call(Frame frame) {
        }

        default void ret(Frame frame, PyObject value) {
        }

        default void exception(Frame frame, PyObject exception) {
        }

        default void gcStart(int generation) {
        }

        /**
         * A collection of {@code generation} found unreachable objects ({@code collectable}
         * of them with no legacy finalizer, {@code uncollectable} with one or reachable from
         * one); no weakref callback or finalizer has run yet, and
         * {@link Collector#pendingGarbage} lists them while this method runs.
         */
        default void gcUnreachable(int generation, long collectable, long uncollectable) {
        }

        default void gcStop(int generation, long collected, long uncollectable) {
        }

        default void finalize(PyObject object) {
        }

        default void dealloc(PyObject object) {
        }

        /**
         * An exception escaped the main module and is about to be printed: its traceback
         * still holds the frames it passed through.
         */
        default void uncaught(PyObject exception) {
        }
    }

    static Listener listener;

    public static void attach(Listener newListener) {
        listener = newListener;
    }

    public static Listener listener() {
        return listener;
    }

    static void deallocated(PyObject object) {
        if (listener != null) {
            listener.dealloc(object);
        }
    }
}
