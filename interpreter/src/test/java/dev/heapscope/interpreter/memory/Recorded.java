package dev.heapscope.interpreter.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures recorded from CPython 3.11 by interpreter/tools/record_*.py, read from test resources. */
final class Recorded {
    private Recorded() {
    }

    /** The rows of a tab-separated resource, comment lines skipped. */
    static List<String[]> rows(String resource) {
        InputStream in = Recorded.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource
                    + " (run the recording script under interpreter/tools)");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no rows in " + resource);
        }
        return rows;
    }

    /** Rows whose first column is {@code case}, as (second column, last column) number pairs in order. */
    static List<long[]> series(String resource, String name) {
        List<long[]> series = new ArrayList<>();
        for (String[] row : rows(resource)) {
            if (row[0].equals(name)) {
                series.add(new long[] {Long.parseLong(row[1]), Long.parseLong(row[row.length - 1])});
            }
        }
        if (series.isEmpty()) {
            throw new IllegalStateException("no series " + name + " in " + resource);
        }
        return series;
    }

    /** A two-column resource as a map from name to number. */
    static Map<String, Long> named(String resource) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String[] row : rows(resource)) {
            values.put(row[0], Long.parseLong(row[1]));
        }
        return values;
    }
}
