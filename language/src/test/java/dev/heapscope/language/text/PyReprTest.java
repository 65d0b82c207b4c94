package dev.heapscope.language.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compares PyRepr with the reprs CPython 3.11 printed, recorded by language/tools/record_reprs.py. */
class PyReprTest {

    private static List<String[]> records(String name) throws IOException {
        try (InputStream in = PyReprTest.class.getResourceAsStream("/text/" + name)) {
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                out.add(line.split("\t", 2));
            }
            return out;
        }
    }

    private static double fromBits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** Collects every mismatch, so one run shows them all. */
    private static void assertNoMismatches(List<String> mismatches, int total) {
        assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
            mismatches.size() + " of " + total + " differ");
    }

    @Test
    void floatsMatchCPython() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String[]> records = records("floats.txt");
        for (String[] r : records) {
            String actual = PyRepr.floatRepr(fromBits(r[0]));
            if (!actual.equals(r[1])) {
                mismatches.add(r[0] + ": expected " + r[1] + " but was " + actual);
            }
        }
        assertNoMismatches(mismatches, records.size());
    }

    @Test
    void complexMatchesCPython() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String[]> records = records("complex.txt");
        for (String[] r : records) {
            String[] parts = r[0].split(" ");
            String actual = PyRepr.complexRepr(fromBits(parts[0]), fromBits(parts[1]));
            if (!actual.equals(r[1])) {
                mismatches.add(r[0] + ": expected " + r[1] + " but was " + actual);
            }
        }
        assertNoMismatches(mismatches, records.size());
    }

    @Test
    void stringsMatchCPython() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String[]> records = records("strings.txt");
        for (String[] r : records) {
            String actual = PyRepr.str(json(r[0]));
            String expected = json(r[1]);
            if (!actual.equals(expected)) {
                mismatches.add(r[0] + ": expected " + expected + " but was " + actual);
            }
        }
        assertNoMismatches(mismatches, records.size());
    }

    @Test
    void bytesMatchCPython() throws IOException {
        List<String> mismatches = new ArrayList<>();
        List<String[]> records = records("bytes.txt");
        for (String[] r : records) {
            String actual = PyRepr.bytes(HexFormat.of().parseHex(r[0]));
            if (!actual.equals(r[1])) {
                mismatches.add(r[0] + ": expected " + r[1] + " but was " + actual);
            }
        }
        assertNoMismatches(mismatches, records.size());
    }

    /** A JSON string literal as Python's json.dumps writes it (ASCII only, \\uXXXX escapes). */
    private static String json(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            c = literal.charAt(++i);
            switch (c) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
