package dev.heapscope.interpreter.runtime;

/**
 * The state of the one Python thread: the frame being executed, the call depth and the
 * recursion limit. Generator bodies that run on their own Java threads take turns with
 * the caller, never at the same time, so plain fields suffice.
 */
public final class ThreadState {
    private ThreadState() {
    }

    public static Frame current;
    public static int depth;
    public static int recursionLimit = 1000;
    /** The exception being handled by the innermost running except clause (sys.exc_info()), borrowed. */
    public static dev.heapscope.interpreter.objects.PyBaseException handled;

    public static void reset() {
        current = null;
        depth = 0;
        recursionLimit = 1000;
        handled = null;
    }

    /** Counts a Python call; RecursionError past the limit, as _Py_EnterRecursivePy does. */
    public static void enter() {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    public static void leave() {
        depth--;
    }
}
