package dev.heapscope.language.literals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The character names a {@code \N{...}} escape accepts, as CPython 3.11's unicodedata
 * looks them up: table names and formal aliases compared without regard to ASCII case,
 * CJK unified ideographs and Hangul syllables named algorithmically and compared exactly.
 * Named sequences are not characters and are rejected.
 */
final class UnicodeNames {
    private UnicodeNames() {
    }

    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";

    /** Conjoining jamo short names, in the order of the Hangul syllable formula. */
    private static final String[] LEADING = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "",
        "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TRAILING = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_BASE = 0xAC00;

    /**
     * The code point named {@code name}, or -1 when CPython's {@code \N} escape rejects it.
     * The name is the raw text between the braces.
     */
    static int lookup(String name) {
        if (name.startsWith(CJK_PREFIX)) {
            return cjkIdeograph(name.substring(CJK_PREFIX.length()));
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            return hangulSyllable(name.substring(HANGUL_PREFIX.length()));
        }
        Integer cp = Table.NAMES.get(name.toUpperCase(Locale.ROOT));
        // toUpperCase maps some non-ASCII letters to ASCII (e.g. dotless i); CPython
        // upper-cases ASCII only, so such names must not match.
        if (cp == null || !isAscii(name)) {
            return -1;
        }
        return cp;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Four or five upper-case hex digits naming a code point in a unified-ideograph block. */
    private static int cjkIdeograph(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int cp = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            cp = cp * 16 + digit;
        }
        for (int[] range : Table.CJK) {
            if (cp >= range[0] && cp <= range[1]) {
                return cp;
            }
        }
        return -1;
    }

    /**
     * A syllable name is leading consonant, vowel and trailing consonant, each matched
     * greedily (longest jamo name first) and the whole name consumed.
     */
    private static int hangulSyllable(String rest) {
        int[] pos = {0};
        int l = longestJamo(rest, pos, LEADING);
        int v = longestJamo(rest, pos, VOWELS);
        int t = longestJamo(rest, pos, TRAILING);
        if (l < 0 || v < 0 || t < 0 || pos[0] != rest.length()) {
            return -1;
        }
        return HANGUL_BASE + (l * VOWELS.length + v) * TRAILING.length + t;
    }

    private static int longestJamo(String s, int[] pos, String[] names) {
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < names.length; i++) {
            String jamo = names[i];
            if (jamo.length() > bestLength && s.startsWith(jamo, pos[0])) {
                best = i;
                bestLength = jamo.length();
            }
        }
        if (best >= 0) {
            pos[0] += bestLength;
        }
        return best;
    }

    /** Loaded on the first {@code \N} escape only: most programs never need it. */
    private static final class Table {
        static final Map<String, Integer> NAMES = new HashMap<>(48_000);
        static final List<int[]> CJK = new ArrayList<>();

        static {
            try (InputStream in = UnicodeNames.class.getResourceAsStream("unicode_names.txt");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("@cjk ")) {
                        int dash = line.indexOf('-');
                        CJK.add(new int[] {Integer.parseInt(line.substring(5, dash), 16),
                            Integer.parseInt(line.substring(dash + 1), 16)});
                        continue;
                    }
                    int space = line.indexOf(' ');
                    NAMES.put(line.substring(space + 1), Integer.parseInt(line.substring(0, space), 16));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
