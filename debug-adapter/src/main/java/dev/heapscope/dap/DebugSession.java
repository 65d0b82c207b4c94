package dev.heapscope.dap;

import dev.heapscope.interpreter.inspect.DebugRun;
import dev.heapscope.interpreter.inspect.Evaluation;
import dev.heapscope.interpreter.inspect.FrameView;
import dev.heapscope.interpreter.modules.Sys;
import dev.heapscope.interpreter.modules.TextStream;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Traceback;
import dev.heapscope.interpreter.runtime.Tracing;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;

/**
 * The interpreter side of a debug session: the tracing listener that decides where the
 * program stops, and the pause loop in which the stopped interpreter thread runs the
 * protocol's inspection and evaluation requests, one at a time, until it is resumed.
 *
 * <p>Threads: every listener method and every queued command runs on the interpreter
 * thread (or the generator thread that is running Python at the time). The protocol
 * thread only writes the volatile request flags and the breakpoint tables (replaced
 * whole, never mutated) and queues commands.
 */
final class DebugSession implements Tracing.Listener {
    enum Step { NONE, IN, OVER, OUT }

    /** One line of the stack shown while paused: a frame and the line it is at, or a synthetic GC event frame. */
    record StackEntry(Frame frame, int line, String syntheticName) {
    }

    /**
     * What the program stopped for and what the client may inspect. {@code gcObjects} are the
     * objects a GC event is about (borrowed: the garbage a collection found, or the object
     * whose finalizer is about to run), empty for other stops.
     */
    record Pause(List<StackEntry> stack, String reason, String description, PyBaseException exception,
            boolean uncaught, List<String[]> gcFigures, List<PyObject> gcObjects, boolean gcObjectsUnreachable) {
        Pause(List<StackEntry> stack, String reason, String description, PyBaseException exception, boolean uncaught) {
            this(stack, reason, description, exception, uncaught, null, List.of(), false);
        }
    }

    private final IDebugProtocolClient client;
    private final VariableTree.MemoryMode memoryMode;
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();

    volatile boolean stopOnEntry;
    volatile boolean pauseRequested;
    volatile boolean terminateRequested;
    /** Set when the program is ended for a restart: its end is not the session's. */
    volatile boolean restarting;
    /** Set once the program has ended and the client is being told: too late to restart. */
    volatile boolean ended;
    volatile Map<String, Map<Integer, LineBreakpoint>> lineBreakpoints = Map.of();
    volatile Set<String> functionBreakpoints = Set.of();
    volatile Set<String> exceptionFilters = Set.of("uncaught");
    volatile Map<String, String> filterConditions = Map.of();
    /** Installed data breakpoints, replaced whole by setDataBreakpoints. */
    volatile List<DataWatch> dataWatches = List.of();

    // Interpreter-thread state.
    /** Whether every line must take the slow path: the entry stop is pending, a step or a function breakpoint runs. */
    private boolean everyLine = true;
    private dev.heapscope.interpreter.compiler.PyCode lineCacheCode;
    private Map<String, Map<Integer, LineBreakpoint>> lineCacheTable;
    private LineBreakpoint[] lineCacheLines;
    private final Map<dev.heapscope.interpreter.compiler.PyCode, LineBreakpoint[]> byCode =
            new java.util.IdentityHashMap<>();
    private Map<String, Map<Integer, LineBreakpoint>> byCodeTable;
    private boolean entryReported;
    private boolean evaluating;
    private Step step = Step.NONE;
    private int stepDepth;
    private Frame stepFrame;
    private Frame functionBreakFrame;
    private boolean resumed;
    /** Set by the interpreter thread while it serves a pause; read by the protocol thread. */
    private volatile Pause pause;
    /** Set by the protocol thread once it has asked for a resume, so that nothing more is queued for this pause. */
    private volatile boolean resuming;
    private VariableTree variables;
    private final List<PyObject> heldResults = new ArrayList<>();
    private final Map<String, Evaluation.Compiled> compiledCache = new HashMap<>();
    /** The exception last seen propagating (borrowed, compared by identity only) and the frames it left, innermost first. */
    private PyBaseException propagating;
    private final List<StackEntry> unwound = new ArrayList<>();

    DebugSession(IDebugProtocolClient client, VariableTree.MemoryMode memoryMode) {
        this.client = client;
        this.memoryMode = memoryMode;
    }

    // ---- the protocol side ----

    /** Whether the program is stopped and waiting for commands. */
    boolean isPaused() {
        return pause != null && !resuming;
    }

    /**
     * Runs {@code work} on the paused interpreter thread and completes with its result;
     * fails at once when the program is running.
     */
    <T> CompletableFuture<T> whilePaused(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (!isPaused()) {
            result.completeExceptionally(Errors.request("the program is running; pause it first"));
            return result;
        }
        commands.add(() -> {
            try {
                result.complete(work.get());
            } catch (DebugRun.Terminated e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // A failed inspection answers its request; it must never leave the client waiting.
                result.completeExceptionally(e instanceof org.eclipse.lsp4j.jsonrpc.ResponseErrorException ? e
                        : Errors.request("inspection failed: " + e));
            }
        });
        return result;
    }

    /** Resumes the paused program, stepping as {@code mode} says. */
    void markResuming() {
        resuming = true;
    }

    void resume(Step mode) {
        resuming = true;
        commands.add(() -> {
            Pause p = pause;
            step = mode;
            if (mode != Step.NONE && p != null && !p.stack().isEmpty()) {
                StackEntry top = firstRealFrame(p.stack());
                stepFrame = top == null ? null : top.frame();
                stepDepth = stepFrame == null ? 0 : depth(stepFrame);
                if (stepFrame == null) {
                    step = Step.IN;
                }
            }
            everyLine = step != Step.NONE || functionBreakFrame != null;
            resumed = true;
        });
    }

    /** Ends the program: at its next event if running, at once if paused. */
    void terminate() {
        terminateRequested = true;
        commands.add(() -> {
            throw new DebugRun.Terminated();
        });
    }

    // ---- the listener ----

    /**
     * The seam's fast path, run for every statement: unless something asks for every line
     * (entry, a step, a function breakpoint's frame, a pause or terminate request, data
     * breakpoints), only a line with a breakpoint in the running code object goes further.
     * The breakpoint lines of the code object last seen are kept as an array by line.
     */
    @Override
    public void line(Frame f, int lineno) {
        if (f.code != lineCacheCode || lineBreakpoints != lineCacheTable) {
            cacheBreakpointLines(f);
        }
        LineBreakpoint[] lines = lineCacheLines;
        if (!everyLine && !pauseRequested && !terminateRequested && dataWatches.isEmpty()
                && (lines == null || lineno >= lines.length || lines[lineno] == null)) {
            return;
        }
        slowLine(f, lineno);
        everyLine = stopOnEntry && !entryReported || step != Step.NONE || functionBreakFrame != null;
    }

    /** The running code object's file's breakpoints, indexed by line (null when it has none). */
    private void cacheBreakpointLines(Frame f) {
        Map<String, Map<Integer, LineBreakpoint>> table = lineBreakpoints;
        lineCacheCode = f.code;
        lineCacheTable = table;
        LineBreakpoint[] byLine = byCode.get(f.code);
        if (byLine == null || byCodeTable != table) {
            if (byCodeTable != table) {
                byCode.clear();
                byCodeTable = table;
            }
            Map<Integer, LineBreakpoint> inFile = table.get(f.code.filename);
            if (inFile == null || inFile.isEmpty()) {
                byLine = NO_LINES;
            } else {
                int max = inFile.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                byLine = new LineBreakpoint[max + 1];
                for (Map.Entry<Integer, LineBreakpoint> e : inFile.entrySet()) {
                    if (e.getKey() >= 0) {
                        byLine[e.getKey()] = e.getValue();
                    }
                }
            }
            byCode.put(f.code, byLine);
        }
        lineCacheLines = byLine.length == 0 ? null : byLine;
    }

    private static final LineBreakpoint[] NO_LINES = new LineBreakpoint[0];

    private void slowLine(Frame f, int lineno) {
        if (evaluating) {
            return;
        }
        if (terminateRequested) {
            throw new DebugRun.Terminated();
        }
        String reason = null;
        String description = null;
        LineBreakpoint hit = null;
        if (stopOnEntry && !entryReported) {
            entryReported = true;
            reason = "entry";
        } else if (pauseRequested) {
            pauseRequested = false;
            reason = "pause";
        } else if (step != Step.NONE && stepStops(f)) {
            reason = "step";
        } else if (functionBreakFrame == f) {
            functionBreakFrame = null;
            reason = "function breakpoint";
            description = "Paused on function breakpoint " + FrameView.name(f);
        }
        entryReported = true;
        DataWatch dataHit = null;
        List<DataWatch> watches = dataWatches;
        if (!watches.isEmpty()) {
            // Every watch is compared, so that each baseline moves on even when one already stops.
            for (DataWatch w : watches) {
                String change = w.change();
                if (change != null && reason == null && conditionsHold(w, f)) {
                    reason = "data breakpoint";
                    description = "Paused on data breakpoint: " + change;
                    dataHit = w;
                }
            }
        }
        Map<Integer, LineBreakpoint> inFile = lineBreakpoints.get(f.code.filename);
        if (inFile != null) {
            LineBreakpoint bp = inFile.get(lineno);
            if (bp != null && breakpointStops(bp, f) && reason == null) {
                reason = "breakpoint";
                hit = bp;
            }
        }
        if (reason != null) {
            List<StackEntry> stack = stackFrom(f, lineno);
            pauseHere(new Pause(stack, reason, description, null, false),
                    hit != null ? Integer.valueOf(hit.id) : dataHit != null ? Integer.valueOf(dataHit.breakpointId) : null);
        }
    }

    @Override
    public void call(Frame f) {
        if (evaluating || functionBreakpoints.isEmpty()) {
            return;
        }
        Set<String> names = functionBreakpoints;
        if (names.contains(f.code.qualname) || names.contains(f.code.name)) {
            functionBreakFrame = f;
            everyLine = true;
        }
    }

    @Override
    public void ret(Frame f, PyObject value) {
        if (evaluating || step != Step.OVER && step != Step.OUT || f != stepFrame || f.back == null) {
            return;
        }
        Frame caller = f.back;
        // Stepping out of (or over the end of) the frame: stop in the caller on the line of the call.
        step = Step.NONE;
        List<StackEntry> stack = stackFrom(caller, caller.lineno);
        pauseHere(new Pause(stack, "step", null, null, false), null);
    }

    @Override
    public void exception(Frame f, PyObject exception) {
        if (evaluating || !(exception instanceof PyBaseException e)) {
            return;
        }
        boolean fresh = e != propagating;
        if (fresh) {
            propagating = e;
            unwound.clear();
        }
        if (unwound.isEmpty() || unwound.get(unwound.size() - 1).frame() != f) {
            unwound.add(new StackEntry(f, f.lineno, null));
        }
        if (!fresh || !exceptionFilters.contains("raised") || e.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)
                || e.type.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
            return;
        }
        pauseHere(new Pause(stackFrom(f, f.lineno), "exception", "Paused on " + e.type.name, e, false), null);
    }

    /**
     * An exception escaped the program. The stack shown is the traceback's frames; where
     * the traceback lacks frames the exception passed through, the frames seen unwinding
     * are shown instead (their fast locals may already be released).
     */
    @Override
    public void uncaught(PyObject exception) {
        if (evaluating || !exceptionFilters.contains("uncaught") || !(exception instanceof PyBaseException e)
                || e.type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            return;
        }
        List<StackEntry> stack = new ArrayList<>();
        for (PyObject t = e.traceback; t instanceof Traceback.PyTraceback tb; t = tb.next) {
            stack.add(0, new StackEntry(tb.frame.frame, tb.lineno, null));
        }
        if (e == propagating && unwound.size() > stack.size()) {
            stack = new ArrayList<>(unwound);
        }
        pauseHere(new Pause(stack, "exception", "Paused on uncaught " + e.type.name, e, true), null);
    }

    @Override
    public void gcStart(int generation) {
        if (evaluating || !exceptionFilters.contains("gc") || !gcConditionHolds("gc", generation, -1, -1)) {
            return;
        }
        List<String[]> figures = List.of(new String[] {"generation", Integer.toString(generation)},
                new String[] {"phase", "starting"});
        pauseOnGc("generation " + generation + " collection starting", figures, List.of(), false);
    }

    /**
     * A collection found unreachable objects: the stop comes before any weakref callback
     * or finalizer runs, so the garbage is shown as the collector found it.
     */
    @Override
    public void gcUnreachable(int generation, long collectable, long uncollectable) {
        long found = collectable + uncollectable;
        if (evaluating || !exceptionFilters.contains("gcCollected")
                || !gcConditionHolds("gcCollected", generation, collectable, uncollectable)) {
            return;
        }
        List<String[]> figures = List.of(new String[] {"generation", Integer.toString(generation)},
                new String[] {"unreachable", Long.toString(found)},
                new String[] {"collected", Long.toString(collectable)},
                new String[] {"uncollectable", Long.toString(uncollectable)});
        pauseOnGc("generation " + generation + " collection, " + found + " unreachable objects", figures,
                Heap.collector().pendingGarbage(), true);
    }

    /** A watched object was freed: its refcount reached zero and its block went back. */
    @Override
    public void dealloc(PyObject object) {
        List<DataWatch> watches = dataWatches;
        if (watches.isEmpty() || evaluating) {
            return;
        }
        for (DataWatch w : watches) {
            if (w.kind == DataWatch.Kind.FREED && w.object == object && !w.spent) {
                w.spent = true;
                Frame running = ThreadState.current;
                if (running != null && !conditionsHold(w, running)) {
                    return;
                }
                String what = "the " + object.type.name + " at " + dev.heapscope.interpreter.inspect.ObjectView.hex(
                        object.address) + " was freed";
                List<StackEntry> stack = new ArrayList<>();
                stack.add(new StackEntry(null, 0, "Freed: " + object.type.name + " at "
                        + dev.heapscope.interpreter.inspect.ObjectView.hex(object.address)));
                Frame top = ThreadState.current;
                if (top != null) {
                    stack.addAll(stackFrom(top, top.lineno));
                }
                List<String[]> figures = List.of(new String[] {"object", what},
                        new String[] {"type", object.type.name},
                        new String[] {"id", dev.heapscope.interpreter.inspect.ObjectView.hex(object.address)});
                pauseHere(new Pause(stack, "data breakpoint", "Paused on data breakpoint: " + what, null, false,
                        figures, List.of(), false), w.breakpointId);
                return;
            }
        }
    }

    @Override
    public void finalize(PyObject object) {
        if (evaluating || !exceptionFilters.contains("finalize")) {
            return;
        }
        List<String[]> figures = List.of(new String[] {"object", dev.heapscope.interpreter.inspect.ObjectView.repr(object, 200)},
                new String[] {"type", object.type.name});
        pauseOnGc("__del__ of a " + object.type.name + " is about to run", figures, List.of(object), false);
    }

    private void pauseOnGc(String what, List<String[]> figures, List<PyObject> objects, boolean unreachable) {
        Frame top = ThreadState.current;
        List<StackEntry> stack = new ArrayList<>();
        stack.add(new StackEntry(null, 0, "GC: " + what));
        if (top != null) {
            stack.addAll(stackFrom(top, top.lineno));
        }
        pauseHere(new Pause(stack, "exception", "Paused on GC: " + what, null, false, figures, objects, unreachable),
                null);
    }

    /**
     * A GC filter's condition, evaluated as Python with {@code generation} (and, once a
     * collection ends, {@code collected} and {@code uncollectable}) bound, at the points
     * where CPython runs gc.callbacks. No condition, or one that fails, stops.
     */
    private boolean gcConditionHolds(String filter, int generation, long collected, long uncollectable) {
        String condition = filterConditions.get(filter);
        if (condition == null || condition.isBlank() || ThreadState.current == null) {
            return true;
        }
        Map<String, Long> names = new HashMap<>();
        names.put("generation", (long) generation);
        if (collected >= 0) {
            names.put("collected", collected);
            names.put("uncollectable", uncollectable);
        }
        Boolean result = evaluateCondition(condition, ThreadState.current, names);
        return result == null || result;
    }

    // ---- deciding ----

    private boolean stepStops(Frame f) {
        return switch (step) {
            case IN -> true;
            case OVER -> stepFrame == null || depth(f) <= stepDepth;
            case OUT -> stepFrame == null || depth(f) < stepDepth;
            case NONE -> false;
        };
    }

    private static int depth(Frame f) {
        int d = 0;
        for (Frame g = f; g != null; g = g.back) {
            d++;
        }
        return d;
    }

    /** Counts the hit and evaluates condition, hit condition and log message; true when the breakpoint stops. */
    private boolean breakpointStops(LineBreakpoint bp, Frame f) {
        if (!conditionsHold(bp, f)) {
            return false;
        }
        if (bp.logMessage != null) {
            output("console", interpolate(bp.logMessage, f) + "\n");
            return false;
        }
        return true;
    }

    /**
     * Evaluates a breakpoint's condition in {@code f} (as debugger code, which leaves the
     * program's counts and free lists as they were) and, when it holds or fails to
     * evaluate, counts the hit and checks the hit condition.
     */
    private boolean conditionsHold(HitCondition bp, Frame f) {
        if (bp.condition != null) {
            Boolean holds = evaluateCondition(bp.condition, f, Map.of());
            if (holds != null && !holds) {
                return false;
            }
        }
        bp.hits++;
        return bp.hitConditionMet();
    }

    /** The condition's truth, or null (and a console message) when it raised or does not compile. */
    private Boolean evaluateCondition(String condition, Frame f, Map<String, Long> extraNames) {
        String failure;
        try {
            if (!extraNames.isEmpty()) {
                return evaluateWithNames(condition, f, extraNames);
            }
            return Evaluation.truth(evaluate(condition, f));
        } catch (PyException e) {
            failure = Evaluation.describe(e);
        } catch (PythonSyntaxError e) {
            failure = "SyntaxError: " + e.getMessage();
        }
        output("console", "Error in breakpoint condition " + condition + ": " + failure + "\n");
        return null;
    }

    private boolean evaluateWithNames(String condition, Frame f, Map<String, Long> names) throws PythonSyntaxError {
        Evaluation.Compiled code = compiled(condition);
        // Debugger code leaves the free lists (and so gc counts and later ids) as the program left them.
        boolean bypassed = Heap.bypassFreeLists(true);
        PyDict namespace = Heap.allocateUntracked(new PyDict(Types.DICT));
        boolean was = evaluating;
        evaluating = true;
        try {
            for (Map.Entry<String, Long> e : names.entrySet()) {
                PyObject v = Types.newInt(e.getValue());
                namespace.put(Types.intern(e.getKey()), v);
                Heap.decref(v);
            }
            Frame scratch = new Frame(code.code(), null, f.globals, f.builtins, ThreadState.current);
            scratch.locals = Heap.incref(namespace);
            return Evaluation.truth(dev.heapscope.interpreter.compiler.Calls.run(scratch));
        } finally {
            evaluating = was;
            Heap.decref(namespace);
            Heap.bypassFreeLists(bypassed);
        }
    }

    /** A log message with each {expr} replaced by str() of its value in the frame; {{ and }} are braces. */
    private String interpolate(String message, Frame f) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            char c = message.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < message.length() && message.charAt(i + 1) == c) {
                out.append(c);
                i += 2;
            } else if (c == '{') {
                int close = message.indexOf('}', i);
                if (close < 0) {
                    out.append(message, i, message.length());
                    break;
                }
                String expr = message.substring(i + 1, close);
                try {
                    out.append(Evaluation.str(evaluate(expr, f)));
                } catch (PyException e) {
                    out.append('<').append(Evaluation.describe(e)).append('>');
                } catch (PythonSyntaxError e) {
                    out.append("<SyntaxError: ").append(e.getMessage()).append('>');
                }
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    // ---- evaluating ----

    private Evaluation.Compiled compiled(String source) throws PythonSyntaxError {
        Evaluation.Compiled c = compiledCache.get(source);
        if (c == null) {
            c = Evaluation.compile(source);
            compiledCache.put(source, c);
        }
        return c;
    }

    /** Whether source, already evaluated once, was a single expression (statements yield no value to show). */
    boolean isExpression(String source) {
        Evaluation.Compiled c = compiledCache.get(source);
        return c != null && c.expression();
    }

    /** Evaluates source in {@code f} with tracing off; a new reference. */
    PyObject evaluate(String source, Frame f) throws PythonSyntaxError {
        Evaluation.Compiled code = compiled(source);
        boolean was = evaluating;
        evaluating = true;
        try {
            return Evaluation.run(code, f);
        } finally {
            evaluating = was;
        }
    }

    /**
     * Evaluates an expression (not statements) in {@code f} for a new value; a new
     * reference. An error response with a sentence when it is not one expression, does
     * not compile or raises.
     */
    PyObject evaluateValue(String source, Frame f) {
        checkExpression(source);
        try {
            return evaluate(source, f);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (PyException e) {
            throw Errors.error(Errors.EVALUATION_FAILED, Evaluation.describe(e));
        }
    }

    /** An error response unless {@code source} compiles as one expression. */
    void checkExpression(String source) {
        if (source == null || source.isBlank()) {
            throw Errors.error(Errors.EVALUATION_FAILED, "an expression is needed here");
        }
        Evaluation.Compiled c;
        try {
            c = compiled(source);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        }
        if (!c.expression()) {
            throw Errors.error(Errors.EVALUATION_FAILED, "`" + source + "` is a statement; an expression is needed here");
        }
    }

    /** An error response (CPython's SyntaxError) unless {@code source} compiles. */
    void checkStatement(String source) {
        try {
            compiled(source);
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** Runs statements in {@code f}; an error response with the exception when they raise. */
    void runStatement(String source, Frame f) {
        try {
            Heap.decref(evaluate(source, f));
        } catch (PythonSyntaxError e) {
            throw syntaxError(e);
        } catch (PyException e) {
            throw Errors.error(Errors.EVALUATION_FAILED, Evaluation.describe(e));
        }
    }

    private static org.eclipse.lsp4j.jsonrpc.ResponseErrorException syntaxError(PythonSyntaxError e) {
        return Errors.error(Errors.EVALUATION_FAILED,
                dev.heapscope.language.errors.SyntaxErrorDisplay.format(e, Evaluation.FILENAME, null).stripTrailing());
    }

    /**
     * repr(value) as the program's repr() gives it (calling its __repr__), run with tracing
     * off; an error response with the exception when it raises.
     */
    String fullRepr(PyObject value) {
        boolean was = evaluating;
        evaluating = true;
        boolean bypassed = Heap.bypassFreeLists(true);
        try {
            return dev.heapscope.interpreter.runtime.Ops.reprString(value);
        } catch (PyException e) {
            throw Errors.error(Errors.EVALUATION_FAILED, Evaluation.describe(e));
        } finally {
            evaluating = was;
            Heap.bypassFreeLists(bypassed);
        }
    }

    /** The references the debugger holds for the client in this pause (evaluation results), not the program's. */
    List<PyObject> heldResults() {
        return heldResults;
    }

    /** Keeps an evaluation's result alive until the program resumes, so the client can expand it. */
    void hold(PyObject result) {
        heldResults.add(result);
    }

    // ---- pausing ----

    private static StackEntry firstRealFrame(List<StackEntry> stack) {
        for (StackEntry e : stack) {
            if (e.frame() != null) {
                return e;
            }
        }
        return null;
    }

    private static List<StackEntry> stackFrom(Frame top, int topLine) {
        List<StackEntry> out = new ArrayList<>();
        for (Frame f : FrameView.stack(top)) {
            out.add(new StackEntry(f, f == top ? topLine : f.lineno, null));
        }
        return out;
    }

    /** Announces the stop and serves commands until one resumes the program. */
    private void pauseHere(Pause p, Integer hitBreakpointId) {
        flushProgramOutput();
        step = Step.NONE;
        stepFrame = null;
        resuming = false;
        pause = p;
        List<Frame> frames = new ArrayList<>();
        for (StackEntry e : p.stack()) {
            if (e.frame() != null) {
                frames.add(e.frame());
            }
        }
        variables = new VariableTree(memoryMode, () -> frames,
                p.gcObjectsUnreachable() ? p.gcObjects() : List.of());
        resumed = false;
        StoppedEventArguments stopped = new StoppedEventArguments();
        stopped.setReason(p.reason());
        stopped.setDescription(p.description());
        stopped.setThreadId(DebugServer.THREAD_ID);
        stopped.setAllThreadsStopped(true);
        if (p.exception() != null) {
            stopped.setText(p.exception().type.name);
        }
        if (hitBreakpointId != null) {
            stopped.setHitBreakpointIds(new Integer[] {hitBreakpointId});
        }
        client.stopped(stopped);
        try {
            while (!resumed) {
                Runnable command;
                try {
                    command = commands.take();
                } catch (InterruptedException e) {
                    continue;
                }
                command.run();
            }
        } finally {
            pause = null;
            variables.reset();
            variables = null;
            for (PyObject held : heldResults) {
                Heap.decref(held);
            }
            heldResults.clear();
        }
    }

    /** The pause being served; only valid inside commands run while paused. */
    Pause pause() {
        return pause;
    }

    VariableTree variables() {
        return variables;
    }

    private static void flushProgramOutput() {
        for (PyObject stream : new PyObject[] {Sys.stdout(), Sys.stderr()}) {
            if (stream instanceof TextStream ts) {
                try {
                    ts.flush();
                } catch (PyException e) {
                    Heap.decref(e.value);
                }
            }
        }
    }

    void output(String category, String text) {
        OutputEventArguments out = new OutputEventArguments();
        out.setCategory(category);
        out.setOutput(text);
        client.output(out);
    }
}
