package dev.heapscope.language.literals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the backslash escapes of str and bytes literal bodies as CPython 3.11 does,
 * error messages and positions included.
 *
 * <p>For str, CPython first rewrites the body into pure ASCII (every non-ASCII character
 * becomes a {@code \UXXXXXXXX} escape, and a backslash before a non-ASCII character or at
 * the end becomes {@code \u005c}), then runs the 'unicode-escape' codec on the result.
 * Error positions count bytes of that rewritten buffer, so we rewrite the same way.
 * Unknown escapes such as {@code \d} are kept as they are; CPython only warns about the
 * first one, and about the first octal escape above 0o377, with the message that
 * {@link #firstInvalidEscape()} returns.
 */
final class EscapeDecoder {
    /** The warning about the first invalid escape decoded so far, or null. */
    private String firstInvalidEscape;

    /** CPython's DeprecationWarning text for the first invalid escape met, or null when there was none. */
    String firstInvalidEscape() {
        return firstInvalidEscape;
    }

    /** Remembers an invalid escape at {@code s[at]} (the character after the backslash). */
    private void invalidEscape(byte[] s, int at, int end) {
        if (firstInvalidEscape != null) {
            return;
        }
        int c = s[at] & 0xff;
        if (c >= '4' && c <= '7') {
            firstInvalidEscape = "invalid octal escape sequence '\\"
                + new String(s, at, Math.min(3, end - at), StandardCharsets.ISO_8859_1) + "'";
        } else {
            firstInvalidEscape = "invalid escape sequence '\\" + (char) c + "'";
        }
    }

    /** A decoding failure; {@code message} is the text after CPython's "(unicode error) " prefix. */
    static final class DecodeError extends Exception {
        DecodeError(String message) {
            super(message, null, false, false);
        }
    }

    /** The str value of body bytes {@code [from, to)} of a non-raw literal. */
    CodePoints decodeStr(byte[] src, int from, int to) throws DecodeError {
        byte[] ascii = asciiEscaped(src, from, to);
        return unicodeEscape(ascii);
    }

    /** The str value of body bytes of a raw literal: the UTF-8 text as it is. */
    static String decodeRaw(byte[] src, int from, int to) {
        return new String(src, from, to - from, StandardCharsets.UTF_8);
    }

    private static byte[] asciiEscaped(byte[] src, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) + 16);
        int i = from;
        while (i < to) {
            if (src[i] == '\\') {
                out.write(src[i++]);
                if (i >= to || src[i] < 0) {
                    out.writeBytes("u005c".getBytes(StandardCharsets.US_ASCII));
                    if (i >= to) {
                        break;
                    }
                }
            }
            if (src[i] < 0) {
                int start = i;
                while (i < to && src[i] < 0) {
                    i++;
                }
                new String(src, start, i - start, StandardCharsets.UTF_8).codePoints().forEach(cp ->
                    out.writeBytes(String.format("\\U%08x", cp).getBytes(StandardCharsets.US_ASCII)));
            } else {
                out.write(src[i++]);
            }
        }
        return out.toByteArray();
    }

    /** The 'unicode-escape' codec over an ASCII buffer. */
    private CodePoints unicodeEscape(byte[] s) throws DecodeError {
        CodePoints out = new CodePoints();
        int end = s.length;
        int i = 0;
        while (i < end) {
            char c = (char) s[i++];
            if (c != '\\') {
                out.append((int) c);
                continue;
            }
            int start = i - 1;
            if (i >= end) {
                throw failure(s, start, end, "\\ at end of string");
            }
            c = (char) s[i++];
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append((int) c);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int n = 0; n < 2 && i < end && s[i] >= '0' && s[i] <= '7'; n++) {
                        value = (value << 3) + s[i++] - '0';
                    }
                    if (value > 0377) {
                        invalidEscape(s, i - 3, end);
                    }
                    out.append(value);
                }
                case 'x' -> i = hexEscape(s, i, start, 2, "truncated \\xXX escape", out);
                case 'u' -> i = hexEscape(s, i, start, 4, "truncated \\uXXXX escape", out);
                case 'U' -> i = hexEscape(s, i, start, 8, "truncated \\UXXXXXXXX escape", out);
                case 'N' -> i = namedEscape(s, i, start, out);
                default -> {
                    invalidEscape(s, i - 1, end);
                    out.append('\\');
                    out.append((int) c);
                }
            }
        }
        return out;
    }

    private static int hexEscape(byte[] s, int i, int start, int digits, String message, CodePoints out)
            throws DecodeError {
        long value = 0;
        for (int n = 0; n < digits; n++, i++) {
            if (i >= s.length) {
                throw failure(s, start, i, message);
            }
            int digit = Character.digit(s[i], 16);
            if (digit < 0) {
                throw failure(s, start, i, message);
            }
            value = (value << 4) + digit;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw failure(s, start, i, "illegal Unicode character");
        }
        out.append((int) value);
        return i;
    }

    private static int namedEscape(byte[] s, int i, int start, CodePoints out) throws DecodeError {
        String malformed = "malformed \\N character escape";
        if (i >= s.length) {
            throw failure(s, start, i, malformed);
        }
        if (s[i] != '{') {
            throw failure(s, start, i, malformed);
        }
        int nameStart = ++i;
        while (i < s.length && s[i] != '}') {
            i++;
        }
        if (i >= s.length || i == nameStart) {
            throw failure(s, start, i, malformed);
        }
        int cp = UnicodeNames.lookup(new String(s, nameStart, i - nameStart, StandardCharsets.US_ASCII));
        i++;
        if (cp < 0) {
            throw failure(s, start, i, "unknown Unicode character name");
        }
        out.append(cp);
        return i;
    }

    /** UnicodeDecodeError's text: one byte names its value, a span names its first and last position. */
    private static DecodeError failure(byte[] s, int start, int end, String reason) {
        if (end == start + 1) {
            return new DecodeError(String.format("'unicodeescape' codec can't decode byte 0x%02x in position %d: %s",
                s[start] & 0xff, start, reason));
        }
        return new DecodeError("'unicodeescape' codec can't decode bytes in position " + start + "-" + (end - 1)
            + ": " + reason);
    }

    /** The bytes value of body bytes {@code [from, to)} of a non-raw bytes literal (all ASCII). */
    byte[] decodeBytes(byte[] src, int from, int to) throws DecodeError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            if (src[i] != '\\') {
                out.write(src[i++]);
                continue;
            }
            i++;
            if (i == to) {
                throw new DecodeError("Trailing \\ in string");
            }
            char c = (char) src[i++];
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = c - '0';
                    for (int n = 0; n < 2 && i < to && src[i] >= '0' && src[i] <= '7'; n++) {
                        value = (value << 3) + src[i++] - '0';
                    }
                    if (value > 0377) {
                        invalidEscape(src, i - 3, to);
                    }
                    // Octal escapes above 0o377 keep their low byte, as C's char assignment does.
                    out.write(value & 0xff);
                }
                case 'x' -> {
                    int high = i < to ? Character.digit(src[i], 16) : -1;
                    int low = i + 1 < to ? Character.digit(src[i + 1], 16) : -1;
                    if (high < 0 || low < 0) {
                        throw new DecodeError("invalid \\x escape at position " + (i - 2 - from));
                    }
                    out.write(high * 16 + low);
                    i += 2;
                }
                default -> {
                    invalidEscape(src, i - 1, to);
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }
}
