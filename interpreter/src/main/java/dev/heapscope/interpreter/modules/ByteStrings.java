package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.ByteArrayMethods.PyByteArray;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The methods bytes and bytearray share (CPython's bytes_methods.c and the common part of
 * bytesobject.c / bytearrayobject.c). Each works on the receiver's current bytes and makes
 * its results of the receiver's kind: bytes methods give bytes, bytearray methods bytearray.
 * Where CPython hands back an exact bytes receiver itself (nothing to strip, replace or pad),
 * so does this, since that is observable through refcounts and identity.
 */
final class ByteStrings {
    private ByteStrings() {
    }

    /** The ASCII whitespace bytes.split(), strip() and isspace() know: space, \t \n \v \f \r. */
    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13);
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAlpha(int c) {
        return isLower(c) || isUpper(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static byte[] value(PyObject self) {
        return self instanceof PyBytes b ? b.value : ((PyByteArray) self).bytes();
    }

    /** A result of the receiver's kind. */
    static PyObject make(PyObject self, byte[] r) {
        return self instanceof PyByteArray ? ByteArrayMethods.newByteArray(r) : PyBytes.of(r);
    }

    /** The receiver itself when it is an exact bytes (CPython's shortcut), else a copy of its kind. */
    private static PyObject same(PyObject self, byte[] v) {
        if (self.type == Types.BYTES) {
            return incref(self);
        }
        return make(self, v);
    }

    /** The bytes of a bytes-like argument, with CPython's message for anything else. */
    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray a) {
            return a.bytes();
        }
        if (o instanceof MemoryViews.PyMemoryView m) {
            return m.toBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type.name + "'");
    }

    static boolean isBuffer(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof MemoryViews.PyMemoryView;
    }

    /** A sub argument of find/count/index: bytes-like or an int in range(256). */
    private static byte[] sub(PyObject o) {
        if (o instanceof PyInt) {
            return new byte[] {ByteArrayMethods.byteValue(o)};
        }
        if (!isBuffer(o)) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.type.name + "'");
        }
        return buffer(o);
    }

    /** [start, end) of the optional slice arguments args[from], args[from+1], clipped to n. */
    private static int[] window(PyObject[] args, int from, int n) {
        long start = args.length > from && args[from] != Types.NONE ? Ops.asLong(args[from]) : 0;
        long end = args.length > from + 1 && args[from + 1] != Types.NONE ? Ops.asLong(args[from + 1]) : n;
        start = start < 0 ? Math.max(0, start + n) : start;
        end = Math.min(end < 0 ? Math.max(0, end + n) : end, n);
        return new int[] {(int) Math.min(start, (long) n + 1), (int) end};
    }

    private static boolean matchAt(byte[] v, int at, byte[] sub) {
        return Arrays.equals(v, at, at + sub.length, sub, 0, sub.length);
    }

    private static int indexOf(byte[] v, byte[] sub, int from, int to) {
        for (int i = from; i + sub.length <= to; i++) {
            if (matchAt(v, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] v, byte[] sub, int from, int to) {
        for (int i = to - sub.length; i >= from; i--) {
            if (matchAt(v, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    private static long search(PyObject self, PyObject[] args, String[] kw, String fn, boolean fromRight) {
        Args.noKeywords(fn, kw);
        Args.range(fn, args, kw, 1, 3);
        byte[] v = value(self);
        byte[] sub = sub(args[0]);
        int[] w = window(args, 1, v.length);
        if (w[0] > v.length) {
            return -1;
        }
        return fromRight ? lastIndexOf(v, sub, w[0], w[1]) : indexOf(v, sub, w[0], w[1]);
    }

    private static PyObject list(PyObject self, List<byte[]> parts) {
        PyList out = Heap.allocate(new PyList(Types.LIST));
        for (byte[] p : parts) {
            out.appendOwned(make(self, p));
        }
        return out;
    }

    private static PyObject tuple(PyObject... items) {
        return Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    static void register(PyType t) {
        Methods.method(t, "find", (s, args, kw) -> Types.newInt(search(s, args, kw, "find", false)));
        Methods.method(t, "rfind", (s, args, kw) -> Types.newInt(search(s, args, kw, "rfind", true)));
        Methods.method(t, "index", (s, args, kw) -> {
            long i = search(s, args, kw, "index", false);
            if (i < 0) {
                throw Errors.valueError("subsection not found");
            }
            return Types.newInt(i);
        });
        Methods.method(t, "rindex", (s, args, kw) -> {
            long i = search(s, args, kw, "rindex", true);
            if (i < 0) {
                throw Errors.valueError("subsection not found");
            }
            return Types.newInt(i);
        });
        Methods.method(t, "count", (s, args, kw) -> {
            Args.noKeywords("count", kw);
            Args.range("count", args, kw, 1, 3);
            byte[] v = value(s);
            byte[] sub = sub(args[0]);
            int[] w = window(args, 1, v.length);
            if (w[0] > v.length) {
                return Types.newInt(0);
            }
            if (sub.length == 0) {
                return Types.newInt(Math.max(0, w[1] - w[0]) + 1);
            }
            long n = 0;
            for (int i = w[0]; i + sub.length <= w[1]; ) {
                if (matchAt(v, i, sub)) {
                    n++;
                    i += sub.length;
                } else {
                    i++;
                }
            }
            return Types.newInt(n);
        });
        Methods.method(t, "split", (s, args, kw) -> split(s, args, kw, false));
        Methods.method(t, "rsplit", (s, args, kw) -> split(s, args, kw, true));
        Methods.method(t, "strip", (s, args, kw) -> strip(s, args, kw, "strip", true, true));
        Methods.method(t, "lstrip", (s, args, kw) -> strip(s, args, kw, "lstrip", true, false));
        Methods.method(t, "rstrip", (s, args, kw) -> strip(s, args, kw, "rstrip", false, true));
        Methods.method(t, "replace", (s, args, kw) -> {
            Args.noKeywords("replace", kw);
            Args.range("replace", args, kw, 2, 3);
            byte[] v = value(s);
            byte[] old = buffer(args[0]);
            byte[] with = buffer(args[1]);
            long max = args.length > 2 ? Ops.asLong(args[2]) : -1;
            if (max < 0) {
                max = Long.MAX_VALUE;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long done = 0;
            if (old.length == 0) {
                // An empty pattern matches before every byte and at the end.
                int i = 0;
                while (i <= v.length) {
                    if (done < max) {
                        out.writeBytes(with);
                        done++;
                    }
                    if (i < v.length) {
                        out.write(v[i]);
                    }
                    i++;
                }
            } else {
                int i = 0;
                while (i < v.length) {
                    if (done < max && i + old.length <= v.length && matchAt(v, i, old)) {
                        out.writeBytes(with);
                        i += old.length;
                        done++;
                    } else {
                        out.write(v[i++]);
                    }
                }
            }
            return done == 0 ? same(s, v) : make(s, out.toByteArray());
        });
        Methods.method(t, "join", (s, args, kw) -> {
            PyObject seq = Args.one("join", args, kw);
            byte[] sep = value(s);
            PyObject[] items = Builtins.toArray(seq);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 0; i < items.length; i++) {
                    if (!isBuffer(items[i])) {
                        throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, "
                                + items[i].type.name + " found");
                    }
                    if (i > 0) {
                        out.writeBytes(sep);
                    }
                    out.writeBytes(buffer(items[i]));
                }
                if (items.length == 1 && items[0].type == Types.BYTES && s.type == Types.BYTES) {
                    return incref(items[0]);
                }
                return make(s, out.toByteArray());
            } finally {
                for (PyObject o : items) {
                    decref(o);
                }
            }
        });
        Methods.method(t, "partition", (s, args, kw) -> partition(s, Args.one("partition", args, kw), false));
        Methods.method(t, "rpartition", (s, args, kw) -> partition(s, Args.one("rpartition", args, kw), true));
        Methods.method(t, "isdigit", (s, args, kw) -> test(s, args, kw, "isdigit", ByteStrings::isDigit));
        Methods.method(t, "isalpha", (s, args, kw) -> test(s, args, kw, "isalpha", ByteStrings::isAlpha));
        Methods.method(t, "isalnum", (s, args, kw) -> test(s, args, kw, "isalnum", c -> isAlpha(c) || isDigit(c)));
        Methods.method(t, "isspace", (s, args, kw) -> test(s, args, kw, "isspace", ByteStrings::isSpace));
        Methods.method(t, "isascii", (s, args, kw) -> {
            Args.none("isascii", args, kw);
            for (byte b : value(s)) {
                if (b < 0) {
                    return Types.newBool(false);
                }
            }
            return Types.newBool(true);
        });
        Methods.method(t, "islower", (s, args, kw) -> cased(s, args, kw, "islower", true));
        Methods.method(t, "isupper", (s, args, kw) -> cased(s, args, kw, "isupper", false));
        Methods.method(t, "istitle", (s, args, kw) -> {
            Args.none("istitle", args, kw);
            boolean previousCased = false;
            boolean any = false;
            for (byte b : value(s)) {
                if (isUpper(b)) {
                    if (previousCased) {
                        return Types.newBool(false);
                    }
                    previousCased = true;
                    any = true;
                } else if (isLower(b)) {
                    if (!previousCased) {
                        return Types.newBool(false);
                    }
                    previousCased = true;
                    any = true;
                } else {
                    previousCased = false;
                }
            }
            return Types.newBool(any);
        });
        Methods.method(t, "title", (s, args, kw) -> {
            Args.none("title", args, kw);
            byte[] r = value(s).clone();
            boolean previousCased = false;
            for (int i = 0; i < r.length; i++) {
                int c = r[i];
                if (isAlpha(c)) {
                    r[i] = (byte) (previousCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
                    previousCased = true;
                } else {
                    previousCased = false;
                }
            }
            return make(s, r);
        });
        Methods.method(t, "capitalize", (s, args, kw) -> {
            Args.none("capitalize", args, kw);
            byte[] r = BytesMethods.asciiCase(value(s), BytesMethods.LOWER);
            if (r.length > 0 && isLower(r[0])) {
                r[0] -= 32;
            }
            return make(s, r);
        });
        Methods.method(t, "center", (s, args, kw) -> pad(s, args, kw, "center"));
        Methods.method(t, "ljust", (s, args, kw) -> pad(s, args, kw, "ljust"));
        Methods.method(t, "rjust", (s, args, kw) -> pad(s, args, kw, "rjust"));
        Methods.method(t, "zfill", (s, args, kw) -> {
            long width = Ops.asLong(Args.one("zfill", args, kw));
            byte[] v = value(s);
            if (width <= v.length) {
                return same(s, v);
            }
            byte[] r = new byte[(int) width];
            int fill = (int) width - v.length;
            Arrays.fill(r, 0, fill, (byte) '0');
            System.arraycopy(v, 0, r, fill, v.length);
            if (v.length > 0 && (v[0] == '+' || v[0] == '-')) {
                r[0] = v[0];
                r[fill] = '0';
            }
            return make(s, r);
        });
        Methods.method(t, "expandtabs", (s, args, kw) -> {
            Args.onlyKeywords("expandtabs", kw, "tabsize");
            Args.range("expandtabs", args, kw, 0, 1);
            PyObject size = Args.positional(args, kw) > 0 ? args[0] : Args.keyword(args, kw, "tabsize");
            long tab = size == null ? 8 : Ops.asLong(size);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long column = 0;
            for (byte b : value(s)) {
                if (b == '\t') {
                    if (tab > 0) {
                        long spaces = tab - column % tab;
                        for (long k = 0; k < spaces; k++) {
                            out.write(' ');
                        }
                        column += spaces;
                    }
                } else {
                    out.write(b);
                    column = b == '\n' || b == '\r' ? 0 : column + 1;
                }
            }
            return make(s, out.toByteArray());
        });
        Methods.method(t, "splitlines", (s, args, kw) -> {
            Args.onlyKeywords("splitlines", kw, "keepends");
            Args.range("splitlines", args, kw, 0, 1);
            PyObject keep = Args.positional(args, kw) > 0 ? args[0] : Args.keyword(args, kw, "keepends");
            boolean keepends = keep != null && Ops.isTrue(keep);
            byte[] v = value(s);
            List<byte[]> parts = new ArrayList<>();
            int i = 0;
            while (i < v.length) {
                int j = i;
                while (j < v.length && v[j] != '\n' && v[j] != '\r') {
                    j++;
                }
                int eol = j;
                if (j < v.length) {
                    j += v[j] == '\r' && j + 1 < v.length && v[j + 1] == '\n' ? 2 : 1;
                }
                parts.add(Arrays.copyOfRange(v, i, keepends ? j : eol));
                i = j;
            }
            return list(s, parts);
        });
        Methods.method(t, "removeprefix", (s, args, kw) -> {
            byte[] v = value(s);
            byte[] p = buffer(Args.one("removeprefix", args, kw));
            if (p.length > 0 && p.length <= v.length && matchAt(v, 0, p)) {
                return make(s, Arrays.copyOfRange(v, p.length, v.length));
            }
            return same(s, v);
        });
        Methods.method(t, "removesuffix", (s, args, kw) -> {
            byte[] v = value(s);
            byte[] p = buffer(Args.one("removesuffix", args, kw));
            if (p.length > 0 && p.length <= v.length && matchAt(v, v.length - p.length, p)) {
                return make(s, Arrays.copyOf(v, v.length - p.length));
            }
            return same(s, v);
        });
        Methods.method(t, "translate", (s, args, kw) -> {
            Args.onlyKeywords("translate", kw, "delete");
            Args.range("translate", args, kw, 1, 2);
            PyObject table = args[0];
            PyObject delete = Args.positional(args, kw) > 1 ? args[1] : Args.keyword(args, kw, "delete");
            byte[] map = table == Types.NONE ? null : buffer(table);
            if (map != null && map.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
            boolean[] drop = new boolean[256];
            if (delete != null) {
                for (byte b : buffer(delete)) {
                    drop[b & 0xff] = true;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte b : value(s)) {
                if (!drop[b & 0xff]) {
                    out.write(map == null ? b : map[b & 0xff]);
                }
            }
            return make(s, out.toByteArray());
        });
        Methods.staticMethod(t, "maketrans", (s, args, kw) -> {
            Args.noKeywords("maketrans", kw);
            Args.range("maketrans", args, kw, 2, 2);
            byte[] from = buffer(args[0]);
            byte[] to = buffer(args[1]);
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return PyBytes.of(table);
        });
        Methods.classMethod(t, "fromhex", (cls, args, kw) -> {
            PyObject arg = Args.one("fromhex", args, kw);
            if (!(arg instanceof PyStr str)) {
                throw Errors.typeError("fromhex() argument must be str, not " + arg.type.name);
            }
            byte[] r = fromHex(str.value);
            PyType type = (PyType) cls;
            if (type == Types.BYTES) {
                return PyBytes.of(r);
            }
            if (type == Types.BYTEARRAY) {
                return ByteArrayMethods.newByteArray(r);
            }
            PyObject raw = PyBytes.of(r);
            try {
                return Ops.call(type, raw);
            } finally {
                decref(raw);
            }
        });
        Methods.method(t, "hex", (s, args, kw) -> hex(value(s), args, kw));
        Methods.slot(t, "__mod__", (s, args, kw) -> {
            String template = new String(value(s), java.nio.charset.StandardCharsets.ISO_8859_1);
            String r = PercentFormat.formatBytes(template, args[0]);
            return make(s, r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        });
        Methods.slot(t, "__rmod__", (s, args, kw) -> incref(Types.NOT_IMPLEMENTED));
    }

    /** bytes.hex([sep[, bytes_per_sep]]): two lowercase digits a byte, sep between groups counted from the right. */
    static PyObject hex(byte[] v, PyObject[] args, String[] kw) {
        Args.onlyKeywords("hex", kw, "sep", "bytes_per_sep");
        Args.range("hex", args, kw, 0, 2);
        int npos = Args.positional(args, kw);
        PyObject sepArg = npos > 0 ? args[0] : Args.keyword(args, kw, "sep");
        PyObject perArg = npos > 1 ? args[1] : Args.keyword(args, kw, "bytes_per_sep");
        String sep = null;
        if (sepArg != null) {
            sep = sepArg instanceof PyStr ps ? ps.value : new String(buffer(sepArg), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (sep.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
        }
        long per = perArg == null ? 1 : Ops.asLong(perArg);
        StringBuilder out = new StringBuilder();
        int group = (int) Math.min(Math.abs(per), Integer.MAX_VALUE);
        for (int i = 0; i < v.length; i++) {
            if (sep != null && i > 0 && group > 0) {
                // A positive count groups from the right, a negative one from the left.
                boolean boundary = per > 0 ? (v.length - i) % group == 0 : i % group == 0;
                if (boundary) {
                    out.append(sep);
                }
            }
            out.append(Character.forDigit((v[i] >> 4) & 0xf, 16)).append(Character.forDigit(v[i] & 0xf, 16));
        }
        return Types.newStr(out.toString());
    }

    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c >= 9 && c <= 13)) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0 || s.charAt(i + 1) > 127) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private interface ByteTest {
        boolean test(int c);
    }

    private static PyObject test(PyObject s, PyObject[] args, String[] kw, String fn, ByteTest test) {
        Args.none(fn, args, kw);
        byte[] v = value(s);
        if (v.length == 0) {
            return Types.newBool(false);
        }
        for (byte b : v) {
            if (!test.test(b)) {
                return Types.newBool(false);
            }
        }
        return Types.newBool(true);
    }

    private static PyObject cased(PyObject s, PyObject[] args, String[] kw, String fn, boolean lower) {
        Args.none(fn, args, kw);
        boolean any = false;
        for (byte b : value(s)) {
            if (lower ? isUpper(b) : isLower(b)) {
                return Types.newBool(false);
            }
            any |= lower ? isLower(b) : isUpper(b);
        }
        return Types.newBool(any);
    }

    private static PyObject pad(PyObject s, PyObject[] args, String[] kw, String fn) {
        Args.noKeywords(fn, kw);
        Args.range(fn, args, kw, 1, 2);
        long width = Ops.asLong(args[0]);
        byte fill = ' ';
        if (args.length > 1) {
            byte[] f = args[1] instanceof PyBytes || args[1] instanceof PyByteArray ? buffer(args[1]) : null;
            if (f == null || f.length != 1) {
                throw Errors.typeError(fn + "() argument 2 must be a byte string of length 1, not "
                        + (f == null ? args[1].type.name : args[1].type.name));
            }
            fill = f[0];
        }
        byte[] v = value(s);
        if (width <= v.length) {
            return same(s, v);
        }
        int total = (int) width;
        int margin = total - v.length;
        int left = switch (fn) {
            case "ljust" -> 0;
            case "rjust" -> margin;
            // CPython's centring puts the odd byte on the left when the width is odd.
            default -> margin / 2 + (margin & total & 1);
        };
        byte[] r = new byte[total];
        Arrays.fill(r, fill);
        System.arraycopy(v, 0, r, left, v.length);
        return make(s, r);
    }

    private static PyObject partition(PyObject s, PyObject sepArg, boolean fromRight) {
        byte[] v = value(s);
        byte[] sep = buffer(sepArg);
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int at = fromRight ? lastIndexOf(v, sep, 0, v.length) : indexOf(v, sep, 0, v.length);
        if (at < 0) {
            PyObject whole = same(s, v);
            PyObject empty1 = make(s, new byte[0]);
            PyObject empty2 = make(s, new byte[0]);
            return fromRight ? tuple(empty1, empty2, whole) : tuple(whole, empty1, empty2);
        }
        PyObject middle = s.type == Types.BYTES && sepArg.type == Types.BYTES ? incref(sepArg) : make(s, sep);
        return tuple(make(s, Arrays.copyOf(v, at)), middle, make(s, Arrays.copyOfRange(v, at + sep.length, v.length)));
    }

    private static PyObject strip(PyObject s, PyObject[] args, String[] kw, String fn, boolean left, boolean right) {
        Args.noKeywords(fn, kw);
        Args.range(fn, args, kw, 0, 1);
        byte[] v = value(s);
        boolean[] set = null;
        if (args.length > 0 && args[0] != Types.NONE) {
            set = new boolean[256];
            for (byte b : buffer(args[0])) {
                set[b & 0xff] = true;
            }
        }
        int i = 0;
        int j = v.length;
        if (left) {
            while (i < j && (set == null ? isSpace(v[i]) : set[v[i] & 0xff])) {
                i++;
            }
        }
        if (right) {
            while (j > i && (set == null ? isSpace(v[j - 1]) : set[v[j - 1] & 0xff])) {
                j--;
            }
        }
        if (i == 0 && j == v.length) {
            return same(s, v);
        }
        return make(s, Arrays.copyOfRange(v, i, j));
    }

    private static PyObject split(PyObject s, PyObject[] args, String[] kw, boolean fromRight) {
        String fn = fromRight ? "rsplit" : "split";
        Args.onlyKeywords(fn, kw, "sep", "maxsplit");
        int npos = Args.positional(args, kw);
        if (npos > 2) {
            throw Errors.typeError(fn + "() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject sepArg = npos > 0 ? args[0] : Args.keyword(args, kw, "sep");
        PyObject max = npos > 1 ? args[1] : Args.keyword(args, kw, "maxsplit");
        long maxsplit = max == null ? -1 : Ops.asLong(max);
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        byte[] v = value(s);
        List<byte[]> parts = new ArrayList<>();
        if (sepArg == null || sepArg == Types.NONE) {
            if (!fromRight) {
                int i = 0;
                while (true) {
                    while (i < v.length && isSpace(v[i])) {
                        i++;
                    }
                    if (i >= v.length) {
                        break;
                    }
                    if (parts.size() == maxsplit) {
                        // The rest after the last split keeps its trailing whitespace.
                        parts.add(Arrays.copyOfRange(v, i, v.length));
                        break;
                    }
                    int j = i;
                    while (j < v.length && !isSpace(v[j])) {
                        j++;
                    }
                    parts.add(Arrays.copyOfRange(v, i, j));
                    i = j;
                }
            } else {
                int i = v.length;
                while (true) {
                    while (i > 0 && isSpace(v[i - 1])) {
                        i--;
                    }
                    if (i <= 0) {
                        break;
                    }
                    if (parts.size() == maxsplit) {
                        parts.add(Arrays.copyOf(v, i));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !isSpace(v[j - 1])) {
                        j--;
                    }
                    parts.add(Arrays.copyOfRange(v, j, i));
                    i = j;
                }
                java.util.Collections.reverse(parts);
            }
        } else {
            byte[] sep = buffer(sepArg);
            if (sep.length == 0) {
                throw Errors.valueError("empty separator");
            }
            if (!fromRight) {
                int start = 0;
                int count = 0;
                int k;
                while (count < maxsplit && (k = indexOf(v, sep, start, v.length)) >= 0) {
                    parts.add(Arrays.copyOfRange(v, start, k));
                    start = k + sep.length;
                    count++;
                }
                parts.add(Arrays.copyOfRange(v, start, v.length));
            } else {
                int end = v.length;
                int count = 0;
                int k;
                while (count < maxsplit && (k = lastIndexOf(v, sep, 0, end)) >= 0) {
                    parts.add(Arrays.copyOfRange(v, k + sep.length, end));
                    end = k;
                    count++;
                }
                parts.add(Arrays.copyOf(v, end));
                java.util.Collections.reverse(parts);
            }
        }
        return list(s, parts);
    }
}
