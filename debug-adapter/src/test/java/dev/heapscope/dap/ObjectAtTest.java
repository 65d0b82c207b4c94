package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** heapscope/objectAt over the protocol: the name at a position, resolved by its scope in the right frame. */
class ObjectAtTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String PROGRAM = """
            import sys
            limit = 10
            def outer(n):
                total = 0
                def add(k):
                    nonlocal total
                    total += k + limit
                    return len([total])
                for i in range(n):
                    add(i)
                return total
            later = None
            outer(3)
            later = 5
            after = sys.getrefcount(outer)
            print(later, after)
            """;
    private static final String[] LINES = PROGRAM.split("\n");

    private Path program;

    /** objectAt for the {@code nth} (from 0) occurrence of {@code word} on {@code line}, 1-based column. */
    private JsonObject at(int line, String word, int nth) {
        int column = -1;
        for (int i = 0; i <= nth; i++) {
            column = LINES[line - 1].indexOf(word, column + 1);
        }
        assertTrue(column >= 0, word + " is on line " + line);
        return at(line, column + 1);
    }

    private JsonObject at(int line, int column) {
        Map<String, Object> args = new HashMap<>();
        args.put("source", Map.of("path", program.toString()));
        args.put("line", line);
        args.put("column", column);
        return get(client.server.objectAt(args));
    }

    private static void assertFound(JsonObject r, String name, String kind, int frameId, String repr) {
        assertTrue(r.get("found").getAsBoolean(), () -> "found " + name + ": " + r);
        assertEquals(name, r.get("name").getAsString());
        assertEquals(kind, r.get("kind").getAsString(), name);
        assertEquals(frameId, r.get("frameId").getAsInt(), name);
        assertEquals(repr, r.getAsJsonObject("object").get("repr").getAsString(), name);
    }

    private static String reason(JsonObject r) {
        assertFalse(r.get("found").getAsBoolean(), () -> "not found: " + r);
        return r.get("reason").getAsString();
    }

    @Test
    void namesResolveByScopeInTheFrameRunningTheirCode() throws IOException {
        program = dir.resolve("names.py");
        Files.writeString(program, PROGRAM);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        assertEquals(0, dev.heapscope.interpreter.runtime.Interpreter.runFile(program, List.of(),
                InputStream.nullInputStream(), plain, new ByteArrayOutputStream()));
        client = new DapClient();
        assertEquals("the program is not paused", reason(at(7, "total", 0)));
        client.start(program, Map.of(), new int[] {8, 15});
        client.awaitStopped("breakpoint");

        // Frame 1 is add (k == 0), frame 2 outer, frame 3 the module.
        assertFound(at(7, "total", 0), "total", "free", 1, "10");
        assertFound(at(4, "total", 0), "total", "cell", 2, "10");
        assertFound(at(5, "k", 0), "k", "parameter", 1, "0");
        assertFound(at(3, "n", 0), "n", "parameter", 2, "3");
        assertFound(at(9, "i", 0), "i", "local", 2, "0");
        assertFound(at(7, "limit", 0), "limit", "global", 1, "10");
        assertFound(at(8, "len", 0), "len", "builtin", 1, "<built-in function len>");
        JsonObject add = at(10, "add", 0);
        assertFound(add, "add", "local", 2, add.getAsJsonObject("object").get("repr").getAsString());
        assertEquals("function", add.getAsJsonObject("object").get("type").getAsString());
        assertFound(at(5, "add", 0), "add", "local", 2, add.getAsJsonObject("object").get("repr").getAsString());
        JsonObject outer = at(13, "outer", 0);
        assertFound(outer, "outer", "global", 3, outer.getAsJsonObject("object").get("repr").getAsString());
        assertTrue(outer.get("variablesReference").getAsInt() > 0);
        assertTrue(client.variables(outer.get("variablesReference").getAsInt()).length > 0, "the object expands");
        JsonObject limit = at(2, "limit", 0);
        assertTrue(limit.getAsJsonObject("object").get("immortal").getAsBoolean(), "10 is a small int");
        assertEquals("untracked", limit.getAsJsonObject("object").get("generation").getAsString());

        assertTrue(reason(at(15, "after", 0)).contains("not defined yet"));
        assertTrue(reason(at(3, "def", 0)).contains("no name"));
        assertTrue(reason(at(4, 1)).contains("no name"), "indentation");
        assertFound(at(16, "print", 0), "print", "builtin", 3, "<built-in function print>");

        client.setBreakpoints(program, 15);
        get(client.server.continue_(new ContinueArguments()));
        client.awaitStopped("breakpoint");
        // Paused in the module: add and outer are not running; globals still resolve.
        assertTrue(reason(at(5, "k", 0)).contains("`add` is not running"));
        assertTrue(reason(at(4, "total", 0)).contains("`outer` is not running"));
        assertFound(at(7, "limit", 0), "limit", "global", 1, "10");
        assertFound(at(14, "later", 0), "later", "global", 1, "5");

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals(plain.toString(StandardCharsets.UTF_8), client.stdout(), "looking changed nothing");
    }

    @Test
    void wrongArgumentsGetErrorResponses() throws IOException {
        program = dir.resolve("names.py");
        Files.writeString(program, PROGRAM);
        client = new DapClient();
        client.start(program, Map.of(), new int[] {8});
        client.awaitStopped("breakpoint");
        assertTrue(DapClient.error(client.server.objectAt(Map.of("line", 1, "column", 1))).contains("source"));
        assertTrue(DapClient.error(client.server.objectAt(Map.of("source", Map.of("path", program.toString()),
                "column", 1))).contains("line"));
        assertTrue(DapClient.error(client.server.objectAt(Map.of("source", Map.of("path", program.toString()),
                "line", "seven", "column", 1))).contains("line"));
        assertTrue(DapClient.error(client.server.objectAt(Map.of("source", Map.of("path", program.toString()),
                "line", 0, "column", 1))).contains("below"));
        assertTrue(reason(get(client.server.objectAt(Map.of("source", Map.of("path", dir.resolve("missing.py")
                .toString()), "line", 1, "column", 1)))).contains("cannot read"));
        assertTrue(reason(at(99, 1)).contains("outside"));
        assertFound(at(7, "total", 0), "total", "free", 1, "10");
    }
}
