package dev.heapscope.interpreter.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.interpreter.runtime.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A traceback through a module Heapscope ships names a file the user can open, as CPython's
 * names its standard library's file: the file exists, and its line is the line shown.
 */
class ShippedFilesTest {
    @TempDir
    Path dir;

    private static final Pattern ENTRY = Pattern.compile("  File \"([^\"]+)\", line (\\d+), in (\\S+)");

    @Test
    void tracebackThroughShippedModuleNamesAnOpenableFile() throws Exception {
        Path p = dir.resolve("decode.py");
        Files.writeString(p, "import json\nimport os\nprint(os.path.isfile(json.__file__), json.__file__.endswith('json/__init__.py'))\n"
                + "json.loads('{')\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Interpreter.runFile(p, List.of(), new ByteArrayInputStream(new byte[0]), out, err);
        assertEquals(1, status);
        assertEquals("True True\n", out.toString(StandardCharsets.UTF_8));
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        int shipped = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ENTRY.matcher(lines[i]);
            if (!m.matches() || m.group(1).equals(p.toString())) {
                continue;
            }
            Path file = Path.of(m.group(1));
            assertTrue(file.isAbsolute() && Files.isRegularFile(file), "not a file: " + file);
            String source = Files.readAllLines(file).get(Integer.parseInt(m.group(2)) - 1).strip();
            assertEquals("    " + source, lines[i + 1], "the line shown is the file's line");
            shipped++;
        }
        assertTrue(shipped >= 2, "entries in json's modules: " + String.join("\n", lines));
        assertTrue(lines[lines.length - 1].startsWith("json.decoder.JSONDecodeError: Expecting property name"),
                lines[lines.length - 1]);
    }
}
