package dev.heapscope.language.parser;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.PythonSyntaxError.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to source text as CPython 3.11 does for {@code compile(bytes, ...)}: UTF-8 unless a
 * BOM or a PEP 263 coding cookie on line 1 or 2 says otherwise, then line endings
 * normalised to '\n'.
 *
 * <p>Invalid UTF-8 is not an error here: CPython only notices it when it decodes an
 * identifier or a string literal (a bad byte in a comment is fine). So each byte of an
 * invalid sequence becomes the lone surrogate U+DC00+byte, as Python's surrogateescape
 * does, and the lexer and builder report it where CPython would.
 */
public final class SourceDecoder {
    private SourceDecoder() {
    }

    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    /** The first code point that marks an undecodable byte: U+DC80 stands for byte 0x80. */
    static final int ESCAPE_BASE = 0xDC00;

    public static String decode(byte[] source, String filename) throws PythonSyntaxError {
        boolean ascii = true;
        for (byte b : source) {
            if (b == 0) {
                throw nullBytes(filename);
            }
            ascii &= b > 0;
        }
        int start = 0;
        boolean bom = startsWithBom(source);
        if (bom) {
            start = 3;
        }
        String encoding = findCookie(source, start);
        if (encoding != null) {
            encoding = normalName(encoding);
            if (bom && !encoding.equals("utf-8")) {
                throw new PythonSyntaxError(Kind.SyntaxError, "encoding problem: " + encoding + " with BOM",
                        filename, 0, -1, PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
            }
        }
        String text;
        if (ascii && (encoding == null || encoding.equals("utf-8"))) {
            // Every ASCII byte is its own code point in UTF-8; Latin-1 decodes that in bulk.
            text = new String(source, start, source.length - start, StandardCharsets.ISO_8859_1);
        } else if (encoding == null || encoding.equals("utf-8")) {
            text = decodeUtf8Escaping(source, start);
        } else {
            text = decodeWith(source, start, encoding, filename);
        }
        return normaliseNewlines(text);
    }

    /**
     * How CPython counts the columns of parser errors in these bytes: in bytes unless a BOM or
     * a coding cookie gave its tokenizer an encoding (see SourceText.ErrorColumns).
     */
    static SourceText.ErrorColumns errorColumns(byte[] source) {
        if (startsWithBom(source)) {
            return SourceText.ErrorColumns.CHARACTERS_AFTER_BOM;
        }
        return findCookie(source, 0) == null ? SourceText.ErrorColumns.BYTES : SourceText.ErrorColumns.CHARACTERS;
    }

    private static boolean startsWithBom(byte[] source) {
        return source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB
                && (source[2] & 0xFF) == 0xBF;
    }

    /** Source text as compile() takes a str: NUL characters are refused before anything else. */
    static void checkNoNullCharacters(String text, String filename) throws PythonSyntaxError {
        if (text.indexOf('\0') >= 0) {
            throw nullBytes(filename);
        }
    }

    /** compile() raises this before it tokenizes: no position at all. */
    private static PythonSyntaxError nullBytes(String filename) {
        return new PythonSyntaxError(Kind.SyntaxError, "source code string cannot contain null bytes", filename,
                PythonSyntaxError.NONE, PythonSyntaxError.NONE, PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
    }

    /** '\r\n' and a lone '\r' end lines as '\n' does, as CPython's tokenizer translates them. */
    static String normaliseNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** PEP 263: a cookie on line 1, or on line 2 when line 1 is blank or a comment. */
    private static String findCookie(byte[] source, int start) {
        int lineStart = start;
        for (int line = 0; line < 2 && lineStart < source.length; line++) {
            int end = lineStart;
            while (end < source.length && source[end] != '\n' && source[end] != '\r') {
                end++;
            }
            String text = new String(source, lineStart, end - lineStart, java.nio.charset.StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
            String trimmed = text.stripLeading();
            if (!(trimmed.isEmpty() || trimmed.startsWith("#") || text.isBlank())) {
                return null;
            }
            lineStart = end;
            if (lineStart < source.length && source[lineStart] == '\r') {
                lineStart++;
            }
            if (lineStart < source.length && source[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it knows directly. */
    private static String normalName(String name) {
        String head = name.length() > 12 ? name.substring(0, 12) : name;
        String lower = head.toLowerCase(Locale.ROOT).replace('_', '-');
        if (lower.equals("utf-8") || lower.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (lower.equals(latin) || lower.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    private static String decodeWith(byte[] source, int start, String encoding, String filename)
            throws PythonSyntaxError {
        Charset charset;
        try {
            charset = Charset.forName(javaName(encoding));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PythonSyntaxError(Kind.SyntaxError, "unknown encoding: " + encoding, filename, 0, -1,
                    PythonSyntaxError.NONE, PythonSyntaxError.NONE, null);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, start, source.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int position = in.position();
            int bad = position < source.length ? source[position] & 0xFF : 0;
            String codec = encoding.toLowerCase(Locale.ROOT);
            String reason = codec.equals("ascii") || codec.equals("us-ascii") ? "ordinal not in range(128)"
                    : e instanceof MalformedInputException ? "illegal multibyte sequence" : "character maps to <undefined>";
            throw new PythonSyntaxError(Kind.SyntaxError, "'" + codec + "' codec can't decode byte 0x"
                    + String.format("%02x", bad) + " in position " + position + ": " + reason, filename, 0, -1, 0,
                    0, null);
        }
    }

    /** Python codec names that Java spells differently. */
    private static String javaName(String encoding) {
        String lower = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (lower) {
            case "latin1", "latin-1", "l1" -> "ISO-8859-1";
            case "utf8" -> "UTF-8";
            case "ascii", "646", "us" -> "US-ASCII";
            default -> lower;
        };
    }

    /** UTF-8 to text, each byte of an invalid sequence kept as U+DC00+byte. */
    static String decodeUtf8Escaping(byte[] b, int start) {
        StringBuilder out = new StringBuilder(b.length - start);
        int i = start;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int len = validSequenceLength(b, i, n);
            if (len <= 0) {
                out.append((char) (ESCAPE_BASE + c));
                i++;
                continue;
            }
            int cp = switch (len) {
                case 2 -> ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
                case 3 -> ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
                default -> ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
                        | (b[i + 3] & 0x3F);
            };
            out.appendCodePoint(cp);
            i += len;
        }
        return out.toString();
    }

    /**
     * The length of the well-formed UTF-8 sequence at {@code i}, or a non-positive code:
     * 0 for an invalid start byte, -1 for an invalid continuation byte, -2 for a sequence
     * cut off by {@code end}. These are the three reasons Python's decoder gives.
     */
    static int validSequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int len;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if (i + k >= end) {
                return -2;
            }
            int d = b[i + k] & 0xFF;
            int min = k == 1 ? lo : 0x80;
            int max = k == 1 ? hi : 0xBF;
            if (d < min || d > max) {
                return -1;
            }
        }
        return len;
    }

    /**
     * Python's message when {@code bytes.decode("utf-8")} fails on {@code source} ("'utf-8'
     * codec can't decode byte 0x.. in position N: reason", N counting from the first byte),
     * or null when the bytes are well-formed UTF-8.
     */
    public static String strictUtf8Error(byte[] source) {
        for (int i = 0; i < source.length; ) {
            if ((source[i] & 0xFF) < 0x80) {
                i++;
                continue;
            }
            int len = validSequenceLength(source, i, source.length);
            if (len > 0) {
                i += len;
                continue;
            }
            String reason = len == 0 ? "invalid start byte" : len == -1 ? "invalid continuation byte"
                    : "unexpected end of data";
            return "'utf-8' codec can't decode byte 0x" + String.format("%02x", source[i] & 0xFF) + " in position "
                    + i + ": " + reason;
        }
        return null;
    }

    /**
     * If {@code text} holds escaped bytes, CPython's message for decoding it as UTF-8:
     * "(unicode error) 'utf-8' codec can't decode byte 0x.. in position N: reason";
     * otherwise null.
     */
    static String utf8ErrorMessage(String text) {
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= ESCAPE_BASE + 0x80 && ch <= ESCAPE_BASE + 0xFF) {
                escaped = true;
                break;
            }
        }
        if (!escaped) {
            return null;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= ESCAPE_BASE + 0x80 && cp <= ESCAPE_BASE + 0xFF) {
                bytes.write(cp - ESCAPE_BASE);
            } else {
                byte[] enc = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(enc, 0, enc.length);
            }
        }
        byte[] b = bytes.toByteArray();
        for (int i = 0; i < b.length; ) {
            if ((b[i] & 0xFF) < 0x80) {
                i++;
                continue;
            }
            int len = validSequenceLength(b, i, b.length);
            if (len > 0) {
                i += len;
                continue;
            }
            String reason = len == 0 ? "invalid start byte" : len == -1 ? "invalid continuation byte"
                    : "unexpected end of data";
            return "(unicode error) 'utf-8' codec can't decode byte 0x" + String.format("%02x", b[i] & 0xFF)
                    + " in position " + i + ": " + reason;
        }
        return null;
    }
}
