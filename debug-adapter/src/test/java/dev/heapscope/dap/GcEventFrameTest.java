package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static dev.heapscope.dap.DapClient.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop on "GC: unreachable objects found" comes while the collection holds its garbage
 * on its own list, before finalizers and clears: the heap graph and the synthetic GC
 * event frame's scopes show that garbage, flagged unreachable.
 */
class GcEventFrameTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            import gc, sys
            class Node:
                def __init__(self, name):
                    self.name = name
                    self.next = None
                def __del__(self):
                    print('del', self.name)
            def make():
                a = Node('a'); b = Node('b')
                a.next = b; b.next = a
            gc.disable()
            make()
            kept = [1]
            found = gc.collect()
            print(found, sys.getrefcount(kept), gc.get_count())
            """;

    private Path program() throws IOException {
        Path p = dir.resolve("cycle.py");
        Files.writeString(p, PROGRAM);
        return p;
    }

    private String plainRun(Path p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), InputStream.nullInputStream(),
                out, new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHeapGraphDrawsTheGarbageTheCollectionFoundAsUnreachable() throws IOException {
        Path p = program();
        String plain = plainRun(p);
        client = new DapClient();
        client.start(p, Map.of(), new int[0], "gcCollected");
        var stopped = client.awaitStopped("exception");
        assertEquals("Paused on GC: generation 2 collection, 2 unreachable objects", stopped.getDescription());
        assertEquals("", client.stdout(), "no finalizer has run yet");

        JsonObject g = get(client.server.heapGraph(Map.of()));
        List<JsonObject> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonElement e : g.getAsJsonArray("objects")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("type").getAsString().equals("Node")) {
                nodes.add(o);
                ids.add(o.get("id").getAsString());
            }
        }
        assertEquals(2, nodes.size(), "both Nodes of the cycle are drawn");
        for (JsonObject node : nodes) {
            assertTrue(node.get("unreachable").getAsBoolean(), node.toString());
            assertEquals(1, node.get("refcount").getAsLong(), "each Node is held by the other only");
        }
        int nextEdges = 0;
        for (JsonElement e : g.getAsJsonArray("edges")) {
            JsonObject edge = e.getAsJsonObject();
            if (ids.contains(edge.get("from").getAsString()) && edge.get("label").getAsString().equals(".next")) {
                assertTrue(ids.contains(edge.get("to").getAsString()));
                nextEdges++;
            }
        }
        assertEquals(2, nextEdges, "the cycle's two references are drawn");

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(plain, client.stdout(), "stopping inside the collection changed nothing");
    }

    @Test
    void theGcEventFrameHasScopesWithTheFiguresAndTheUnreachableObjects() throws IOException {
        Path p = program();
        String plain = plainRun(p);
        client = new DapClient();
        client.start(p, Map.of(), new int[0], "gcCollected");
        client.awaitStopped("exception");
        var frames = client.stack();
        assertEquals("GC: generation 2 collection, 2 unreachable objects", frames[0].getName());
        assertEquals(null, frames[0].getPresentationHint(), "a frame the user can select, not a label");
        assertEquals(14, frames[1].getLine(), "under it, the line that called gc.collect()");

        List<String> scopeNames = new ArrayList<>();
        for (Scope s : client.scopes(frames[0].getId())) {
            scopeNames.add(s.getName());
        }
        assertEquals(List.of("GC event", "Unreachable objects", "Garbage collector"), scopeNames);
        Variable[] figures = client.variables(client.scope(frames[0].getId(), "GC event").getVariablesReference());
        assertEquals("2", named(figures, "generation").getValue());
        assertEquals("2", named(figures, "unreachable").getValue());
        assertEquals("2", named(figures, "collected").getValue());
        assertEquals("0", named(figures, "uncollectable").getValue());

        Variable[] garbage = client.variables(
                client.scope(frames[0].getId(), "Unreachable objects").getVariablesReference());
        assertEquals(2, garbage.length);
        Set<String> names = new HashSet<>();
        for (Variable v : garbage) {
            assertEquals("Node", v.getType());
            assertTrue(v.getValue().contains("refs 1 · gen 2 · unreachable"), v.getValue());
            Variable[] children = client.variables(v.getVariablesReference());
            names.add(named(children, "name").getValue().split(" ")[0]);
            assertTrue(named(children, "next").getValue().contains("unreachable"), "its referent is garbage too");
            Variable[] memory = client.variables(named(children, "memory").getVariablesReference());
            assertTrue(named(memory, "unreachable").getValue().startsWith("True"));
            assertEquals("1 (sys.getrefcount would say 2)", named(memory, "refcount").getValue());
            Variable[] holders = client.variables(named(memory, "refcount").getVariablesReference());
            assertEquals(1, holders.length);
            assertTrue(holders[0].getValue().startsWith("attribute `next` of a Node"), holders[0].getValue());
        }
        assertEquals(Set.of("'a'", "'b'"), names);

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(plain, client.stdout(), "inspecting the garbage changed nothing");
    }
}
