package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No observer effect, over the whole run corpus (interpreter/src/test/resources/run): each
 * case runs plainly, then under the adapter stopping at its first line and stepping in at
 * every line, and at every stop the client asks for the stack, the scopes of every frame,
 * the variables of every scope but Builtins, and expands every variable: its children,
 * its memory node and the holders of its refcount. stdout, stderr and the exit status
 * must be the same.
 *
 * <p>The cap: at most {@link #MAX_STOPS} stops per case, then the program continues to its
 * end untouched (a few cases run loops of thousands of lines). Both runs get an empty
 * stdin, as the adapter gives the program today. The whole corpus takes a couple of
 * minutes: a stop costs milliseconds once the test's sockets send each message at once
 * (TCP_NODELAY; with Nagle's algorithm every request waited ~40 ms for a delayed ACK).
 */
class NoObserverEffectTest {
    private static final Path CASES = Path.of("../interpreter/src/test/resources/run/cases");
    private static final Path EXPECTED = Path.of("../interpreter/src/test/resources/run/expected");
    static final int MAX_STOPS = 60;

    @TestFactory
    Stream<DynamicTest> steppingAndExpandingChangesNoOutput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CASES)) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                String name = CASES.relativize(py).toString().replace(".py", "");
                if (!Files.exists(EXPECTED.resolve(name + ".json"))) {
                    continue; // a module a case imports, not a case
                }
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, py.toAbsolutePath().normalize())));
            }
        }
        return tests.stream();
    }

    private static List<String> args(String name) throws IOException {
        JsonObject expected = JsonParser.parseString(Files.readString(EXPECTED.resolve(name + ".json")))
                .getAsJsonObject();
        List<String> args = new ArrayList<>();
        expected.getAsJsonArray("args").forEach(a -> args.add(a.getAsString()));
        return args;
    }

    private static void check(String name, Path py) throws IOException {
        List<String> args = args(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int plainExit = dev.heapscope.interpreter.runtime.Interpreter.runFile(py, args, InputStream.nullInputStream(),
                out, err);
        try (DapClient c = new DapClient()) {
            c.start(py, Map.of("stopOnEntry", true, "args", args), new int[0]);
            int stops = 0;
            int exit;
            while (true) {
                Object e = c.awaitStopOrExit();
                if (e instanceof ExitedEventArguments exited) {
                    exit = exited.getExitCode();
                    break;
                }
                stops++;
                inspectEverything(c);
                if (stops < MAX_STOPS) {
                    StepInArguments step = new StepInArguments();
                    step.setThreadId(DebugServer.THREAD_ID);
                    get(c.server.stepIn(step));
                } else {
                    get(c.server.continue_(new ContinueArguments()));
                }
            }
            try {
                c.server.disconnect(new DisconnectArguments()).get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // The session ended with the program.
            }
            assertEquals(out.toString(StandardCharsets.UTF_8), c.stdout(), name + ": stdout");
            assertEquals(err.toString(StandardCharsets.UTF_8), c.stderr(), name + ": stderr");
            assertEquals(plainExit, exit, name + ": exit status");
        }
    }

    private static void inspectEverything(DapClient c) {
        for (StackFrame f : c.stack()) {
            for (Scope s : c.scopes(f.getId())) {
                if (s.isExpensive()) {
                    continue;
                }
                for (Variable v : c.variables(s.getVariablesReference())) {
                    expand(c, v);
                }
            }
        }
    }

    /** The variable's children, its memory node and the holders of its count. */
    private static void expand(DapClient c, Variable v) {
        if (v.getVariablesReference() == 0) {
            return;
        }
        for (Variable child : c.variables(v.getVariablesReference())) {
            if (child.getName().equals("memory") && child.getVariablesReference() != 0) {
                for (Variable m : c.variables(child.getVariablesReference())) {
                    if (m.getName().equals("refcount") && m.getVariablesReference() != 0) {
                        c.variables(m.getVariablesReference());
                    }
                }
            }
        }
    }
}
