package dev.heapscope.interpreter.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** linecache: source lines of files by name, read once, for tracebacks and the debugger. */
public final class SourceLines {
    private SourceLines() {
    }

    private static final Map<String, String[]> CACHE = new HashMap<>();

    /** Registers the text of a file that may not be on disk (a -c program, a test case). */
    public static synchronized void register(String filename, String text) {
        CACHE.put(filename, text.split("\r\n|\r|\n", -1));
    }

    /** Line {@code lineno} (1-based) of the file without its line ending, or null. */
    public static synchronized String line(String filename, int lineno) {
        String[] lines = CACHE.get(filename);
        if (lines == null) {
            try {
                String text = new String(Files.readAllBytes(Path.of(filename)), StandardCharsets.UTF_8);
                lines = text.split("\r\n|\r|\n", -1);
            } catch (IOException | RuntimeException e) {
                lines = new String[0];
            }
            CACHE.put(filename, lines);
        }
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
    }
}
