package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.runtime.Interpreter;
import dev.heapscope.interpreter.runtime.RunOptions;
import dev.heapscope.interpreter.runtime.Tracing;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a program as {@code heapscope run} does, with a tracing listener attached for the
 * whole run and the program's standard streams given by the caller (the debug adapter
 * turns them into output events). The program runs on the interpreter's own thread; this
 * call returns its exit status when it ends.
 */
public final class DebugRun {
    private DebugRun() {
    }

    /**
     * Thrown by a listener on the interpreter thread to end the program at once (the
     * debugger's terminate): it is not a Python exception, so no handler or finally
     * clause of the program sees it, and the run ends without printing anything.
     */
    public static final class Terminated extends Error {
        private static final long serialVersionUID = 1L;

        public Terminated() {
            super("program terminated by the debugger", null, false, false);
        }
    }

    public static int runFile(Path program, List<String> args, Tracing.Listener listener, InputStream in,
            OutputStream out, OutputStream err) {
        return runFile(program, args, listener, in, out, err, RunOptions.NONE);
    }

    /** As above, observing the run's memory as {@code options} ask (the refcount audit, heapscope run's flags). */
    public static int runFile(Path program, List<String> args, Tracing.Listener listener, InputStream in,
            OutputStream out, OutputStream err, RunOptions options) {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof Terminated)) {
                if (previous != null) {
                    previous.uncaughtException(thread, e);
                } else {
                    e.printStackTrace();
                }
            }
        });
        Tracing.attach(listener);
        try {
            return Interpreter.runFile(program, args, in, out, err, options);
        } finally {
            Tracing.attach(null);
        }
    }
}
