package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** heapscope/heapGraph over the protocol, checked against the shape of vscode-extension's protocol.ts. */
class HeapGraphTest {
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
            def make():
                a = Node('a'); b = Node('b')
                a.next = b; b.next = a
            gc.disable()
            make()
            data = [1, 'two', (3, 4)]
            def f(x, *rest):
                y = {'k': x}
                def inner():
                    return y
                return inner
            g = f(data)
            print(sys.getrefcount(data), gc.get_count(), len(gc.get_objects()))
            """;
    private static final int RETURN_INNER = 16;

    private Path program() throws IOException {
        Path p = dir.resolve("graph.py");
        Files.writeString(p, PROGRAM);
        return p;
    }

    private static JsonObject graph(DapClient c, Map<String, Object> args) {
        return get(c.server.heapGraph(args));
    }

    private static JsonObject byField(JsonArray array, String field, String value) {
        for (JsonElement e : array) {
            JsonObject o = e.getAsJsonObject();
            if (o.has(field) && o.get(field).getAsString().equals(value)) {
                return o;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    private static List<JsonObject> edgesFrom(JsonObject graph, String from) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonElement e : graph.getAsJsonArray("edges")) {
            if (e.getAsJsonObject().get("from").getAsString().equals(from)) {
                out.add(e.getAsJsonObject());
            }
        }
        return out;
    }

    private static JsonObject edge(JsonObject graph, String from, String label) {
        for (JsonObject e : edgesFrom(graph, from)) {
            if (e.get("label").getAsString().equals(label)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + label + " from " + from);
    }

    private static String evaluate(DapClient c, String expression) {
        EvaluateArguments args = new EvaluateArguments();
        args.setExpression(expression);
        args.setContext("repl");
        args.setFrameId(1);
        String shown = get(c.server.evaluate(args)).getResult();
        // memoryInfo "off": the value is the repr alone.
        return shown;
    }

    @Test
    void framesNamesObjectsEdgesAndUnreachableCycles() throws IOException {
        Path p = program();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(p, List.of(), InputStream.nullInputStream(),
                plain, new ByteArrayOutputStream()));
        client = new DapClient();
        client.start(p, Map.of("memoryInfo", "off"), new int[] {RETURN_INNER});
        client.awaitStopped("breakpoint");

        JsonObject g = graph(client, Map.of());
        JsonArray frames = g.getAsJsonArray("frames");
        assertEquals(2, frames.size());
        JsonObject f = frames.get(0).getAsJsonObject();
        assertEquals("1", f.get("id").getAsString());
        assertEquals("f", f.get("name").getAsString());
        assertEquals(0, f.get("depth").getAsInt());
        assertEquals(RETURN_INNER, f.get("line").getAsInt());
        JsonObject module = frames.get(1).getAsJsonObject();
        assertEquals("<module>", module.get("name").getAsString());
        assertEquals(1, module.get("depth").getAsInt());

        JsonArray fNames = f.getAsJsonArray("names");
        assertEquals("parameter", byField(fNames, "name", "x").get("kind").getAsString());
        assertEquals("parameter", byField(fNames, "name", "rest").get("kind").getAsString());
        assertEquals("cell", byField(fNames, "name", "y").get("kind").getAsString());
        assertEquals("local", byField(fNames, "name", "inner").get("kind").getAsString());
        JsonArray moduleNames = module.getAsJsonArray("names");
        assertEquals("global", byField(moduleNames, "name", "data").get("kind").getAsString());
        for (JsonElement n : moduleNames) {
            assertFalse(n.getAsJsonObject().get("name").getAsString().equals("__name__"), "module attributes are left out");
        }

        String dataId = byField(moduleNames, "name", "data").get("target").getAsString();
        assertEquals(dataId, byField(fNames, "name", "x").get("target").getAsString());
        assertEquals(evaluate(client, "id(data)"), dataId, "object ids are id() in decimal");
        JsonArray objects = g.getAsJsonArray("objects");
        JsonObject data = byField(objects, "id", dataId);
        assertEquals("list", data.get("type").getAsString());
        assertEquals("[1, 'two', (3, 4)]", data.get("repr").getAsString());
        assertEquals(3, data.get("refcount").getAsLong(), "the global, f's parameter and y's entry (python3 says 3 too)");
        assertEquals(0, data.get("generation").getAsInt());
        assertFalse(data.get("unreachable").getAsBoolean());
        assertEquals(evaluate(client, "sys.getsizeof(data)"), data.get("size").getAsString());
        assertEquals("name", edge(g, "1", "x").get("kind").getAsString());
        assertEquals(dataId, edge(g, "2", "data").get("to").getAsString());

        JsonObject one = byField(objects, "id", edge(g, dataId, "[0]").get("to").getAsString());
        assertTrue(one.get("immortal").getAsBoolean(), "small ints are static");
        assertEquals("untracked", one.get("generation").getAsString());
        JsonObject pair = byField(objects, "id", edge(g, dataId, "[2]").get("to").getAsString());
        assertEquals("(3, 4)", pair.get("repr").getAsString());
        assertEquals("ref", edge(g, dataId, "[2]").get("kind").getAsString());

        String dictId = byField(fNames, "name", "y").get("target").getAsString();
        assertEquals(dataId, edge(g, dictId, "['k']").get("to").getAsString());

        List<JsonObject> nodes = new ArrayList<>();
        for (JsonElement e : objects) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("type").getAsString().equals("Node")) {
                nodes.add(o);
            }
        }
        assertEquals(2, nodes.size(), "the cycle make() dropped is drawn");
        for (JsonObject node : nodes) {
            assertTrue(node.get("unreachable").getAsBoolean());
            assertEquals(1, node.get("refcount").getAsLong(), "each Node is held by the other only");
            String next = edge(g, node.get("id").getAsString(), ".next").get("to").getAsString();
            assertTrue(nodes.stream().anyMatch(n -> n.get("id").getAsString().equals(next)));
        }

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(plain.toString(StandardCharsets.UTF_8), client.stdout(), "drawing the heap changed nothing");
    }

    @Test
    void limitsTruncateAndBadArgumentsGetSentences() throws IOException {
        Path p = program();
        client = new DapClient();
        assertTrue(DapClient.error(client.server.heapGraph(Map.of())).contains("not paused"));
        client.start(p, Map.of(), new int[] {RETURN_INNER});
        client.awaitStopped("breakpoint");

        Map<String, Object> small = new HashMap<>();
        small.put("maxObjects", 2);
        JsonObject g = graph(client, small);
        assertEquals(2, g.getAsJsonArray("objects").size());
        assertTrue(g.get("truncated").getAsBoolean());
        for (JsonElement e : g.getAsJsonArray("edges")) {
            String to = e.getAsJsonObject().get("to").getAsString();
            assertNotNull(byField(g.getAsJsonArray("objects"), "id", to), "edges end at objects in the graph");
        }

        JsonObject shallow = graph(client, Map.of("maxDepth", 1));
        JsonObject full = graph(client, Map.of("maxDepth", 10, "maxObjects", 10000));
        assertTrue(shallow.getAsJsonArray("objects").size() < full.getAsJsonArray("objects").size());
        assertTrue(shallow.get("truncated").getAsBoolean());

        assertTrue(DapClient.error(client.server.heapGraph(Map.of("maxDepth", "three"))).contains("maxDepth"));
        assertTrue(DapClient.error(client.server.heapGraph(Map.of("maxObjects", 0))).contains("maxObjects"));
        assertTrue(DapClient.error(client.server.heapGraph(Map.of("threadId", 7))).contains("thread"));
        // The adapter is still there.
        assertEquals(2, graph(client, Map.of()).getAsJsonArray("frames").size());
    }
}
