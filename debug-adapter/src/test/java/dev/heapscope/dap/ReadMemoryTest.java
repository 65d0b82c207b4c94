package dev.heapscope.dap;

import static dev.heapscope.dap.DapClient.get;
import static dev.heapscope.dap.DapClient.named;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.ReadMemoryArguments;
import org.eclipse.lsp4j.debug.ReadMemoryResponse;
import org.eclipse.lsp4j.debug.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * readMemory on an object's memoryReference: the simulated header (ob_refcnt, ob_type)
 * and the type's fields, compared where they are not addresses or hashes with the bytes
 * python3 itself has for the same values (read with ctypes).
 */
class ReadMemoryTest {
    @TempDir
    Path dir;

    private DapClient client;

    @AfterEach
    void disconnect() throws IOException {
        DapClient.disconnectAndClose(client);
    }

    private static final String VALUES = """
            big = 2**40 + 5
            neg = -7
            flt = 1.5
            text = 'hello'
            pair = (big, flt)
            items = [big, flt, text]
            """;

    /** CPython's bytes of each value, from offset 16 to sys.getsizeof, in hex; null without python3 3.11. */
    private static Map<String, String> cpythonBytes() throws IOException, InterruptedException {
        String script = VALUES + """
                import ctypes, sys
                for name in ('big', 'neg', 'flt', 'text', 'items'):
                    v = globals()[name]
                    print(name, ctypes.string_at(id(v), sys.getsizeof(v) if name != 'items' else 40)[16:].hex())
                print('version', sys.version_info[:2] == (3, 11))
                """;
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !out.contains("version True")) {
            return null;
        }
        Map<String, String> bytes = new java.util.HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length == 2) {
                bytes.put(parts[0], parts[1]);
            }
        }
        return bytes;
    }

    private byte[] read(String reference, long offset, int count) {
        ReadMemoryResponse r = get(client.server.readMemory(args(reference, offset, count)));
        return Base64.getDecoder().decode(r.getData());
    }

    private static ReadMemoryArguments args(String reference, long offset, int count) {
        ReadMemoryArguments a = new ReadMemoryArguments();
        a.setMemoryReference(reference);
        a.setOffset((int) offset);
        a.setCount(count);
        return a;
    }

    private static long word(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private long evaluateLong(String expression) {
        EvaluateArguments a = new EvaluateArguments();
        a.setExpression(expression);
        a.setContext("clipboard");
        a.setFrameId(1);
        return Long.parseLong(get(client.server.evaluate(a)).getResult());
    }

    /** The refcount the Variables view shows, or -1 for a static object's. */
    private static long refsShown(Variable v) {
        if (v.getValue().contains(" · refs static · ")) {
            return -1;
        }
        Matcher m = Pattern.compile(" · refs (\\d+) · ").matcher(v.getValue());
        assertTrue(m.find(), v.getValue());
        return Long.parseLong(m.group(1));
    }

    @Test
    void objectsReadAsCpythonLaysThemOut() throws Exception {
        Map<String, String> cpython = cpythonBytes();
        Assumptions.assumeTrue(cpython != null, "python3 3.11 with ctypes is needed to compare");
        Path p = dir.resolve("prog.py");
        Files.writeString(p, VALUES + "print(len(items))\n");
        client = new DapClient();
        assertTrue(get(client.server.initialize(new InitializeRequestArguments())).getSupportsReadMemoryRequest());
        client.close();
        client = new DapClient();
        client.start(p, Map.of(), new int[] {7});
        client.awaitStopped("breakpoint");
        Variable[] globals = client.variables(client.scope(1, "Globals").getVariablesReference());

        for (String name : List.of("big", "neg", "flt", "text", "items")) {
            Variable v = named(globals, name);
            byte[] cp = HexFormat.of().parseHex(cpython.get(name));
            byte[] ours = read(v.getMemoryReference(), 0, 16 + cp.length);
            long refs = refsShown(v);
            if (refs < 0) {
                assertTrue(word(ours, 0) >= 1L << 40, name + ": a static object's count");
            } else {
                assertEquals(refs, word(ours, 0), name + ": ob_refcnt");
            }
            assertEquals(evaluateLong("id(type(" + name + "))"), word(ours, 8), name + ": ob_type");
            byte[] fields = Arrays.copyOfRange(ours, 16, ours.length);
            switch (name) {
                case "text" -> {
                    assertArrayEquals(Arrays.copyOfRange(cp, 0, 8), Arrays.copyOfRange(fields, 0, 8), "length");
                    assertEquals(cp[16] & 0xfc, fields[16] & 0xfc, "state: kind, compact, ascii, ready");
                    assertArrayEquals(Arrays.copyOfRange(cp, 32, cp.length), Arrays.copyOfRange(fields, 32, cp.length),
                            "the characters and their NUL");
                }
                case "items" -> {
                    assertEquals(word(cp, 0), word(fields, 0), "ob_size");
                    assertEquals(word(cp, 16), word(fields, 16), "allocated");
                }
                default -> assertArrayEquals(cp, fields, name + ": the type's fields");
            }
        }

        Variable pair = named(globals, "pair");
        byte[] tuple = read(pair.getMemoryReference(), -16, 16 + 40);
        assertEquals(56, tuple.length, "the PyGC_Head comes before the object");
        assertEquals(2, word(tuple, 32), "ob_size");
        assertEquals(evaluateLong("id(big)"), word(tuple, 40));
        assertEquals(evaluateLong("id(flt)"), word(tuple, 48));

        ReadMemoryResponse past = get(client.server.readMemory(args(pair.getMemoryReference(), 4096, 32)));
        assertEquals("", past.getData());
        assertEquals(32, past.getUnreadableBytes());
        ReadMemoryResponse tail = get(client.server.readMemory(args(pair.getMemoryReference(), 32, 64)));
        assertEquals(8, Base64.getDecoder().decode(tail.getData()).length, "the last item pointer, then nothing known");
        assertEquals(56, tail.getUnreadableBytes());
        assertNull(get(client.server.readMemory(args(pair.getMemoryReference(), 0, 8))).getUnreadableBytes());

        assertTrue(DapClient.error(client.server.readMemory(args("0x1234", 0, 8))).contains("not the id of an object shown"));
        assertTrue(DapClient.error(client.server.readMemory(args("nowhere", 0, 8))).contains("memoryReference must be"));
        assertTrue(DapClient.error(client.server.readMemory(args(pair.getMemoryReference(), 0, -1))).contains("count"));

        get(client.server.continue_(new ContinueArguments()));
        assertEquals(0, client.awaitExit());
        assertEquals("3\n", client.stdout());
    }
}
