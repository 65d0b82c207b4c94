package dev.heapscope.dap;

import dev.heapscope.interpreter.runtime.Interpreter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.launch.DSPLauncher;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * Debug-adapter benchmark (not a test; bench/dap runs it). In one JVM, with the adapter
 * served over a loopback socket pair as VS Code's client would talk to it:
 * <ul>
 * <li>the step round trip: next, the stopped event, stackTrace, scopes and the variables
 * of a frame with 100 names, timed from sending next to receiving the variables;
 * <li>the run time of a program with a breakpoint set on a line it never reaches, against
 * a plain run of the same program in the same JVM (runs alternate, after warm-up ones).
 * </ul>
 * Prints one line per figure: {@code name median_ms=... p95_ms=... n=...}, then the ratio.
 */
public final class DapBenchmark {
    private DapBenchmark() {
    }

    /** LSP4J logs each closed connection at INFO; held here so that its level stays set. */
    private static final java.util.logging.Logger LSP4J_LOG = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");

    /** Events in arrival order. */
    private static final class Client implements IDebugProtocolClient {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

        @Override
        public void stopped(StoppedEventArguments args) {
            events.add(args);
        }

        @Override
        public void exited(ExitedEventArguments args) {
            events.add(args);
        }

        @Override
        public void output(OutputEventArguments args) {
        }

        <T> T await(Class<T> kind) throws InterruptedException {
            while (true) {
                Object e = events.poll(120, TimeUnit.SECONDS);
                if (e == null) {
                    throw new IllegalStateException("no " + kind.getSimpleName() + " arrived");
                }
                if (kind.isInstance(e)) {
                    return kind.cast(e);
                }
            }
        }
    }

    /** One adapter and its client over a loopback socket pair. */
    private static final class Session implements AutoCloseable {
        final Client client = new Client();
        final IDebugProtocolServer server;
        private final Socket a;
        private final Socket b;

        Session() throws IOException {
            try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                a = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                b = listener.accept();
            }
            a.setTcpNoDelay(true);
            b.setTcpNoDelay(true);
            DebugAdapter.serve(b.getInputStream(), b.getOutputStream(), () -> { });
            Launcher<IDebugProtocolServer> launcher = DSPLauncher.createClientLauncher(client, a.getInputStream(),
                    a.getOutputStream());
            launcher.startListening();
            server = launcher.getRemoteProxy();
        }

        void start(Path program, int breakpointLine) throws Exception {
            InitializeRequestArguments init = new InitializeRequestArguments();
            init.setAdapterID("heapscope");
            get(server.initialize(init));
            Map<String, Object> launch = new HashMap<>();
            launch.put("program", program.toString());
            launch.put("memoryInfo", "inline");
            get(server.launch(launch));
            SetBreakpointsArguments bps = new SetBreakpointsArguments();
            Source source = new Source();
            source.setPath(program.toString());
            bps.setSource(source);
            SourceBreakpoint bp = new SourceBreakpoint();
            bp.setLine(breakpointLine);
            bps.setBreakpoints(new SourceBreakpoint[] {bp});
            get(server.setBreakpoints(bps));
            SetExceptionBreakpointsArguments ex = new SetExceptionBreakpointsArguments();
            ex.setFilters(new String[0]);
            get(server.setExceptionBreakpoints(ex));
            get(server.configurationDone(new ConfigurationDoneArguments()));
        }

        @Override
        public void close() throws IOException {
            try {
                get(server.disconnect(new DisconnectArguments()));
            } catch (Exception ignored) {
                // The program may have ended already.
            }
            a.close();
            b.close();
        }
    }

    static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(120, TimeUnit.SECONDS);
    }

    /** A function with 100 locals, then a loop of simple lines to step over. */
    static String stepProgram() {
        StringBuilder b = new StringBuilder("def work(n):\n");
        for (int i = 0; i < 100; i += 4) {
            b.append("    ");
            for (int j = i; j < i + 4; j++) {
                b.append(j == i ? "" : "; ").append("v").append(j).append(" = [").append(j).append("]");
            }
            b.append('\n');
        }
        b.append("    total = 0\n");
        b.append("    for i in range(n):\n");
        b.append("        total += i\n");
        b.append("        total -= 1\n");
        b.append("    return total\n");
        b.append("print(work(100000))\n");
        return b.toString();
    }

    /** Line events in a loop and calls; {@code never()} is where the breakpoint waits. */
    static final String RUN_PROGRAM = """
            def never():
                return 0
            def f(n):
                total = 0
                for i in range(n):
                    total += i % 7
                return total
            s = 0
            for k in range(1500):
                s += f(2000)
            print(s)
            """;

    private static String figure(String name, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        return String.format("%s median_ms=%.2f p95_ms=%.2f n=%d", name, median, p95, sorted.length);
    }

    static double median(List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    static List<Double> stepRoundTrips(Path dir, int steps) throws Exception {
        Path p = dir.resolve("step.py");
        Files.writeString(p, stepProgram());
        int loopLine = (int) stepProgram().lines().takeWhile(l -> !l.contains("total += i")).count() + 1;
        List<Double> out = new ArrayList<>();
        try (Session s = new Session()) {
            s.start(p, loopLine);
            s.client.await(StoppedEventArguments.class);
            for (int i = 0; i < steps; i++) {
                long t0 = System.nanoTime();
                get(s.server.next(new NextArguments()));
                s.client.await(StoppedEventArguments.class);
                StackTraceArguments st = new StackTraceArguments();
                st.setThreadId(1);
                st.setLevels(20);
                int frameId = get(s.server.stackTrace(st)).getStackFrames()[0].getId();
                ScopesArguments sa = new ScopesArguments();
                sa.setFrameId(frameId);
                Scope locals = get(s.server.scopes(sa)).getScopes()[0];
                VariablesArguments va = new VariablesArguments();
                va.setVariablesReference(locals.getVariablesReference());
                int n = get(s.server.variables(va)).getVariables().length;
                if (n < 100) {
                    throw new IllegalStateException("the frame shows " + n + " names, not 100 or more");
                }
                out.add((System.nanoTime() - t0) / 1e6);
            }
        }
        return out;
    }

    /** CPU time of the whole process so far, in ms: on a loaded machine it varies less than wall time. */
    static double cpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    /** Wall and CPU milliseconds of one plain run. */
    static double[] plainRun(Path p) {
        double c0 = cpuMs();
        long t0 = System.nanoTime();
        Interpreter.runFile(p, List.of(), InputStream.nullInputStream(), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
        return new double[] {(System.nanoTime() - t0) / 1e6, cpuMs() - c0};
    }

    /** Wall and CPU ms from configurationDone's response to the exited event, a breakpoint set on never()'s line. */
    static double[] debuggedRun(Path p) throws Exception {
        try (Session s = new Session()) {
            s.start(p, 2);
            double c0 = cpuMs();
            long t0 = System.nanoTime();
            s.client.await(ExitedEventArguments.class);
            return new double[] {(System.nanoTime() - t0) / 1e6, cpuMs() - c0};
        }
    }

    public static void main(String[] args) throws Exception {
        LSP4J_LOG.setLevel(java.util.logging.Level.WARNING);
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("heapscope-dap-bench");
        stepRoundTrips(dir, Math.max(20, steps / 4));
        List<Double> step = stepRoundTrips(dir, steps);
        System.out.println(figure("step_round_trip_100_names", step));

        Path p = dir.resolve("run.py");
        Files.writeString(p, RUN_PROGRAM);
        plainRun(p);
        debuggedRun(p);
        List<Double> plain = new ArrayList<>();
        List<Double> debugged = new ArrayList<>();
        List<Double> plainCpu = new ArrayList<>();
        List<Double> debuggedCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double[] a;
            double[] b;
            if (i % 2 == 0) {
                a = plainRun(p);
                b = debuggedRun(p);
            } else {
                b = debuggedRun(p);
                a = plainRun(p);
            }
            plain.add(a[0]);
            plainCpu.add(a[1]);
            debugged.add(b[0]);
            debuggedCpu.add(b[1]);
        }
        System.out.println(figure("plain_run", plain));
        System.out.println(figure("run_with_unhit_breakpoint", debugged));
        System.out.println(figure("plain_run_cpu", plainCpu));
        System.out.println(figure("run_with_unhit_breakpoint_cpu", debuggedCpu));
        System.out.printf("unhit_breakpoint_over_plain ratio=%.3f cpu_ratio=%.3f%n", median(debugged) / median(plain),
                median(debuggedCpu) / median(plainCpu));
        System.out.println("run_program_file " + p);
        System.out.flush();
        System.exit(0);
    }
}
