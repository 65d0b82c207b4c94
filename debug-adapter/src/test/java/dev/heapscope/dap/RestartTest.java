package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.RestartArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * restart runs the program again in the same JVM; nothing of the first run persists
 * (interned strings, static objects' counts, allocator, collector), so each run prints
 * what a plain run prints.
 */
class RestartTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            import sys, gc
            class Node:
                pass
            a = Node(); b = Node(); a.o = b; b.o = a
            del a, b
            s = sys.intern(''.join(['zz', '_restart_probe']))
            print(sys.getrefcount(1), sys.getrefcount(None), sys.getrefcount(s), sys.getrefcount('print'))
            print(gc.get_count(), gc.get_stats()[0], len(gc.get_objects()))
            print(gc.collect(), gc.get_count())
            xs = [object() for _ in range(5)]
            print([hex(id(x)) for x in xs], hex(id(s)), hex(id([])), hex(id(Node)), hex(id('print')))
            print(sys.getrefcount(int), sys.getrefcount(Node), sys.getrefcount(xs[0]))
            done = True
            """;
    private static final int LAST_LINE = 13;

    @Test
    void aRestartedRunPrintsWhatAPlainRunPrints() throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), InputStream.nullInputStream(),
                plain, new ByteArrayOutputStream()));
        String once = plain.toString(StandardCharsets.UTF_8);

        client = new DapClient();
        assertTrue(get(client.server.initialize(new InitializeRequestArguments())).getSupportsRestartRequest());
        client.close();
        client = new DapClient();
        assertTrue(DapClient.error(client.server.restart(new RestartArguments())).contains("launched"));
        client.start(p, Map.of(), new int[] {LAST_LINE});
        client.awaitStopped("breakpoint");
        assertEquals(once, client.stdout());
        get(client.server.restart(new RestartArguments()));
        client.awaitStopped("breakpoint");
        assertEquals(once + once, client.stdout(), "the second run printed what the first did");
        get(client.server.restart(new RestartArguments()));
        client.awaitStopped("breakpoint");
        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(once + once + once, client.stdout());
        assertTrue(DapClient.error(client.server.restart(new RestartArguments())).contains("ended"));
    }

    /**
     * restart's arguments carry the latest launch configuration (VS Code sends it after
     * launch.json was edited): the next run uses its program, args, cwd, stopOnEntry and
     * memoryInfo; a restart without arguments keeps the latest; a wrong one is refused and
     * the running program goes on.
     */
    @Test
    void restartUsesTheLaunchConfigurationItCarries() throws IOException {
        Path first = dir.resolve("first.py");
        Files.writeString(first, "import sys\nprint('first', sys.argv[1:])\nx = [1, 2]\ndone = True\n");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("second.py"), "import sys\nprint('second', sys.argv[1:])\ny = [3]\ndone = 2\n");
        client = new DapClient();
        client.start(first, Map.of("args", List.of("a")), new int[] {4});
        client.awaitStopped("breakpoint");
        assertEquals("first ['a']\n", client.stdout());
        assertTrue(DapClient.named(client.variables(client.scope(1, "Globals").getVariablesReference()), "x")
                .getValue().contains("· id"), "memoryInfo inline by default");

        String refused = DapClient.error(client.restart(Map.of("program", "missing.py", "cwd", sub.toString())));
        assertTrue(refused.contains("can't open file") && refused.contains("missing.py"), refused);
        assertEquals("x", DapClient.named(client.variables(client.scope(1, "Globals").getVariablesReference()), "x")
                .getName(), "the first run is still paused where it was");

        get(client.restart(Map.of("program", "second.py", "cwd", sub.toString(), "args", List.of("b", "c"),
                "stopOnEntry", true, "memoryInfo", "off")));
        client.awaitStopped("entry");
        assertEquals(List.of("<module>"), client.frameNames());
        assertEquals(sub.resolve("second.py").toString(), client.stack()[0].getSource().getPath());
        client.setBreakpoints(sub.resolve("second.py"), 4);
        get(client.server.continue_(new ContinueArguments()));
        client.awaitStopped("breakpoint");
        assertEquals("first ['a']\nsecond ['b', 'c']\n", client.stdout());
        assertEquals("[3]", DapClient.named(client.variables(client.scope(1, "Globals").getVariablesReference()), "y")
                .getValue(), "memoryInfo off: the repr alone");

        get(client.server.restart(new RestartArguments()));
        client.awaitStopped("entry");
        get(client.server.continue_(new ContinueArguments()));
        client.awaitStopped("breakpoint");
        assertEquals("first ['a']\nsecond ['b', 'c']\nsecond ['b', 'c']\n", client.stdout(),
                "without arguments restart keeps the latest configuration");
        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
    }
}
