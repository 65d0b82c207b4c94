package dev.heapscope.interpreter.modules.sre;

/**
 * Character predicates and case folding as _sre applies them. The mode says which
 * definitions hold: UNICODE (str patterns by default: str.isalnum, str.isspace,
 * str.isdecimal), ASCII (re.ASCII, and bytes patterns) or LOCALE (bytes with re.L,
 * taken as the C locale, so the ASCII definitions).
 */
final class Chars {
    private Chars() {
    }

    static final int UNICODE = 0;
    static final int ASCII = 1;
    static final int LOCALE = 2;

    // Categories of a set item (CPython's CATEGORY_*).
    static final int DIGIT = 0;
    static final int NOT_DIGIT = 1;
    static final int SPACE = 2;
    static final int NOT_SPACE = 3;
    static final int WORD = 4;
    static final int NOT_WORD = 5;

    static boolean category(int category, int c, int mode) {
        return switch (category) {
            case DIGIT -> isDigit(c, mode);
            case NOT_DIGIT -> !isDigit(c, mode);
            case SPACE -> isSpace(c, mode);
            case NOT_SPACE -> !isSpace(c, mode);
            case WORD -> isWord(c, mode);
            default -> !isWord(c, mode);
        };
    }

    static boolean isDigit(int c, int mode) {
        if (c < 128 || mode != UNICODE) {
            return c >= '0' && c <= '9';
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** str.isspace for UNICODE; space, \t, \n, \v, \f, \r otherwise. */
    static boolean isSpace(int c, int mode) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (mode == UNICODE && c >= 28 && c <= 31);
        }
        if (mode != UNICODE) {
            return false;
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
                || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** str.isalnum() or '_' for UNICODE; [a-zA-Z0-9_] otherwise. */
    static boolean isWord(int c, int mode) {
        if (c < 128 || mode != UNICODE) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static int lower(int c, int mode) {
        if (mode != UNICODE) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(c);
    }

    static int upper(int c, int mode) {
        if (mode != UNICODE) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        return Character.toUpperCase(c);
    }

    /**
     * The representative of c's case class: two characters match under IGNORECASE when
     * their folds are equal. lower(upper(c)) joins the characters _sre treats as
     * equivalent beyond simple lowercasing (s and long s, k and the Kelvin sign, i and
     * dotless i).
     */
    static int fold(int c, int mode) {
        if (mode != UNICODE) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
