package dev.heapscope.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * A client that talks to the real adapter over a pair of connected streams, as VS Code does: requests
 * through LSP4J's remote proxy, events collected in arrival order. Waits fail after a
 * generous limit instead of hanging; no test measures time.
 */
final class DapClient implements IDebugProtocolClient, AutoCloseable {
    private static final long WAIT_SECONDS = 60;

    final HeapscopeServer server;
    /** The raw endpoint, for requests whose arguments LSP4J's types cannot carry. */
    private final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private final StringBuffer stdout = new StringBuffer();
    private final StringBuffer stderr = new StringBuffer();
    private final StringBuffer console = new StringBuffer();
    private final java.net.Socket clientSide;
    private final java.net.Socket serverSide;

    /** Connects over a loopback socket pair: unlike piped streams it does not tie the pipe to the threads that write. */
    DapClient() throws IOException {
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            clientSide = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), listener.getLocalPort());
            serverSide = listener.accept();
        }
        // Without it Nagle's algorithm holds each small message for the peer's delayed ACK (~40 ms a request).
        clientSide.setTcpNoDelay(true);
        serverSide.setTcpNoDelay(true);
        DebugAdapter.serve(serverSide.getInputStream(), serverSide.getOutputStream(), () -> { });
        Launcher<HeapscopeServer> launcher = org.eclipse.lsp4j.jsonrpc.debug.DebugLauncher.createLauncher(this,
                HeapscopeServer.class, clientSide.getInputStream(), clientSide.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
        endpoint = launcher.getRemoteEndpoint();
    }

    /** restart with the launch configuration in {@code arguments}, as VS Code sends it (untyped JSON). */
    CompletableFuture<Object> restart(Map<String, Object> configuration) {
        return endpoint.request("restart", Map.of("arguments", configuration));
    }

    /** The processes runInTerminal started, as an editor's terminal would; the test types into them. */
    final BlockingQueue<Process> terminals = new LinkedBlockingQueue<>();

    /** runInTerminal: starts the process named, in its cwd with its env, its stderr merged into stdout as a terminal shows them. */
    @Override
    public CompletableFuture<org.eclipse.lsp4j.debug.RunInTerminalResponse> runInTerminal(
            org.eclipse.lsp4j.debug.RunInTerminalRequestArguments args) {
        ProcessBuilder pb = new ProcessBuilder(args.getArgs()).redirectErrorStream(true);
        if (args.getCwd() != null) {
            pb.directory(new java.io.File(args.getCwd()));
        }
        if (args.getEnv() != null) {
            args.getEnv().forEach((k, v) -> {
                if (v == null) {
                    pb.environment().remove(k);
                } else {
                    pb.environment().put(k, v);
                }
            });
        }
        try {
            Process p = pb.start();
            terminals.add(p);
            org.eclipse.lsp4j.debug.RunInTerminalResponse r = new org.eclipse.lsp4j.debug.RunInTerminalResponse();
            r.setProcessId((int) p.pid());
            return CompletableFuture.completedFuture(r);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    // ---- events ----

    @Override
    public void initialized() {
        events.add("initialized");
    }

    @Override
    public void stopped(StoppedEventArguments args) {
        events.add(args);
    }

    @Override
    public void exited(ExitedEventArguments args) {
        events.add(args);
    }

    @Override
    public void terminated(TerminatedEventArguments args) {
        events.add(args);
    }

    @Override
    public void output(OutputEventArguments args) {
        switch (args.getCategory() == null ? "console" : args.getCategory()) {
            case "stdout" -> stdout.append(args.getOutput());
            case "stderr" -> stderr.append(args.getOutput());
            default -> console.append(args.getOutput());
        }
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }

    String console() {
        return console.toString();
    }

    /** The next event of the given kind; events of other kinds before it are dropped. */
    <T> T await(Class<T> kind) {
        try {
            while (true) {
                Object e = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(e, "no " + kind.getSimpleName() + " arrived");
                if (kind.isInstance(e)) {
                    return kind.cast(e);
                }
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The next stopped or exited event. */
    Object awaitStopOrExit() {
        try {
            while (true) {
                Object e = events.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(e, "neither stopped nor exited arrived");
                if (e instanceof StoppedEventArguments || e instanceof ExitedEventArguments) {
                    return e;
                }
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    void awaitInitialized() {
        await(String.class);
    }

    StoppedEventArguments awaitStopped(String reason) {
        StoppedEventArguments s = await(StoppedEventArguments.class);
        assertEquals(reason, s.getReason(), "stop reason (" + s.getDescription() + ")");
        return s;
    }

    /** Waits for exited then terminated; returns the exit code. */
    int awaitExit() {
        int code = await(ExitedEventArguments.class).getExitCode();
        await(TerminatedEventArguments.class);
        return code;
    }

    // ---- requests ----

    static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("request failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The message of the error response the request gets. */
    static String error(CompletableFuture<?> f) {
        try {
            f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the request succeeded");
    }

    /** initialize, initialized, launch with {@code extra} arguments, breakpoints on {@code lines}, exception filters, configurationDone. */
    void start(Path program, Map<String, Object> extra, int[] lines, String... filters) {
        SourceBreakpoint[] bps = new SourceBreakpoint[lines.length];
        for (int i = 0; i < lines.length; i++) {
            bps[i] = new SourceBreakpoint();
            bps[i].setLine(lines[i]);
        }
        start(program, extra, bps, filters);
    }

    void start(Path program, Map<String, Object> extra, SourceBreakpoint[] breakpoints, String... filters) {
        InitializeRequestArguments init = new InitializeRequestArguments();
        init.setClientID("test");
        init.setAdapterID("heapscope");
        init.setLinesStartAt1(true);
        init.setColumnsStartAt1(true);
        get(server.initialize(init));
        awaitInitialized();
        Map<String, Object> args = new HashMap<>(extra);
        args.put("program", program.toString());
        get(server.launch(args));
        setBreakpoints(program, breakpoints);
        SetExceptionBreakpointsArguments ex = new SetExceptionBreakpointsArguments();
        ex.setFilters(filters);
        get(server.setExceptionBreakpoints(ex));
        get(server.configurationDone(new ConfigurationDoneArguments()));
    }

    void setBreakpoints(Path program, int... lines) {
        SourceBreakpoint[] bps = new SourceBreakpoint[lines.length];
        for (int i = 0; i < lines.length; i++) {
            bps[i] = new SourceBreakpoint();
            bps[i].setLine(lines[i]);
        }
        setBreakpoints(program, bps);
    }

    void setBreakpoints(Path program, SourceBreakpoint... bps) {
        SetBreakpointsArguments args = new SetBreakpointsArguments();
        Source source = new Source();
        source.setPath(program.toString());
        args.setSource(source);
        args.setBreakpoints(bps);
        get(server.setBreakpoints(args));
    }

    StackFrame[] stack() {
        StackTraceArguments args = new StackTraceArguments();
        args.setThreadId(1);
        return get(server.stackTrace(args)).getStackFrames();
    }

    List<String> frameNames() {
        List<String> names = new ArrayList<>();
        for (StackFrame f : stack()) {
            names.add(f.getName());
        }
        return names;
    }

    Scope[] scopes(int frameId) {
        ScopesArguments args = new ScopesArguments();
        args.setFrameId(frameId);
        return get(server.scopes(args)).getScopes();
    }

    Scope scope(int frameId, String name) {
        for (Scope s : scopes(frameId)) {
            if (s.getName().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no scope " + name);
    }

    Variable[] variables(int reference) {
        VariablesArguments args = new VariablesArguments();
        args.setVariablesReference(reference);
        return get(server.variables(args)).getVariables();
    }

    static Variable named(Variable[] vars, String name) {
        for (Variable v : vars) {
            if (v.getName().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no variable " + name + " among " + names(vars));
    }

    static List<String> names(Variable[] vars) {
        List<String> out = new ArrayList<>();
        for (Variable v : vars) {
            out.add(v.getName());
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        clientSide.close();
        serverSide.close();
    }

    /** A test's teardown: disconnect (the session may be over already), then close the streams; null is nothing. */
    static void disconnectAndClose(DapClient client) throws IOException {
        if (client == null) {
            return;
        }
        try {
            client.server.disconnect(new DisconnectArguments()).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // The session may be over already.
        }
        client.close();
    }
}
