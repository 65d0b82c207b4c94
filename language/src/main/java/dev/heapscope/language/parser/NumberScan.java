package dev.heapscope.language.parser;

/**
 * CPython 3.11's tokenizer on a number, step by step, to find the error it raises there and
 * the position it reports. The lexer grammar's NUMBER token only says where a number starts;
 * what may follow its digits, and where CPython's cursor stands when it gives up, is decided
 * here the way tokenizer.c decides it: reading one character at a time, backing up one when
 * it looked too far.
 *
 * <p>Positions are the cursor's: the number of characters read from the start of the number.
 * CPython reports a tokenizer error at the cursor (the 1-based offset of the last character
 * read), so an error's offset on its line is the number's start column plus the cursor.
 */
final class NumberScan {

    /** The characters from the number's start on; -1 past the end of input. */
    interface Chars {
        int at(int index);
    }

    /** What CPython's tokenizer raises on a number. */
    record Error(String msg, int cursor, boolean leadingZeros, int zerosEnd) {
    }

    private final Chars chars;
    /** The index of the next character to read (tok->cur). */
    private int cur;
    private Error error;

    private NumberScan(Chars chars) {
        this.chars = chars;
    }

    /** The error CPython raises on the number starting at {@code chars.at(0)}, or null. */
    static Error check(Chars chars) {
        NumberScan scan = new NumberScan(chars);
        scan.number();
        return scan.error;
    }

    private int next() {
        return chars.at(cur++);
    }

    private void backup() {
        cur--;
    }

    private boolean fail(String msg) {
        if (error == null) {
            error = new Error(msg, cur, false, 0);
        }
        return false;
    }

    private void number() {
        int c = next();
        if (c == '.') {
            fraction(next());
            return;
        }
        if (c != '0') {
            c = decimalTail();
            if (c != 0) {
                afterDigits(c);
            }
            return;
        }
        c = next();
        if (c == 'x' || c == 'X') {
            radix(16, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            radix(8, "octal");
        } else if (c == 'b' || c == 'B') {
            radix(2, "binary");
        } else {
            zeroPrefixed(c);
        }
    }

    /** After "0x", "0o" or "0b": groups of digits joined by single underscores. */
    private void radix(int base, String kind) {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (!isDigitOf(c, base)) {
                if (base != 16 && isDigit(c)) {
                    fail("invalid digit '" + (char) c + "' in " + kind + " literal");
                } else {
                    backup();
                    fail("invalid " + kind + " literal");
                }
                return;
            }
            do {
                c = next();
            } while (isDigitOf(c, base));
        } while (c == '_');
        if (base != 16 && isDigit(c)) {
            fail("invalid digit '" + (char) c + "' in " + kind + " literal");
            return;
        }
        verifyEnd(c, kind);
    }

    /** A number starting with '0' that is not hex, octal or binary: zeros, maybe a float. */
    private void zeroPrefixed(int c) {
        while (true) {
            if (c == '_') {
                c = next();
                if (!isDigit(c)) {
                    backup();
                    fail("invalid decimal literal");
                    return;
                }
            }
            if (c != '0') {
                break;
            }
            c = next();
        }
        int zerosEnd = cur;
        boolean nonzero = false;
        if (isDigit(c)) {
            nonzero = true;
            c = decimalTail();
            if (c == 0) {
                return;
            }
        }
        if (c == '.') {
            fraction(next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else if (nonzero) {
            backup();
            error = new Error("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", cur, true, zerosEnd);
        } else {
            verifyEnd(c, "decimal");
        }
    }

    /** After the integer part of a decimal number: c is the character that ended it. */
    private void afterDigits(int c) {
        if (c == '.') {
            fraction(next());
        } else if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
        }
    }

    /** After the '.': c is the first character of the fraction. */
    private void fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
            if (c == 0) {
                return;
            }
        }
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
        }
    }

    private void exponent(int e) {
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                backup();
                fail("invalid decimal literal");
                return;
            }
        } else if (!isDigit(c)) {
            // "1e" not followed by a digit: the number ends before the 'e', which may begin
            // a keyword ("1else") but not a name.
            backup();
            verifyEnd(e, "decimal");
            return;
        }
        c = decimalTail();
        if (c == 0) {
            return;
        }
        if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
        }
    }

    private void imaginary() {
        verifyEnd(next(), "imaginary");
    }

    /** Digits with single underscores between them; returns the character after, or 0 on error. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!isDigit(c)) {
                backup();
                fail("invalid decimal literal");
                return 0;
            }
        }
    }

    /**
     * tokenizer.c's verify_end_of_number: c, just read, may start a keyword that can follow
     * a number in valid code (CPython only warns); any other ASCII identifier character is
     * an error reported before it.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = chars.at(cur);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (!keyword && c < 128 && isIdentifierChar(c)) {
            backup();
            fail("invalid " + kind + " literal");
        }
    }

    /** Whether {@code rest} follows the cursor, and no identifier character after it. */
    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (chars.at(cur + i) != rest.charAt(i)) {
                return false;
            }
        }
        return !isIdentifierChar(chars.at(cur + rest.length()));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOf(int c, int base) {
        return switch (base) {
            case 16 -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    private static boolean isIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c >= 128;
    }
}
