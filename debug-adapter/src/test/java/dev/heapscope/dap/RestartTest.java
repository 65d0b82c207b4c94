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
}
