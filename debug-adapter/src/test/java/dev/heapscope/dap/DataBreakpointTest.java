package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static dev.heapscope.dap.DapClient.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.Breakpoint;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.DataBreakpoint;
import org.eclipse.lsp4j.debug.DataBreakpointInfoArguments;
import org.eclipse.lsp4j.debug.DataBreakpointInfoResponse;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.SetDataBreakpointsArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data breakpoints over the protocol: a name rebound, a refcount changed, an object freed. */
class DataBreakpointTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            class Node:
                pass
            def f():
                x = [1]
                y = x
                x = [2]
                print('after rebind')
                return y
            keep = f()
            holder = [keep]
            print('after hold')
            del holder
            node = Node()
            node = None
            print('end')
            """;

    private DataBreakpointInfoResponse info(int reference, String name) {
        DataBreakpointInfoArguments a = new DataBreakpointInfoArguments();
        a.setVariablesReference(reference);
        a.setName(name);
        return get(client.server.dataBreakpointInfo(a));
    }

    private Breakpoint[] set(String... dataIds) {
        DataBreakpoint[] bps = new DataBreakpoint[dataIds.length];
        for (int i = 0; i < dataIds.length; i++) {
            bps[i] = new DataBreakpoint();
            bps[i].setDataId(dataIds[i]);
        }
        SetDataBreakpointsArguments a = new SetDataBreakpointsArguments();
        a.setBreakpoints(bps);
        return get(client.server.setDataBreakpoints(a)).getBreakpoints();
    }

    private int memoryOf(String global) {
        Variable v = named(client.variables(client.scope(1, "Globals").getVariablesReference()), global);
        return named(client.variables(v.getVariablesReference()), "memory").getVariablesReference();
    }

    @Test
    void reboundNamesChangedRefcountsAndFreedObjectsStopTheProgram() throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), InputStream.nullInputStream(),
                plain, new ByteArrayOutputStream()));
        client = new DapClient();
        assertTrue(get(client.server.initialize(new InitializeRequestArguments())).getSupportsDataBreakpoints());
        client.close();
        client = new DapClient();
        client.start(p, Map.of(), new int[] {5, 10, 14});
        client.awaitStopped("breakpoint");

        DataBreakpointInfoResponse x = info(client.scope(1, "Locals").getVariablesReference(), "x");
        assertEquals("Break when `x` in f is rebound", x.getDescription());
        Breakpoint[] installed = set(x.getDataId());
        assertTrue(installed[0].isVerified());
        get(client.server.continue_(new ContinueArguments()));
        StoppedEventArguments rebound = client.awaitStopped("data breakpoint");
        assertEquals("Paused on data breakpoint: `x` in f was rebound: [1] → [2]", rebound.getDescription());
        assertEquals(installed[0].getId(), rebound.getHitBreakpointIds()[0]);
        assertEquals(7, client.stack()[0].getLine(), "the line after the one that rebound it");
        // f's return clears its slots: that is not a rebinding.
        get(client.server.continue_(new ContinueArguments()));
        client.awaitStopped("breakpoint");
        assertEquals(10, client.stack()[0].getLine());

        DataBreakpointInfoResponse refs = info(memoryOf("keep"), "refcount");
        assertTrue(refs.getDescription().startsWith("Break when the refcount of the list at 0x"), refs.getDescription());
        set(refs.getDataId());
        get(client.server.continue_(new ContinueArguments()));
        StoppedEventArguments held = client.awaitStopped("data breakpoint");
        assertTrue(held.getDescription().endsWith(" went from 1 to 2"), held.getDescription());
        assertEquals(11, client.stack()[0].getLine());
        get(client.server.continue_(new ContinueArguments()));
        StoppedEventArguments released = client.awaitStopped("data breakpoint");
        assertTrue(released.getDescription().endsWith(" went from 2 to 1"), released.getDescription());
        assertEquals(13, client.stack()[0].getLine());

        get(client.server.continue_(new ContinueArguments()));
        client.awaitStopped("breakpoint");
        DataBreakpointInfoResponse freed = info(memoryOf("node"), "id");
        assertTrue(freed.getDescription().startsWith("Break when the Node at 0x"), freed.getDescription());
        assertTrue(freed.getDescription().endsWith(" is freed"));
        set(refs.getDataId(), freed.getDataId());
        get(client.server.continue_(new ContinueArguments()));
        StoppedEventArguments gone = client.awaitStopped("data breakpoint");
        assertTrue(gone.getDescription().startsWith("Paused on data breakpoint: the Node at 0x"), gone.getDescription());
        assertTrue(gone.getDescription().endsWith(" was freed"));
        List<String> frames = client.frameNames();
        assertTrue(frames.get(0).startsWith("Freed: Node at 0x"), frames.toString());
        assertEquals("<module>", frames.get(1));
        assertEquals(14, client.stack()[1].getLine(), "freed by the line that dropped its last reference");
        assertTrue(named(client.variables(client.scope(1, "GC event").getVariablesReference()), "object")
                .getValue().endsWith("was freed"));

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(plain.toString(StandardCharsets.UTF_8), client.stdout());
    }

    @Test
    void whatCannotBeWatchedAndBadArgumentsGetSentences() throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, PROGRAM);
        client = new DapClient();
        client.start(p, Map.of(), new int[] {10});
        client.awaitStopped("breakpoint");
        DataBreakpointInfoResponse figure = info(client.scope(1, "Garbage collector").getVariablesReference(), "enabled");
        assertNull(figure.getDataId());
        assertTrue(figure.getDescription().startsWith("no data breakpoint can watch enabled"), figure.getDescription());
        assertNull(info(memoryOf("keep"), "tracked").getDataId());
        DataBreakpointInfoArguments noName = new DataBreakpointInfoArguments();
        noName.setVariablesReference(1);
        assertTrue(DapClient.error(client.server.dataBreakpointInfo(noName)).contains("name"));
        assertTrue(DapClient.error(client.server.dataBreakpointInfo(withName(9999, "x"))).contains("does not belong"));
        Breakpoint[] unknown = set("no-such-data");
        assertFalse(unknown[0].isVerified());
        assertTrue(unknown[0].getMessage().contains("dataBreakpointInfo"), unknown[0].getMessage());
        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
    }

    private static final String LOOP = """
            import sys, gc
            n = 0
            for i in range(1, 13):
                n = i
                tmp = [i] * 3
                print(n, sys.getrefcount(tmp), gc.get_count(), hex(id(tmp)), hex(id(object())))
            print('end')
            """;

    /**
     * A data breakpoint's condition is evaluated in the frame where the change is seen and
     * its hit condition counts the changes for which it held; the condition's own objects
     * (a list here) leave the program's ids, refcounts and gc counts as a plain run has them.
     */
    @Test
    void conditionAndHitConditionDecideWhetherAChangeStops() throws IOException {
        Path p = dir.resolve("loop.py");
        Files.writeString(p, LOOP);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), InputStream.nullInputStream(),
                plain, new ByteArrayOutputStream()));
        client = new DapClient();
        client.start(p, Map.of(), new int[] {3});
        client.awaitStopped("breakpoint");
        String n = info(client.scope(1, "Globals").getVariablesReference(), "n").getDataId();
        client.setBreakpoints(p, new int[0]);
        Breakpoint[] bad = set(new String[] {n}, "n > 0", "every other");
        assertFalse(bad[0].isVerified());
        assertTrue(bad[0].getMessage().contains("every other"), bad[0].getMessage());
        Breakpoint[] installed = set(new String[] {n}, "len([n] * 2) == 2 and n % 3 == 0", ">= 2");
        assertTrue(installed[0].isVerified(), installed[0].getMessage());
        List<Integer> stoppedAt = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            get(client.server.continue_(new ContinueArguments()));
            StoppedEventArguments s = client.awaitStopped("data breakpoint");
            assertEquals(installed[0].getId(), s.getHitBreakpointIds()[0]);
            assertEquals(5, client.stack()[0].getLine());
            stoppedAt.add(Integer.valueOf(named(client.variables(client.scope(1, "Globals").getVariablesReference()),
                    "n").getValue().split(" ")[0]));
        }
        assertEquals(List.of(6, 9, 12), stoppedAt, "n == 3 was the first hit; the hit condition wants the second");
        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(plain.toString(StandardCharsets.UTF_8), client.stdout());
        assertEquals("", client.console(), "the condition neither raised nor failed to compile");
    }

    private Breakpoint[] set(String[] dataIds, String condition, String hitCondition) {
        DataBreakpoint[] bps = new DataBreakpoint[dataIds.length];
        for (int i = 0; i < dataIds.length; i++) {
            bps[i] = new DataBreakpoint();
            bps[i].setDataId(dataIds[i]);
            bps[i].setCondition(condition);
            bps[i].setHitCondition(hitCondition);
        }
        SetDataBreakpointsArguments a = new SetDataBreakpointsArguments();
        a.setBreakpoints(bps);
        return get(client.server.setDataBreakpoints(a)).getBreakpoints();
    }

    private static DataBreakpointInfoArguments withName(int reference, String name) {
        DataBreakpointInfoArguments a = new DataBreakpointInfoArguments();
        a.setVariablesReference(reference);
        a.setName(name);
        return a;
    }
}
