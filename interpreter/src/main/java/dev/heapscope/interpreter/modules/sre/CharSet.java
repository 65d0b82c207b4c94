package dev.heapscope.interpreter.modules.sre;

import java.util.Arrays;

/** The members of a [...] set: ranges (single characters are one-character ranges) and categories. */
final class CharSet {
    private int[] ranges = new int[8];
    private int rangeCount;
    private int[] categories = new int[0];
    boolean negate;

    void addRange(int lo, int hi) {
        if (rangeCount * 2 == ranges.length) {
            ranges = Arrays.copyOf(ranges, ranges.length * 2);
        }
        ranges[rangeCount * 2] = lo;
        ranges[rangeCount * 2 + 1] = hi;
        rangeCount++;
    }

    void addCategory(int category) {
        categories = Arrays.copyOf(categories, categories.length + 1);
        categories[categories.length - 1] = category;
    }

    /** Whether c is a member, ignoring {@link #negate}. */
    boolean contains(int c, int mode) {
        for (int i = 0; i < rangeCount; i++) {
            if (c >= ranges[2 * i] && c <= ranges[2 * i + 1]) {
                return true;
            }
        }
        for (int category : categories) {
            if (Chars.category(category, c, mode)) {
                return true;
            }
        }
        return false;
    }

    /** The set test with negation and, when ignoring case, every case variant of c. */
    boolean matches(int c, int mode, boolean ignoreCase) {
        boolean in = contains(c, mode);
        if (!in && ignoreCase) {
            int f = Chars.fold(c, mode);
            in = contains(Chars.lower(c, mode), mode) || contains(Chars.upper(c, mode), mode)
                    || contains(f, mode) || contains(Chars.upper(f, mode), mode);
        }
        return in != negate;
    }

    /** The single character of a one-member set, or -1. */
    int single() {
        return rangeCount == 1 && categories.length == 0 && ranges[0] == ranges[1] ? ranges[0] : -1;
    }
}
