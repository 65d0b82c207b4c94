package dev.heapscope.server.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * CPython 3.11's builtins: every name of {@code dir(builtins)} with its kind, signature and
 * docstring, as {@code server/tools/record_builtins.py} recorded them. Loaded once; immutable.
 */
public final class Builtins {

    /** One builtin name. {@code signature} is empty when CPython knows none. */
    public record Builtin(String name, String kind, String signature, String doc) {
    }

    /**
     * Names every module has in its globals before its first statement runs, besides the
     * builtins: the import system sets them.
     */
    public static final Set<String> MODULE_ATTRIBUTES = Set.of("__name__", "__doc__", "__package__",
            "__loader__", "__spec__", "__file__", "__cached__", "__builtins__", "__annotations__", "__path__");

    private static final Map<String, Builtin> ALL = load();

    private Builtins() {
    }

    public static boolean isBuiltin(String name) {
        return ALL.containsKey(name);
    }

    public static Builtin get(String name) {
        return ALL.get(name);
    }

    public static Map<String, Builtin> all() {
        return ALL;
    }

    private static Map<String, Builtin> load() {
        Map<String, Builtin> map = new LinkedHashMap<>();
        try (InputStream in = Builtins.class.getResourceAsStream("builtins.tsv")) {
            if (in == null) {
                throw new IllegalStateException("builtins.tsv is missing from the server's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                map.put(parts[0], new Builtin(parts[0], parts[1], parts[2], unescape(parts[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
