package dev.heapscope.interpreter.modules;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The text codecs behind str.encode, bytes.decode and str(bytes, encoding, errors), with
 * CPython 3.11's names and aliases, error handlers, error ranges and messages.
 *
 * <p>Positions are code-point indexes for str and byte indexes for bytes, as Python counts
 * them. An error handler is looked up only when an error happens, as CPython does, so an
 * unknown handler name is harmless on text that encodes cleanly.
 */
public final class Codecs {
    private Codecs() {
    }

    /** A text encoding; {@code display} is the name error messages give. */
    enum Codec {
        UTF_8("utf-8"), UTF_8_SIG("utf-8"), ASCII("ascii"), LATIN_1("latin-1"),
        UTF_16("utf-16"), UTF_16_LE("utf-16-le"), UTF_16_BE("utf-16-be"),
        UTF_32("utf-32"), UTF_32_LE("utf-32-le"), UTF_32_BE("utf-32-be");

        final String display;

        Codec(String display) {
            this.display = display;
        }
    }

    /** Normalized names (encodings.normalize_encoding) of the codecs and their aliases. */
    private static final Map<String, Codec> NAMES = new HashMap<>();
    /** Codecs CPython has that are not text encodings: str.encode refuses them by name. */
    private static final java.util.Set<String> BINARY_CODECS = java.util.Set.of(
            "base64", "base_64", "base64_codec", "bz2", "bz2_codec", "hex", "hex_codec", "quopri",
            "quotedprintable", "quoted_printable", "quopri_codec", "rot13", "rot_13", "uu", "uu_codec",
            "zip", "zlib", "zlib_codec");

    static {
        alias(Codec.UTF_8, "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        alias(Codec.UTF_8_SIG, "utf_8_sig");
        alias(Codec.ASCII, "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        alias(Codec.LATIN_1, "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
                "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        alias(Codec.UTF_16, "utf_16", "u16", "utf16");
        alias(Codec.UTF_16_LE, "utf_16_le", "unicodelittleunmarked", "utf_16le");
        alias(Codec.UTF_16_BE, "utf_16_be", "unicodebigunmarked", "utf_16be");
        alias(Codec.UTF_32, "utf_32", "u32", "utf32");
        alias(Codec.UTF_32_LE, "utf_32_le", "utf_32le");
        alias(Codec.UTF_32_BE, "utf_32_be", "utf_32be");
    }

    private static void alias(Codec codec, String... names) {
        for (String n : names) {
            NAMES.put(n, codec);
        }
    }

    /**
     * The codec for {@code encoding}: lower case, spaces to underscores (the codec registry's
     * normalization), then runs of characters other than letters, digits and '.' collapsed
     * into one '_' and stripped at both ends (the encodings package's), then the alias table.
     */
    static Codec lookup(String encoding) {
        String lower = encoding.toLowerCase(Locale.ROOT).replace(' ', '_');
        StringBuilder normal = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '.') {
                if (gap && normal.length() > 0) {
                    normal.append('_');
                }
                normal.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        String key = normal.toString();
        Codec codec = NAMES.get(key);
        if (codec == null) {
            codec = NAMES.get(key.replace('.', '_'));
        }
        if (codec == null) {
            if (BINARY_CODECS.contains(key)) {
                throw Errors.raise(ExceptionTypes.LOOKUP_ERROR,
                        "'" + encoding + "' is not a text encoding; use codecs.encode() to handle arbitrary codecs");
            }
            throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        return codec;
    }

    private static PyException unknownHandler(String errors) {
        return Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    /**
     * The (encoding, errors) arguments of {@code fn} ("encode" or "decode"), positional or by
     * keyword, defaulting to utf-8 and strict, with Argument Clinic's messages.
     */
    static String[] encodingArguments(String fn, PyObject[] args, String[] kwnames) {
        dev.heapscope.interpreter.runtime.Args.onlyKeywords(fn, kwnames, "encoding", "errors");
        int npos = dev.heapscope.interpreter.runtime.Args.positional(args, kwnames);
        if (npos > 2) {
            throw Errors.typeError(fn + "() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject encoding = npos > 0 ? args[0] : dev.heapscope.interpreter.runtime.Args.keyword(args, kwnames, "encoding");
        PyObject errors = npos > 1 ? args[1] : dev.heapscope.interpreter.runtime.Args.keyword(args, kwnames, "errors");
        return new String[] {textArgument(fn, "encoding", encoding, "utf-8"), textArgument(fn, "errors", errors, "strict")};
    }

    static String textArgument(String fn, String which, PyObject value, String absent) {
        if (value == null) {
            return absent;
        }
        if (!(value instanceof dev.heapscope.interpreter.objects.PyStr s)) {
            throw dev.heapscope.interpreter.runtime.Args.badArgument(fn, "argument '" + which + "'", "str", value);
        }
        return s.value;
    }

    // ---- encoding ----

    /** {@code text} encoded; a UnicodeEncodeError or LookupError as CPython raises them. */
    public static byte[] encode(String text, String encoding, String errors) {
        Codec codec = lookup(encoding);
        int[] cps = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 4);
        switch (codec) {
            case UTF_8_SIG -> out.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, 0, 3);
            case UTF_16 -> out.write(new byte[] {(byte) 0xff, (byte) 0xfe}, 0, 2);
            case UTF_32 -> out.write(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, 0, 4);
            default -> {
            }
        }
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(codec, cp)) {
                put(out, codec, cp);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !encodable(codec, cps[end])) {
                end++;
            }
            handleEncodeError(out, codec, errors, text, cps, i, end);
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean encodable(Codec codec, int cp) {
        return switch (codec) {
            case ASCII -> cp < 0x80;
            case LATIN_1 -> cp < 0x100;
            default -> cp < 0xd800 || cp > 0xdfff;
        };
    }

    private static String encodeReason(Codec codec) {
        return switch (codec) {
            case ASCII -> "ordinal not in range(128)";
            case LATIN_1 -> "ordinal not in range(256)";
            default -> "surrogates not allowed";
        };
    }

    /** Writes one code point the codec can represent (surrogates too, for surrogatepass). */
    private static void put(ByteArrayOutputStream out, Codec codec, int cp) {
        switch (codec) {
            case ASCII, LATIN_1 -> out.write(cp);
            case UTF_8, UTF_8_SIG -> {
                if (cp < 0x80) {
                    out.write(cp);
                } else if (cp < 0x800) {
                    out.write(0xc0 | cp >> 6);
                    out.write(0x80 | cp & 0x3f);
                } else if (cp < 0x10000) {
                    out.write(0xe0 | cp >> 12);
                    out.write(0x80 | cp >> 6 & 0x3f);
                    out.write(0x80 | cp & 0x3f);
                } else {
                    out.write(0xf0 | cp >> 18);
                    out.write(0x80 | cp >> 12 & 0x3f);
                    out.write(0x80 | cp >> 6 & 0x3f);
                    out.write(0x80 | cp & 0x3f);
                }
            }
            case UTF_16, UTF_16_LE, UTF_16_BE -> {
                boolean big = codec == Codec.UTF_16_BE;
                if (cp >= 0x10000) {
                    unit16(out, 0xd800 | (cp - 0x10000) >> 10, big);
                    unit16(out, 0xdc00 | (cp - 0x10000) & 0x3ff, big);
                } else {
                    unit16(out, cp, big);
                }
            }
            case UTF_32, UTF_32_LE, UTF_32_BE -> {
                if (codec == Codec.UTF_32_BE) {
                    out.write(cp >>> 24);
                    out.write(cp >> 16 & 0xff);
                    out.write(cp >> 8 & 0xff);
                    out.write(cp & 0xff);
                } else {
                    out.write(cp & 0xff);
                    out.write(cp >> 8 & 0xff);
                    out.write(cp >> 16 & 0xff);
                    out.write(cp >>> 24);
                }
            }
        }
    }

    private static void unit16(ByteArrayOutputStream out, int unit, boolean big) {
        if (big) {
            out.write(unit >> 8);
            out.write(unit & 0xff);
        } else {
            out.write(unit & 0xff);
            out.write(unit >> 8);
        }
    }

    private static void putAscii(ByteArrayOutputStream out, Codec codec, String s) {
        for (int k = 0; k < s.length(); k++) {
            put(out, codec, s.charAt(k));
        }
    }

    /** Applies error handler {@code errors} to the unencodable code points [start, end). */
    private static void handleEncodeError(ByteArrayOutputStream out, Codec codec, String errors, String text,
            int[] cps, int start, int end) {
        switch (errors) {
            case "strict" -> throw encodeError(codec, text, start, end);
            case "ignore" -> {
            }
            case "replace" -> {
                for (int k = start; k < end; k++) {
                    put(out, codec, '?');
                }
            }
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    putAscii(out, codec, backslashed(cps[k]));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int k = start; k < end; k++) {
                    putAscii(out, codec, "&#" + cps[k] + ";");
                }
            }
            case "namereplace" -> {
                for (int k = start; k < end; k++) {
                    String name = Character.isSurrogate((char) cps[k]) && cps[k] < 0x10000 ? null : Character.getName(cps[k]);
                    putAscii(out, codec, name == null ? backslashed(cps[k]) : "\\N{" + name + "}");
                }
            }
            case "surrogateescape" -> {
                if (codec != Codec.ASCII && codec != Codec.LATIN_1 && codec != Codec.UTF_8 && codec != Codec.UTF_8_SIG) {
                    throw encodeError(codec, text, start, end);
                }
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                        throw encodeError(codec, text, k, k + 1);
                    }
                }
                for (int k = start; k < end; k++) {
                    out.write(cps[k] - 0xdc00);
                }
            }
            case "surrogatepass" -> {
                if (codec == Codec.ASCII || codec == Codec.LATIN_1) {
                    throw encodeError(codec, text, start, end);
                }
                for (int k = start; k < end; k++) {
                    put(out, codec, cps[k]);
                }
            }
            default -> throw unknownHandler(errors);
        }
    }

    /** A code point as the backslashreplace handler and UnicodeEncodeError's message write it. */
    public static String backslashed(int cp) {
        if (cp < 0x100) {
            return String.format("\\x%02x", cp);
        }
        if (cp < 0x10000) {
            return String.format("\\u%04x", cp);
        }
        return String.format("\\U%08x", cp);
    }

    private static PyException encodeError(Codec codec, String text, int start, int end) {
        return new PyException(Errors.newException(ExceptionTypes.UNICODE_ENCODE_ERROR, new PyObject[] {
            Types.newStr(codec.display), Types.newStr(text), Types.newInt(start), Types.newInt(end),
            Types.newStr(encodeReason(codec))}));
    }

    // ---- decoding ----

    /** {@code data} decoded; a UnicodeDecodeError or LookupError as CPython raises them. */
    public static String decode(byte[] data, String encoding, String errors) {
        Codec codec = lookup(encoding);
        Decoder d = new Decoder(data, errors);
        switch (codec) {
            case UTF_8 -> d.utf8(0);
            case UTF_8_SIG -> d.utf8(startsWith(data, 0xef, 0xbb, 0xbf) ? 3 : 0);
            case ASCII -> d.ascii();
            case LATIN_1 -> {
                for (byte b : data) {
                    d.out.append((char) (b & 0xff));
                }
            }
            case UTF_16 -> {
                if (startsWith(data, 0xfe, 0xff)) {
                    d.utf16(2, true, "utf-16-be");
                } else {
                    d.utf16(startsWith(data, 0xff, 0xfe) ? 2 : 0, false, "utf-16-le");
                }
            }
            case UTF_16_LE -> d.utf16(0, false, codec.display);
            case UTF_16_BE -> d.utf16(0, true, codec.display);
            case UTF_32 -> {
                if (startsWith(data, 0, 0, 0xfe, 0xff)) {
                    d.utf32(4, true, "utf-32-be");
                } else {
                    d.utf32(startsWith(data, 0xff, 0xfe, 0, 0) ? 4 : 0, false, "utf-32-le");
                }
            }
            case UTF_32_LE -> d.utf32(0, false, codec.display);
            case UTF_32_BE -> d.utf32(0, true, codec.display);
        }
        return d.out.toString();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** One decoding: the input, the handler and the text so far. */
    private static final class Decoder {
        final byte[] data;
        final String errors;
        final StringBuilder out;

        Decoder(byte[] data, String errors) {
            this.data = data;
            this.errors = errors;
            this.out = new StringBuilder(data.length);
        }

        int at(int i) {
            return data[i] & 0xff;
        }

        static boolean continuation(int b) {
            return (b & 0xc0) == 0x80;
        }

        /**
         * UTF-8 as CPython decodes it: an invalid start byte is one bad byte; a bad
         * continuation marks the bytes before it (the lead and the good continuations); input
         * that ends inside a sequence whose bytes so far are valid is "unexpected end of data"
         * up to the end.
         */
        void utf8(int from) {
            int n = data.length;
            int i = from;
            while (i < n) {
                int b0 = at(i);
                if (b0 < 0x80) {
                    out.append((char) b0);
                    i++;
                    continue;
                }
                int need;
                if (b0 < 0xc2) {
                    i = error("utf-8", i, i + 1, "invalid start byte");
                    continue;
                } else if (b0 < 0xe0) {
                    need = 2;
                } else if (b0 < 0xf0) {
                    need = 3;
                } else if (b0 < 0xf5) {
                    need = 4;
                } else {
                    i = error("utf-8", i, i + 1, "invalid start byte");
                    continue;
                }
                int good = 1;
                boolean bad = false;
                for (int k = 1; k < need; k++) {
                    if (i + k >= n) {
                        break;
                    }
                    int b = at(i + k);
                    boolean ok = continuation(b);
                    if (ok && k == 1) {
                        ok = switch (b0) {
                            case 0xe0 -> b >= 0xa0;
                            case 0xed -> b < 0xa0;
                            case 0xf0 -> b >= 0x90;
                            case 0xf4 -> b < 0x90;
                            default -> true;
                        };
                    }
                    if (!ok) {
                        bad = true;
                        break;
                    }
                    good++;
                }
                if (bad) {
                    if (b0 == 0xed && errors.equals("surrogatepass") && i + 2 < n && at(i + 1) >= 0xa0
                            && continuation(at(i + 1)) && continuation(at(i + 2))) {
                        out.append((char) ((b0 & 0x0f) << 12 | (at(i + 1) & 0x3f) << 6 | at(i + 2) & 0x3f));
                        i += 3;
                        continue;
                    }
                    i = error("utf-8", i, i + good, "invalid continuation byte");
                    continue;
                }
                if (good < need) {
                    i = error("utf-8", i, n, "unexpected end of data");
                    continue;
                }
                int cp = switch (need) {
                    case 2 -> (b0 & 0x1f) << 6 | at(i + 1) & 0x3f;
                    case 3 -> (b0 & 0x0f) << 12 | (at(i + 1) & 0x3f) << 6 | at(i + 2) & 0x3f;
                    default -> (b0 & 0x07) << 18 | (at(i + 1) & 0x3f) << 12 | (at(i + 2) & 0x3f) << 6 | at(i + 3) & 0x3f;
                };
                out.appendCodePoint(cp);
                i += need;
            }
        }

        void ascii() {
            for (int i = 0; i < data.length; ) {
                int b = at(i);
                if (b < 0x80) {
                    out.append((char) b);
                    i++;
                } else {
                    i = error("ascii", i, i + 1, "ordinal not in range(128)");
                }
            }
        }

        int unit16(int i, boolean big) {
            return big ? at(i) << 8 | at(i + 1) : at(i + 1) << 8 | at(i);
        }

        void utf16(int from, boolean big, String name) {
            int n = data.length;
            int i = from;
            while (i < n) {
                if (n - i < 2) {
                    i = error(name, i, n, "truncated data");
                    continue;
                }
                int u = unit16(i, big);
                if (u < 0xd800 || u > 0xdfff) {
                    out.append((char) u);
                    i += 2;
                } else if (u >= 0xdc00) {
                    i = error(name, i, i + 2, "illegal encoding");
                } else if (n - i < 4) {
                    i = error(name, i, n, "unexpected end of data");
                } else {
                    int low = unit16(i + 2, big);
                    if (low >= 0xdc00 && low <= 0xdfff) {
                        out.append((char) u).append((char) low);
                        i += 4;
                    } else {
                        i = error(name, i, i + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
        }

        void utf32(int from, boolean big, String name) {
            int n = data.length;
            int i = from;
            while (i < n) {
                if (n - i < 4) {
                    i = error(name, i, n, "truncated data");
                    continue;
                }
                long cp = big ? (long) at(i) << 24 | at(i + 1) << 16 | at(i + 2) << 8 | at(i + 3)
                        : (long) at(i + 3) << 24 | at(i + 2) << 16 | at(i + 1) << 8 | at(i);
                if (cp > 0x10ffff) {
                    i = error(name, i, i + 4, "code point not in range(0x110000)");
                } else if (cp >= 0xd800 && cp < 0xe000) {
                    i = error(name, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    out.appendCodePoint((int) cp);
                    i += 4;
                }
            }
        }

        /** Applies the handler to the bad bytes [start, end); returns where decoding resumes. */
        int error(String codec, int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw decodeError(codec, start, end, reason);
                case "ignore" -> {
                }
                case "replace" -> out.append('\ufffd');
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        out.append(String.format("\\x%02x", at(k)));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end; k++) {
                        if (at(k) < 0x80) {
                            throw decodeError(codec, start, end, reason);
                        }
                    }
                    for (int k = start; k < end; k++) {
                        out.append((char) (0xdc00 + at(k)));
                    }
                }
                case "surrogatepass" -> throw decodeError(codec, start, end, reason);
                default -> throw unknownHandler(errors);
            }
            return end;
        }

        PyException decodeError(String codec, int start, int end, String reason) {
            return new PyException(Errors.newException(ExceptionTypes.UNICODE_DECODE_ERROR, new PyObject[] {
                Types.newStr(codec), PyBytes.of(data.clone()), Types.newInt(start), Types.newInt(end),
                Types.newStr(reason)}));
        }
    }
}
