package dev.heapscope.interpreter.modules;

import java.util.HashMap;
import java.util.Locale;

/**
 * Unicode's full case mappings as str's title(), capitalize() and swapcase() use them
 * (CPython's _PyUnicode_ToTitleFull and friends): one character may map to several.
 * Java gives the full upper and lower mappings (String.toUpperCase/toLowerCase) but only
 * the simple title mapping, so the characters whose title mapping is longer than one
 * character (SpecialCasing.txt, as CPython 3.11's Unicode 14 database has them) are listed.
 */
final class CaseMappings {
    private CaseMappings() {
    }

    private static final HashMap<Integer, String> MULTI_TITLE = new HashMap<>();

    static {
        Object[] pairs = {
            0x00DF, "\u0053\u0073",
            0x0149, "\u02BC\u004E",
            0x01F0, "\u004A\u030C",
            0x0390, "\u0399\u0308\u0301",
            0x03B0, "\u03A5\u0308\u0301",
            0x0587, "\u0535\u0582",
            0x1E96, "\u0048\u0331",
            0x1E97, "\u0054\u0308",
            0x1E98, "\u0057\u030A",
            0x1E99, "\u0059\u030A",
            0x1E9A, "\u0041\u02BE",
            0x1F50, "\u03A5\u0313",
            0x1F52, "\u03A5\u0313\u0300",
            0x1F54, "\u03A5\u0313\u0301",
            0x1F56, "\u03A5\u0313\u0342",
            0x1FB2, "\u1FBA\u0345",
            0x1FB4, "\u0386\u0345",
            0x1FB6, "\u0391\u0342",
            0x1FB7, "\u0391\u0342\u0345",
            0x1FC2, "\u1FCA\u0345",
            0x1FC4, "\u0389\u0345",
            0x1FC6, "\u0397\u0342",
            0x1FC7, "\u0397\u0342\u0345",
            0x1FD2, "\u0399\u0308\u0300",
            0x1FD3, "\u0399\u0308\u0301",
            0x1FD6, "\u0399\u0342",
            0x1FD7, "\u0399\u0308\u0342",
            0x1FE2, "\u03A5\u0308\u0300",
            0x1FE3, "\u03A5\u0308\u0301",
            0x1FE4, "\u03A1\u0313",
            0x1FE6, "\u03A5\u0342",
            0x1FE7, "\u03A5\u0308\u0342",
            0x1FF2, "\u1FFA\u0345",
            0x1FF4, "\u038F\u0345",
            0x1FF6, "\u03A9\u0342",
            0x1FF7, "\u03A9\u0342\u0345",
            0xFB00, "\u0046\u0066",
            0xFB01, "\u0046\u0069",
            0xFB02, "\u0046\u006C",
            0xFB03, "\u0046\u0066\u0069",
            0xFB04, "\u0046\u0066\u006C",
            0xFB05, "\u0053\u0074",
            0xFB06, "\u0053\u0074",
            0xFB13, "\u0544\u0576",
            0xFB14, "\u0544\u0565",
            0xFB15, "\u0544\u056B",
            0xFB16, "\u054E\u0576",
            0xFB17, "\u0544\u056D"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            MULTI_TITLE.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
    }

    /** A cased character (Lu, Ll, Lt, or Other_Uppercase/Other_Lowercase): what title() resets on. */
    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    static void appendTitle(StringBuilder out, int c) {
        String multi = MULTI_TITLE.get(c);
        if (multi != null) {
            out.append(multi);
        } else {
            out.appendCodePoint(Character.toTitleCase(c));
        }
    }

    static void appendUpper(StringBuilder out, int c) {
        out.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
    }

    static void appendLower(StringBuilder out, int c) {
        out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
    }

    /**
     * The lower case of the character at {@code i} of {@code s}: capital sigma becomes final
     * sigma when a cased letter precedes it and none follows (case-ignorable characters
     * skipped), as CPython's handle_capital_sigma decides.
     */
    static void appendLower(StringBuilder out, String s, int i, int c) {
        if (c != 0x3A3) {
            appendLower(out, c);
            return;
        }
        out.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
    }

    private static boolean finalSigma(String s, int i) {
        int j = i;
        boolean before = false;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) {
                before = isCased(c);
                break;
            }
        }
        if (!before) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!caseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    private static boolean caseIgnorable(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL
                || c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019;
    }

    /** str.title(): title-case each character that follows an uncased one, lower-case the others. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (previousCased) {
                appendLower(out, s, i - Character.charCount(c), c);
            } else {
                appendTitle(out, c);
            }
            previousCased = isCased(c);
        }
        return out.toString();
    }

    /** str.capitalize() (3.8+): the first character title-cased, the rest lower-cased. */
    static String capitalize(String s) {
        int first = s.codePointAt(0);
        StringBuilder out = new StringBuilder(s.length());
        appendTitle(out, first);
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            appendLower(out, s, i, c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** str.swapcase(): upper-case letters lowered, lower-case ones raised, others (title-case too) kept. */
    static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                appendLower(out, s, i - Character.charCount(c), c);
            } else if (Character.isLowerCase(c)) {
                appendUpper(out, c);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
