package dev.heapscope.server.completion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** CPython 3.11's {@code keyword.kwlist} and {@code softkwlist}, as server/tools/record_keywords.py recorded them. */
public final class Keywords {
    private static final List<String> HARD = new ArrayList<>();
    private static final List<String> SOFT = new ArrayList<>();

    static {
        try (InputStream in = Keywords.class.getResourceAsStream("keywords.txt")) {
            if (in == null) {
                throw new IllegalStateException("keywords.txt is missing from the server's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t");
                (parts[1].equals("soft") ? SOFT : HARD).add(parts[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Keywords() {
    }

    /** Words that can never be identifiers (soft keywords can). */
    public static boolean isKeyword(String word) {
        return HARD.contains(word);
    }

    public static List<String> hard() {
        return Collections.unmodifiableList(HARD);
    }

    public static List<String> soft() {
        return Collections.unmodifiableList(SOFT);
    }
}
