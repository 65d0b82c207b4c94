package dev.heapscope.dap;

import dev.heapscope.interpreter.inspect.Completions;
import dev.heapscope.interpreter.inspect.DebugRun;
import dev.heapscope.interpreter.inspect.Evaluation;
import dev.heapscope.interpreter.inspect.FrameView;
import dev.heapscope.interpreter.inspect.HeaderBytes;
import dev.heapscope.interpreter.inspect.ObjectView;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.RefcountAudit;
import dev.heapscope.interpreter.runtime.RunOptions;
import dev.heapscope.interpreter.runtime.TracebackPrinter;
import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.SyntaxErrorDisplay;
import dev.heapscope.language.parser.SourceDecoder;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.lsp4j.debug.Breakpoint;
import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.CompletionItem;
import org.eclipse.lsp4j.debug.CompletionItemType;
import org.eclipse.lsp4j.debug.CompletionsArguments;
import org.eclipse.lsp4j.debug.CompletionsResponse;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.DataBreakpoint;
import org.eclipse.lsp4j.debug.DataBreakpointAccessType;
import org.eclipse.lsp4j.debug.DataBreakpointInfoArguments;
import org.eclipse.lsp4j.debug.DataBreakpointInfoResponse;
import org.eclipse.lsp4j.debug.SetDataBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetDataBreakpointsResponse;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.ContinueResponse;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateArgumentsContext;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExceptionBreakMode;
import org.eclipse.lsp4j.debug.ExceptionBreakpointsFilter;
import org.eclipse.lsp4j.debug.ExceptionDetails;
import org.eclipse.lsp4j.debug.ExceptionFilterOptions;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.ExceptionInfoResponse;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.FunctionBreakpoint;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.PauseArguments;
import org.eclipse.lsp4j.debug.ReadMemoryArguments;
import org.eclipse.lsp4j.debug.ReadMemoryResponse;
import org.eclipse.lsp4j.debug.RestartArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.ScopesResponse;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsResponse;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExpressionArguments;
import org.eclipse.lsp4j.debug.SetExpressionResponse;
import org.eclipse.lsp4j.debug.SetVariableArguments;
import org.eclipse.lsp4j.debug.SetVariableResponse;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsResponse;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetFunctionBreakpointsResponse;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackFramePresentationHint;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StackTraceResponse;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.TerminateArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Thread;
import org.eclipse.lsp4j.debug.ThreadsResponse;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.VariablesArgumentsFilter;
import org.eclipse.lsp4j.debug.VariablesResponse;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;

/**
 * The debug adapter's request router: it checks arguments, turns protocol positions
 * into frames and handles, and hands the work to the {@link DebugSession}, whose
 * interpreter thread serves everything that reads or runs Python while paused. No
 * handler blocks the message thread on the program.
 */
public final class DebugServer implements IDebugProtocolServer {
    /** The one Python thread; CPython names it MainThread. */
    static final int THREAD_ID = 1;

    private final Runnable onSessionEnd;
    private IDebugProtocolClient client;
    private volatile DebugSession session;
    /** Runs right after the next response has been written: resumes and events that must follow their response. */
    private final AtomicReference<Runnable> afterResponse = new AtomicReference<>();
    private Launch launch;
    private volatile java.lang.Thread programThread;
    private final Map<String, Map<Integer, LineBreakpoint>> lineBreakpoints = new HashMap<>();
    private int nextBreakpointId = 1;
    /** How the client counts lines and columns (initialize's linesStartAt1 and columnsStartAt1; DAP's default is 1). */
    private volatile boolean linesFrom1 = true;
    private volatile boolean columnsFrom1 = true;
    private final ObjectAtRequest objectAt = new ObjectAtRequest();
    /** What dataBreakpointInfo offered, by dataId, for setDataBreakpoints to install. */
    private final Map<String, DataWatch> dataCandidates = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextDataId = new java.util.concurrent.atomic.AtomicInteger(1);

    /** What launch asked for; the program starts at configurationDone. */
    private record Launch(Path program, List<String> args, Path cwd, String console, boolean stopOnEntry,
            VariableTree.MemoryMode memory, boolean auditRefs) {
        /** Whether the program's stdin, stdout and stderr are a terminal the client starts with runInTerminal. */
        boolean inTerminal() {
            return !"internalConsole".equals(console);
        }
    }

    /** Whether the client can run a process in its terminal (initialize's supportsRunInTerminalRequest). */
    private volatile boolean clientRunsInTerminal;

    /** {@code onSessionEnd} runs once the program has ended and the client was told (the CLI exits there). */
    public DebugServer(Runnable onSessionEnd) {
        this.onSessionEnd = onSessionEnd;
    }

    public void connect(IDebugProtocolClient client) {
        this.client = client;
    }

    /** Called by the outgoing message stream after each response it wrote. */
    void responseWritten() {
        Runnable r = afterResponse.getAndSet(null);
        if (r != null) {
            r.run();
        }
    }

    private static <T> CompletableFuture<T> failed(int code, String sentence) {
        CompletableFuture<T> f = new CompletableFuture<>();
        f.completeExceptionally(Errors.error(code, sentence));
        return f;
    }

    // ---- session life ----

    @Override
    public CompletableFuture<Capabilities> initialize(InitializeRequestArguments args) {
        linesFrom1 = args == null || !Boolean.FALSE.equals(args.getLinesStartAt1());
        columnsFrom1 = args == null || !Boolean.FALSE.equals(args.getColumnsStartAt1());
        clientRunsInTerminal = args != null && Boolean.TRUE.equals(args.getSupportsRunInTerminalRequest());
        Capabilities c = new Capabilities();
        c.setSupportsConfigurationDoneRequest(true);
        c.setSupportsConditionalBreakpoints(true);
        c.setSupportsHitConditionalBreakpoints(true);
        c.setSupportsLogPoints(true);
        c.setSupportsFunctionBreakpoints(true);
        c.setSupportsEvaluateForHovers(true);
        c.setSupportsExceptionInfoRequest(true);
        c.setSupportsExceptionFilterOptions(true);
        c.setSupportsTerminateRequest(true);
        c.setSupportsDelayedStackTraceLoading(true);
        c.setSupportsClipboardContext(true);
        c.setSupportsSetVariable(true);
        c.setSupportsSetExpression(true);
        c.setSupportsCompletionsRequest(true);
        c.setSupportsRestartRequest(true);
        c.setSupportsDataBreakpoints(true);
        c.setSupportsReadMemoryRequest(true);
        c.setCompletionTriggerCharacters(new String[] {"."});
        c.setExceptionBreakpointFilters(new ExceptionBreakpointsFilter[] {
            filter("raised", "Raised Exceptions", "Stop where any exception is raised", false, false),
            filter("uncaught", "Uncaught Exceptions", "Stop when an exception is not caught", true, false),
            filter("gc", "GC: Collection Starts", "Stop when a collection starts; condition on `generation`",
                    false, true),
            filter("gcCollected", "GC: Unreachable Objects Found",
                    "Stop when a collection found unreachable objects; condition on `generation`, `collected`, "
                            + "`uncollectable`", false, true),
            filter("finalize", "GC: __del__ About to Run", "Stop before a finalizer runs", false, false),
        });
        afterResponse.set(() -> client.initialized());
        return CompletableFuture.completedFuture(c);
    }

    private static ExceptionBreakpointsFilter filter(String id, String label, String description, boolean on,
            boolean condition) {
        ExceptionBreakpointsFilter f = new ExceptionBreakpointsFilter();
        f.setFilter(id);
        f.setLabel(label);
        f.setDescription(description);
        f.setDefault_(on);
        f.setSupportsCondition(condition);
        if (condition) {
            f.setConditionDescription("a Python expression, e.g. generation == 2");
        }
        return f;
    }

    @Override
    public CompletableFuture<Void> launch(Map<String, Object> args) {
        if (launch != null) {
            return failed(Errors.BAD_REQUEST, "this session has already launched a program");
        }
        try {
            launch = configure(args);
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        }
        session = new DebugSession(client, launch.memory());
        session.stopOnEntry = launch.stopOnEntry();
        session.lineBreakpoints = snapshot();
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Checks a launch configuration, launch's arguments or the latest ones restart carries,
     * and says on the console what of it Heapscope cannot honour; an error response when
     * it is wrong or its program does not exist or compile.
     */
    private Launch configure(Map<String, Object> args) {
        Object program = args.get("program");
        if (!(program instanceof String programText) || programText.isBlank()) {
            throw Errors.error(Errors.LAUNCH_FAILED, "launch needs \"program\": the path of a Python file");
        }
        Path cwd = args.get("cwd") instanceof String s && !s.isBlank() ? Path.of(s) : Path.of("");
        Path path = cwd.resolve(programText).toAbsolutePath().normalize();
        List<String> programArgs = new ArrayList<>();
        if (args.get("args") instanceof List<?> list) {
            for (Object a : list) {
                programArgs.add(String.valueOf(a));
            }
        } else if (args.get("args") != null) {
            throw Errors.error(Errors.LAUNCH_FAILED, "\"args\" must be a list of strings");
        }
        VariableTree.MemoryMode memory;
        try {
            memory = VariableTree.MemoryMode.parse(args.get("memoryInfo"));
        } catch (IllegalArgumentException e) {
            throw Errors.error(Errors.LAUNCH_FAILED, e.getMessage());
        }
        Object console = args.get("console") == null ? "internalConsole" : args.get("console");
        if (!List.of("internalConsole", "integratedTerminal", "externalTerminal").contains(console)) {
            throw Errors.error(Errors.LAUNCH_FAILED, "\"console\" must be \"internalConsole\", \"integratedTerminal\" "
                    + "or \"externalTerminal\", not " + console);
        }
        if (!"internalConsole".equals(console) && !clientRunsInTerminal) {
            message("console", "This client cannot run a terminal (no runInTerminal), so the program runs in the debug "
                    + "console, where input() reads end of file.\n");
            console = "internalConsole";
        }
        if (args.get("env") instanceof Map<?, ?> env && !env.isEmpty()) {
            message("console", "Heapscope runs the program inside the debug adapter's process, so \"env\" is not "
                    + "visible to the program.\n");
        }
        String problem = checkProgram(path);
        if (problem != null) {
            throw Errors.error(Errors.LAUNCH_FAILED, problem);
        }
        Object audit = args.get("auditRefs");
        if (audit != null && !(audit instanceof Boolean)) {
            throw Errors.error(Errors.LAUNCH_FAILED, "\"auditRefs\" must be true or false");
        }
        return new Launch(path, programArgs, args.get("cwd") instanceof String ? cwd.toAbsolutePath() : path.getParent(),
                (String) console, Boolean.TRUE.equals(args.get("stopOnEntry")), memory, Boolean.TRUE.equals(audit));
    }

    /** Null when the file exists and compiles, else the sentence CPython would print. */
    private static String checkProgram(Path path) {
        byte[] source;
        try {
            source = Files.readAllBytes(path);
        } catch (IOException e) {
            String reason = Files.isDirectory(path) ? "[Errno 21] Is a directory"
                    : Files.exists(path) ? "[Errno 13] Permission denied" : "[Errno 2] No such file or directory";
            return "can't open file '" + path + "': " + reason;
        }
        String filename = path.toString();
        try {
            var module = SourceParser.parse(source, filename);
            PythonSyntaxError error = CompileCheck.checkTree(module, source, filename);
            if (error != null) {
                throw error;
            }
            SymbolTable.build(module, filename, SourceDecoder.decode(source, filename));
        } catch (PythonSyntaxError e) {
            return SyntaxErrorDisplay.format(e, filename, null).stripTrailing();
        }
        return null;
    }

    @Override
    public CompletableFuture<Void> configurationDone(ConfigurationDoneArguments args) {
        if (launch == null) {
            return failed(Errors.BAD_REQUEST, "configurationDone needs a launch first");
        }
        if (programThread != null) {
            return CompletableFuture.completedFuture(null);
        }
        Launch l = launch;
        DebugSession s = session;
        programThread = programThread(l, s);
        afterResponse.set(programThread::start);
        return CompletableFuture.completedFuture(null);
    }

    /**
     * restart: ends the program and runs it again in this adapter (the same JVM), with the
     * breakpoints and filters as they are now and the launch configuration restart's
     * {@code arguments} carry (VS Code sends the latest launch.json entry there), or the
     * previous one when they carry none. A wrong configuration is refused before the
     * running program is touched. Each run starts from a fresh heap, collector and static
     * state, so the new run prints what a fresh process would.
     */
    @Override
    public CompletableFuture<Void> restart(RestartArguments args) {
        if (launch == null || programThread == null) {
            return failed(Errors.BAD_REQUEST, "restart needs a program that has been launched and configured");
        }
        DebugSession old = session;
        java.lang.Thread oldThread = programThread;
        if (old.ended || !oldThread.isAlive() && oldThread.getState() != java.lang.Thread.State.NEW) {
            return failed(Errors.BAD_REQUEST, "the program has ended; start a new debug session to run it again");
        }
        Launch next = launch;
        if (args instanceof RestartRequest latest && latest.configuration() != null) {
            try {
                next = configure(latest.configuration());
            } catch (ResponseErrorException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        Launch l = next;
        old.restarting = true;
        old.terminate();
        return CompletableFuture.runAsync(() -> {
            if (oldThread.getState() != java.lang.Thread.State.NEW) {
                try {
                    oldThread.join(TimeUnit.SECONDS.toMillis(10));
                } catch (InterruptedException e) {
                    java.lang.Thread.currentThread().interrupt();
                }
                if (oldThread.isAlive()) {
                    throw Errors.request("the program did not stop within 10 seconds (a builtin that reaches no line "
                            + "event), so it could not be restarted");
                }
            }
            DebugSession fresh = new DebugSession(client, l.memory());
            fresh.stopOnEntry = l.stopOnEntry();
            fresh.lineBreakpoints = snapshot();
            fresh.functionBreakpoints = old.functionBreakpoints;
            fresh.exceptionFilters = old.exceptionFilters;
            fresh.filterConditions = old.filterConditions;
            java.lang.Thread t = programThread(l, fresh);
            launch = l;
            session = fresh;
            programThread = t;
            afterResponse.set(t::start);
        });
    }

    private java.lang.Thread programThread(Launch l, DebugSession s) {
        java.lang.Thread t = new java.lang.Thread(() -> runProgram(l, s), "heapscope-launch");
        t.setDaemon(true);
        return t;
    }

    /**
     * Runs the program to its end. Its stdout and stderr are output events, and stdin is
     * empty, unless the launch asked for a terminal: then runInTerminal starts a
     * {@link TerminalBridge} there, and the program reads and writes that terminal.
     */
    private void runProgram(Launch l, DebugSession s) {
        int status;
        OutputEvents out = new OutputEvents("stdout", this::message);
        OutputEvents err = new OutputEvents("stderr", this::message);
        // auditRefs: heapscope run --audit-refs under the debugger; the report comes on stderr at exit.
        RunOptions options = l.auditRefs() ? new RunOptions(false, false, new RefcountAudit(true)) : RunOptions.NONE;
        try (TerminalConsole terminal = l.inTerminal() ? terminal(l, s) : null) {
            if (terminal != null) {
                java.net.Socket socket = terminal.socket();
                status = DebugRun.runFile(l.program(), l.args(), s, socket.getInputStream(), socket.getOutputStream(),
                        socket.getOutputStream(), options);
            } else {
                status = DebugRun.runFile(l.program(), l.args(), s, InputStream.nullInputStream(), out, err, options);
            }
        } catch (IOException e) {
            message("console", "The terminal's connection failed (" + e.getMessage() + ").\n");
            status = 1;
        }
        out.flush();
        err.flush();
        if (s.restarting) {
            // Ended for a restart: the session goes on with the next run.
            return;
        }
        s.ended = true;
        ExitedEventArguments exited = new ExitedEventArguments();
        exited.setExitCode(s.terminateRequested ? 1 : status);
        client.exited(exited);
        client.terminated(new TerminatedEventArguments());
        onSessionEnd.run();
    }

    /**
     * Asks the client to start the bridge in its terminal and waits for it; null (the
     * program then runs in the debug console) when the client could not start it.
     */
    private TerminalConsole terminal(Launch l, DebugSession s) {
        TerminalConsole terminal = null;
        try {
            terminal = TerminalConsole.open();
            var started = client.runInTerminal(terminal.request("externalTerminal".equals(l.console()), l.cwd(),
                    "Heapscope: " + l.program().getFileName()));
            terminal.connect(started, () -> s.terminateRequested);
            return terminal;
        } catch (IOException e) {
            if (terminal != null) {
                terminal.close();
            }
            message("console", "Heapscope could not run the program in the terminal (" + e.getMessage()
                    + "); it runs in the debug console, where input() reads end of file.\n");
            return null;
        }
    }

    /** An output event; before the client is connected there is nobody to tell. */
    private void message(String category, String text) {
        if (client == null) {
            return;
        }
        var out = new org.eclipse.lsp4j.debug.OutputEventArguments();
        out.setCategory(category);
        out.setOutput(text);
        client.output(out);
    }

    @Override
    public CompletableFuture<Void> disconnect(DisconnectArguments args) {
        return end();
    }

    @Override
    public CompletableFuture<Void> terminate(TerminateArguments args) {
        return end();
    }

    /** Ends the program; the adapter ends with it (exited and terminated follow when it has stopped). */
    private CompletableFuture<Void> end() {
        if (session == null || programThread == null) {
            afterResponse.set(onSessionEnd);
            return CompletableFuture.completedFuture(null);
        }
        session.terminate();
        java.lang.Thread t = programThread;
        return CompletableFuture.runAsync(() -> {
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                java.lang.Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                // A builtin that never reaches a line event (a huge sum()): nothing left to wait for.
                onSessionEnd.run();
            }
        });
    }

    @Override
    public CompletableFuture<ThreadsResponse> threads() {
        Thread main = new Thread();
        main.setId(THREAD_ID);
        main.setName("MainThread");
        ThreadsResponse r = new ThreadsResponse();
        r.setThreads(new Thread[] {main});
        return CompletableFuture.completedFuture(r);
    }

    // ---- breakpoints ----

    @Override
    public CompletableFuture<SetBreakpointsResponse> setBreakpoints(SetBreakpointsArguments args) {
        if (args.getSource() == null || args.getSource().getPath() == null) {
            return failed(Errors.BAD_REQUEST, "setBreakpoints needs a source with a path");
        }
        String file = Path.of(args.getSource().getPath()).toAbsolutePath().normalize().toString();
        Map<Integer, LineBreakpoint> inFile = new HashMap<>();
        SourceBreakpoint[] requested = args.getBreakpoints() == null ? new SourceBreakpoint[0] : args.getBreakpoints();
        Breakpoint[] result = new Breakpoint[requested.length];
        for (int i = 0; i < requested.length; i++) {
            SourceBreakpoint sb = requested[i];
            LineBreakpoint bp = new LineBreakpoint(nextBreakpointId++, file, sb.getLine(), sb.getCondition(),
                    sb.getHitCondition(), sb.getLogMessage());
            Breakpoint b = new Breakpoint();
            b.setId(bp.id);
            b.setLine(sb.getLine());
            b.setSource(args.getSource());
            String problem = bp.hitConditionError();
            b.setVerified(problem == null);
            b.setMessage(problem);
            if (problem == null) {
                inFile.put(sb.getLine(), bp);
            }
            result[i] = b;
        }
        if (inFile.isEmpty()) {
            lineBreakpoints.remove(file);
        } else {
            lineBreakpoints.put(file, inFile);
        }
        if (session != null) {
            session.lineBreakpoints = snapshot();
        }
        SetBreakpointsResponse r = new SetBreakpointsResponse();
        r.setBreakpoints(result);
        return CompletableFuture.completedFuture(r);
    }

    private Map<String, Map<Integer, LineBreakpoint>> snapshot() {
        Map<String, Map<Integer, LineBreakpoint>> copy = new HashMap<>();
        lineBreakpoints.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        return Map.copyOf(copy);
    }

    @Override
    public CompletableFuture<SetFunctionBreakpointsResponse> setFunctionBreakpoints(SetFunctionBreakpointsArguments args) {
        if (session == null) {
            return failed(Errors.BAD_REQUEST, "setFunctionBreakpoints needs a launch first");
        }
        FunctionBreakpoint[] requested = args.getBreakpoints() == null ? new FunctionBreakpoint[0] : args.getBreakpoints();
        Set<String> names = new HashSet<>();
        Breakpoint[] result = new Breakpoint[requested.length];
        for (int i = 0; i < requested.length; i++) {
            String name = requested[i].getName() == null ? "" : requested[i].getName().strip();
            names.add(name);
            Breakpoint b = new Breakpoint();
            b.setId(nextBreakpointId++);
            b.setVerified(!name.isEmpty());
            result[i] = b;
        }
        session.functionBreakpoints = Set.copyOf(names);
        SetFunctionBreakpointsResponse r = new SetFunctionBreakpointsResponse();
        r.setBreakpoints(result);
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<SetExceptionBreakpointsResponse> setExceptionBreakpoints(SetExceptionBreakpointsArguments args) {
        if (session == null) {
            return failed(Errors.BAD_REQUEST, "setExceptionBreakpoints needs a launch first");
        }
        Set<String> filters = new HashSet<>();
        Map<String, String> conditions = new HashMap<>();
        if (args.getFilters() != null) {
            filters.addAll(List.of(args.getFilters()));
        }
        if (args.getFilterOptions() != null) {
            for (ExceptionFilterOptions o : args.getFilterOptions()) {
                filters.add(o.getFilterId());
                if (o.getCondition() != null) {
                    conditions.put(o.getFilterId(), o.getCondition());
                }
            }
        }
        session.exceptionFilters = Set.copyOf(filters);
        session.filterConditions = Map.copyOf(conditions);
        Breakpoint[] result = new Breakpoint[filters.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Breakpoint();
            result[i].setVerified(true);
        }
        SetExceptionBreakpointsResponse r = new SetExceptionBreakpointsResponse();
        r.setBreakpoints(result);
        return CompletableFuture.completedFuture(r);
    }

    // ---- running ----

    @Override
    public CompletableFuture<ContinueResponse> continue_(ContinueArguments args) {
        return resume(DebugSession.Step.NONE).thenApply(v -> {
            ContinueResponse r = new ContinueResponse();
            r.setAllThreadsContinued(true);
            return r;
        });
    }

    @Override
    public CompletableFuture<Void> next(NextArguments args) {
        return resume(DebugSession.Step.OVER);
    }

    @Override
    public CompletableFuture<Void> stepIn(StepInArguments args) {
        return resume(DebugSession.Step.IN);
    }

    @Override
    public CompletableFuture<Void> stepOut(StepOutArguments args) {
        return resume(DebugSession.Step.OUT);
    }

    /** Resumes once the response has gone out, so that it precedes the next stopped event. */
    private CompletableFuture<Void> resume(DebugSession.Step mode) {
        if (session == null || !session.isPaused()) {
            return failed(Errors.BAD_REQUEST, "the program is not paused");
        }
        DebugSession s = session;
        // Marked now, so no request is queued for this pause any more; the program goes on after the response.
        s.markResuming();
        afterResponse.set(() -> s.resume(mode));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> pause(PauseArguments args) {
        if (session == null) {
            return failed(Errors.BAD_REQUEST, "there is no program to pause");
        }
        session.pauseRequested = true;
        return CompletableFuture.completedFuture(null);
    }

    // ---- inspecting ----

    private CompletableFuture<DebugSession> paused() {
        if (session == null || !session.isPaused()) {
            return failed(Errors.BAD_REQUEST, "the program is not paused");
        }
        return CompletableFuture.completedFuture(session);
    }

    @Override
    public CompletableFuture<StackTraceResponse> stackTrace(StackTraceArguments args) {
        return paused().thenCompose(s -> s.whilePaused(() -> {
            List<DebugSession.StackEntry> stack = s.pause().stack();
            int start = args.getStartFrame() == null ? 0 : Math.max(0, args.getStartFrame());
            int levels = args.getLevels() == null || args.getLevels() <= 0 ? stack.size() : args.getLevels();
            List<StackFrame> frames = new ArrayList<>();
            for (int i = start; i < stack.size() && i < start + levels; i++) {
                frames.add(stackFrame(i + 1, stack.get(i)));
            }
            StackTraceResponse r = new StackTraceResponse();
            r.setStackFrames(frames.toArray(new StackFrame[0]));
            r.setTotalFrames(stack.size());
            return r;
        }));
    }

    private static StackFrame stackFrame(int id, DebugSession.StackEntry e) {
        StackFrame sf = new StackFrame();
        sf.setId(id);
        if (e.frame() == null) {
            // A normal frame rather than a "label" one: clients treat labels as separators, not frames to select.
            sf.setName(e.syntheticName());
            return sf;
        }
        sf.setName(FrameView.name(e.frame()));
        sf.setLine(e.line());
        sf.setColumn(1);
        String filename = e.frame().code.filename;
        if (filename != null && !filename.startsWith("<")) {
            Source source = new Source();
            source.setName(Path.of(filename).getFileName().toString());
            source.setPath(filename);
            sf.setSource(source);
        } else {
            sf.setPresentationHint(StackFramePresentationHint.SUBTLE);
        }
        return sf;
    }

    static DebugSession.StackEntry entry(DebugSession s, Integer frameId) {
        List<DebugSession.StackEntry> stack = s.pause().stack();
        if (frameId == null) {
            for (DebugSession.StackEntry e : stack) {
                if (e.frame() != null) {
                    return e;
                }
            }
            throw Errors.request("there is no Python frame to evaluate in");
        }
        if (frameId < 1 || frameId > stack.size()) {
            throw Errors.request("there is no frame " + frameId + " in this pause");
        }
        return stack.get(frameId - 1);
    }

    @Override
    public CompletableFuture<ScopesResponse> scopes(ScopesArguments args) {
        return paused().thenCompose(s -> s.whilePaused(() -> {
            DebugSession.StackEntry e = entry(s, args.getFrameId());
            VariableTree tree = s.variables();
            List<Scope> scopes = new ArrayList<>();
            if (e.frame() == null) {
                DebugSession.Pause p = s.pause();
                scopes.add(scope("GC event", tree.register(tree.new FiguresNode(p.gcFigures())), false));
                if (!p.gcObjects().isEmpty()) {
                    Scope objects = scope(p.gcObjectsUnreachable() ? "Unreachable objects" : "Object",
                            tree.register(tree.new ObjectListNode(p.gcObjects())), false);
                    scopes.add(objects);
                }
                scopes.add(scope("Garbage collector", tree.register(tree.new GcNode()), false));
            } else {
                Frame f = e.frame();
                if (!FrameView.isModuleFrame(f)) {
                    Scope locals = scope("Locals", tree.register(tree.new BindingsNode(f, VariableTree.ScopeKind.LOCALS)),
                            false);
                    locals.setPresentationHint("locals");
                    scopes.add(locals);
                }
                if (!FrameView.enclosing(f).isEmpty()) {
                    scopes.add(scope("Enclosing",
                            tree.register(tree.new BindingsNode(f, VariableTree.ScopeKind.ENCLOSING)), false));
                }
                scopes.add(scope("Globals", tree.register(tree.new BindingsNode(f, VariableTree.ScopeKind.GLOBALS)),
                        false));
                scopes.add(scope("Builtins", tree.register(tree.new BindingsNode(f, VariableTree.ScopeKind.BUILTINS)),
                        true));
                scopes.add(scope("Garbage collector", tree.register(tree.new GcNode()), false));
            }
            ScopesResponse r = new ScopesResponse();
            r.setScopes(scopes.toArray(new Scope[0]));
            return r;
        }));
    }

    private static Scope scope(String name, int reference, boolean expensive) {
        Scope s = new Scope();
        s.setName(name);
        s.setVariablesReference(reference);
        s.setExpensive(expensive);
        return s;
    }

    @Override
    public CompletableFuture<VariablesResponse> variables(VariablesArguments args) {
        return paused().thenCompose(s -> s.whilePaused(() -> {
            VariableTree.Node node = s.variables().node(args.getVariablesReference());
            if (node == null) {
                throw Errors.request("variablesReference " + args.getVariablesReference()
                        + " does not belong to this pause");
            }
            VariablesArgumentsFilter filter = args.getFilter();
            int start = args.getStart() == null ? 0 : args.getStart();
            int count = args.getCount() == null ? 0 : args.getCount();
            List<Variable> vars = node.children(filter, start, count);
            VariablesResponse r = new VariablesResponse();
            r.setVariables(vars.toArray(new Variable[0]));
            return r;
        }));
    }

    @Override
    public CompletableFuture<EvaluateResponse> evaluate(EvaluateArguments args) {
        if (args.getExpression() == null || args.getExpression().isBlank()) {
            return failed(Errors.EVALUATION_FAILED, "there is nothing to evaluate");
        }
        return paused().thenCompose(s -> s.whilePaused(() -> evaluateHere(s, args)));
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private static EvaluateResponse evaluateHere(DebugSession s, EvaluateArguments args) {
        DebugSession.StackEntry e = entry(s, args.getFrameId());
        if (e.frame() == null) {
            throw Errors.error(Errors.EVALUATION_FAILED, "a GC event frame has no namespace to evaluate in");
        }
        String source = args.getExpression().strip();
        VariableTree tree = s.variables();
        PyObject value = null;
        boolean owned = false;
        // A plain name is looked up, not run, so that watching it changes no count.
        if (IDENTIFIER.matcher(source).matches()) {
            value = FrameView.resolve(e.frame(), source);
        }
        if (value == null) {
            try {
                value = s.evaluate(source, e.frame());
                owned = true;
            } catch (PythonSyntaxError error) {
                throw Errors.error(Errors.EVALUATION_FAILED,
                        SyntaxErrorDisplay.format(error, Evaluation.FILENAME, null).stripTrailing());
            } catch (PyException error) {
                throw Errors.error(Errors.EVALUATION_FAILED, Evaluation.describe(error));
            }
            s.hold(value);
        }
        EvaluateResponse r = new EvaluateResponse();
        boolean statement = owned && !s.isExpression(source);
        if (statement) {
            r.setResult("");
            return r;
        }
        if (args.getContext() != null && args.getContext().equals(EvaluateArgumentsContext.CLIPBOARD)) {
            // "Copy Value": the whole repr() the program itself would print, its own __repr__ included.
            r.setResult(s.fullRepr(value));
            return r;
        }
        Variable v = tree.variable(source, value, source);
        r.setResult(v.getValue());
        r.setType(v.getType());
        r.setVariablesReference(v.getVariablesReference());
        r.setIndexedVariables(v.getIndexedVariables());
        r.setNamedVariables(v.getNamedVariables());
        r.setMemoryReference(v.getMemoryReference());
        return r;
    }

    @Override
    public CompletableFuture<SetVariableResponse> setVariable(SetVariableArguments args) {
        if (args.getName() == null || args.getName().isEmpty()) {
            return failed(Errors.BAD_REQUEST, "setVariable needs the name of the variable to set");
        }
        if (args.getValue() == null || args.getValue().isBlank()) {
            return failed(Errors.EVALUATION_FAILED, "setVariable needs a value: a Python expression");
        }
        return paused().thenCompose(s -> s.whilePaused(() -> Assignments.setVariable(s, args)));
    }

    @Override
    public CompletableFuture<SetExpressionResponse> setExpression(SetExpressionArguments args) {
        if (args.getExpression() == null || args.getExpression().isBlank()) {
            return failed(Errors.BAD_REQUEST, "setExpression needs the expression to assign to");
        }
        if (args.getValue() == null || args.getValue().isBlank()) {
            return failed(Errors.EVALUATION_FAILED, "setExpression needs a value: a Python expression");
        }
        return paused().thenCompose(s -> s.whilePaused(() -> Assignments.setExpression(s, args)));
    }

    @Override
    public CompletableFuture<CompletionsResponse> completions(CompletionsArguments args) {
        if (args.getText() == null) {
            return failed(Errors.BAD_REQUEST, "completions needs the text typed so far");
        }
        String[] lines = args.getText().split("\n", -1);
        int lineIndex = args.getLine() == null ? 0 : args.getLine() - (linesFrom1 ? 1 : 0);
        if (lineIndex < 0 || lineIndex >= lines.length) {
            return failed(Errors.BAD_REQUEST, "line " + args.getLine() + " is not in the text, which has "
                    + lines.length + (lines.length == 1 ? " line" : " lines"));
        }
        String line = lines[lineIndex];
        int cursor = args.getColumn() - (columnsFrom1 ? 1 : 0);
        if (cursor < 0 || cursor > line.length()) {
            return failed(Errors.BAD_REQUEST, "column " + args.getColumn() + " is outside the line, which has "
                    + line.length() + " characters");
        }
        int lineStart = 0;
        for (int i = 0; i < lineIndex; i++) {
            lineStart += lines[i].length() + 1;
        }
        int offset = lineStart;
        return paused().thenCompose(s -> s.whilePaused(() -> {
            DebugSession.StackEntry e = entry(s, args.getFrameId());
            CompletionsResponse r = new CompletionsResponse();
            if (e.frame() == null) {
                // A GC event frame has no names of its own.
                r.setTargets(new CompletionItem[0]);
                return r;
            }
            Completions.Result found = Completions.at(e.frame(), line, cursor);
            List<CompletionItem> items = new ArrayList<>();
            for (Completions.Candidate c : found.candidates()) {
                CompletionItem item = new CompletionItem();
                item.setLabel(c.name());
                item.setText(c.name());
                item.setType(completionType(c.kind()));
                // start is 0-based within the text; length is how much before the cursor the text replaces.
                item.setStart(offset + found.start());
                item.setLength(found.partial().length());
                items.add(item);
            }
            r.setTargets(items.toArray(new CompletionItem[0]));
            return r;
        }));
    }

    private static CompletionItemType completionType(Completions.Kind kind) {
        return switch (kind) {
            case VARIABLE -> CompletionItemType.VARIABLE;
            case FUNCTION -> CompletionItemType.FUNCTION;
            case CLASS -> CompletionItemType.CLASS;
            case MODULE -> CompletionItemType.MODULE;
            case ATTRIBUTE -> CompletionItemType.PROPERTY;
            case METHOD -> CompletionItemType.METHOD;
            case KEYWORD -> CompletionItemType.KEYWORD;
        };
    }

    /** Largest readMemory answered at once. */
    private static final int READ_MEMORY_LIMIT = 1 << 20;

    /**
     * readMemory: the simulated bytes of the object a memoryReference names (its id), from
     * its pre-header to the end of the fields HeaderBytes knows; bytes outside are unreadable.
     */
    @Override
    public CompletableFuture<ReadMemoryResponse> readMemory(ReadMemoryArguments args) {
        String reference = args.getMemoryReference();
        if (reference == null || !reference.matches("0x[0-9a-fA-F]{1,16}")) {
            return failed(Errors.BAD_REQUEST, "memoryReference must be an object's id in hex, such as 0x7f3c5a6f8030, not "
                    + reference);
        }
        if (args.getCount() < 0 || args.getCount() > READ_MEMORY_LIMIT) {
            return failed(Errors.BAD_REQUEST, "count must be between 0 and " + READ_MEMORY_LIMIT + ", not "
                    + args.getCount());
        }
        long address = Long.parseUnsignedLong(reference.substring(2), 16);
        long from = address + (args.getOffset() == null ? 0 : args.getOffset());
        int count = args.getCount();
        return paused().thenCompose(s -> s.whilePaused(() -> {
            PyObject o = s.variables().shownAt(address);
            if (o == null) {
                throw Errors.request("memoryReference " + reference + " is not the id of an object shown in this pause");
            }
            HeaderBytes.Layout layout = HeaderBytes.of(o);
            ReadMemoryResponse r = new ReadMemoryResponse();
            r.setAddress(ObjectView.hex(from));
            long at = from - layout.start();
            int readable = at < 0 || at >= layout.bytes().length ? 0
                    : (int) Math.min(count, layout.bytes().length - at);
            byte[] data = readable == 0 ? new byte[0]
                    : java.util.Arrays.copyOfRange(layout.bytes(), (int) at, (int) at + readable);
            r.setData(java.util.Base64.getEncoder().encodeToString(data));
            if (readable < count) {
                r.setUnreadableBytes(count - readable);
            }
            return r;
        }));
    }

    // ---- data breakpoints ----

    @Override
    public CompletableFuture<DataBreakpointInfoResponse> dataBreakpointInfo(DataBreakpointInfoArguments args) {
        if (args.getName() == null || args.getName().isEmpty()) {
            return failed(Errors.BAD_REQUEST, "dataBreakpointInfo needs the name of a variable");
        }
        return paused().thenCompose(s -> s.whilePaused(() -> {
            DataWatch w = dataCandidate(s, args);
            DataBreakpointInfoResponse r = new DataBreakpointInfoResponse();
            if (w == null) {
                r.setDescription("no data breakpoint can watch " + args.getName() + ": only names, items, entries "
                        + "and attributes (rebound), and a memory node's refcount (changes) and id (freed)");
                return r;
            }
            dataCandidates.put(w.dataId, w);
            r.setDataId(w.dataId);
            r.setDescription("Break when " + w.description);
            r.setAccessTypes(new DataBreakpointAccessType[] {DataBreakpointAccessType.WRITE});
            r.setCanPersist(false);
            return r;
        }));
    }

    /** The watch the variable {@code name} of a node (or, without a node, a name in the frame) can have. */
    private DataWatch dataCandidate(DebugSession s, DataBreakpointInfoArguments args) {
        String name = args.getName();
        String id = "data-" + nextDataId.getAndIncrement();
        Integer reference = args.getVariablesReference();
        if (reference == null || reference == 0) {
            Frame f = entry(s, args.getFrameId()).frame();
            if (f == null || !IDENTIFIER.matcher(name).matches() || FrameView.resolve(f, name) == null) {
                return null;
            }
            return DataWatch.rebound(id, "`" + name + "` in " + FrameView.name(f), () -> FrameView.resolve(f, name),
                    FrameView.isModuleFrame(f) ? null : f);
        }
        VariableTree.Node node = s.variables().node(reference);
        if (node == null) {
            throw Errors.request("variablesReference " + reference + " does not belong to this pause");
        }
        if (node instanceof VariableTree.BindingsNode b && b.current(name) != null) {
            Frame f = b.frame();
            return DataWatch.rebound(id, "`" + name + "` in " + FrameView.name(f), () -> b.current(name),
                    FrameView.isModuleFrame(f) || b.isNamespace() ? null : f);
        }
        if (node instanceof VariableTree.ObjectNode o && !name.equals("memory") && o.current(name) != null) {
            return DataWatch.rebound(id, name + " of the " + ObjectView.typeName(o.object()) + " at "
                    + ObjectView.hex(o.object().address), () -> o.current(name), null);
        }
        if (node instanceof VariableTree.MemoryNode m) {
            if (name.equals("refcount")) {
                return DataWatch.refcount(id, m.object());
            }
            if (name.equals("id")) {
                return DataWatch.freed(id, m.object());
            }
        }
        return null;
    }

    @Override
    public CompletableFuture<SetDataBreakpointsResponse> setDataBreakpoints(SetDataBreakpointsArguments args) {
        if (session == null) {
            return failed(Errors.BAD_REQUEST, "setDataBreakpoints needs a launch first");
        }
        DataBreakpoint[] requested = args.getBreakpoints() == null ? new DataBreakpoint[0] : args.getBreakpoints();
        List<DataWatch> watches = new ArrayList<>();
        Breakpoint[] result = new Breakpoint[requested.length];
        for (int i = 0; i < requested.length; i++) {
            DataBreakpoint d = requested[i];
            Breakpoint b = new Breakpoint();
            b.setId(nextBreakpointId++);
            DataWatch candidate = d.getDataId() == null ? null : dataCandidates.get(d.getDataId());
            if (candidate == null) {
                b.setVerified(false);
                b.setMessage("there is no data " + d.getDataId() + ": ask dataBreakpointInfo for it while paused");
            } else {
                DataWatch w = candidate.installed(b.getId(), d.getCondition(), d.getHitCondition());
                String problem = w.hitConditionError();
                b.setVerified(problem == null);
                b.setMessage(problem);
                if (problem == null) {
                    watches.add(w);
                }
            }
            result[i] = b;
        }
        DebugSession s = session;
        SetDataBreakpointsResponse r = new SetDataBreakpointsResponse();
        r.setBreakpoints(result);
        if (!s.isPaused()) {
            // Armed at the next line event: what they watch is read on the interpreter thread only.
            s.dataWatches = List.copyOf(watches);
            return CompletableFuture.completedFuture(r);
        }
        return s.whilePaused(() -> {
            for (DataWatch w : watches) {
                w.arm();
            }
            s.dataWatches = List.copyOf(watches);
            return r;
        });
    }

    // ---- Heapscope's own requests ----

    /** heapscope/heapGraph: frames, names, objects and references of this pause (protocol.ts's HeapGraph). */
    @JsonRequest("heapscope/heapGraph")
    public CompletableFuture<Map<String, Object>> heapGraph(Map<String, Object> args) {
        HeapGraphRequest.Arguments checked;
        try {
            checked = HeapGraphRequest.parse(args);
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        }
        return paused().thenCompose(s -> s.whilePaused(() -> HeapGraphRequest.answer(s, checked)));
    }

    /** heapscope/objectAt: the object the name at a source position refers to, in the frame running that code. */
    @JsonRequest("heapscope/objectAt")
    public CompletableFuture<Map<String, Object>> objectAt(Map<String, Object> args) {
        ObjectAtRequest.Arguments checked;
        try {
            checked = ObjectAtRequest.parse(args, linesFrom1, columnsFrom1);
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (session == null || !session.isPaused()) {
            return CompletableFuture.completedFuture(ObjectAtRequest.notFound("the program is not paused"));
        }
        DebugSession s = session;
        return s.whilePaused(() -> objectAt.answer(s, checked));
    }

    @Override
    public CompletableFuture<ExceptionInfoResponse> exceptionInfo(ExceptionInfoArguments args) {
        return paused().thenCompose(s -> s.whilePaused(() -> {
            DebugSession.Pause p = s.pause();
            PyBaseException exc = p.exception();
            if (exc == null) {
                throw Errors.request("the program did not stop on an exception");
            }
            String message;
            try {
                message = Ops.strString(exc);
            } catch (PyException e) {
                message = Evaluation.describe(e);
            }
            ExceptionInfoResponse r = new ExceptionInfoResponse();
            r.setExceptionId(exc.type.name);
            r.setDescription(message);
            r.setBreakMode(p.uncaught() ? ExceptionBreakMode.UNHANDLED : ExceptionBreakMode.ALWAYS);
            ExceptionDetails d = new ExceptionDetails();
            d.setTypeName(exc.type.name);
            d.setFullTypeName(ObjectView.qualifiedTypeName(exc.type));
            d.setMessage(message);
            try {
                d.setStackTrace(TracebackPrinter.format(exc, true));
            } catch (PyException e) {
                dev.heapscope.interpreter.runtime.Heap.decref(e.value);
            }
            r.setDetails(d);
            return r;
        }));
    }
}
