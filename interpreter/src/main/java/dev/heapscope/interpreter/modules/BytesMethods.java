package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.text.PyRepr;
import java.nio.charset.StandardCharsets;

/** Methods of bytes. */
final class BytesMethods {
    private BytesMethods() {
    }

    static final int UPPER = 0;
    static final int LOWER = 1;
    static final int SWAP = 2;

    /** bytes.upper/lower/swapcase: only the ASCII letters change, every other byte stays. */
    static byte[] asciiCase(byte[] b, int mode) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            if (lower && mode != LOWER) {
                c -= 32;
            } else if (upper && mode != UPPER) {
                c += 32;
            }
            r[i] = (byte) c;
        }
        return r;
    }

    static final PyType ITERATOR = Types.builtin("bytes_iterator", Types.OBJECT);

    static PyBytes self(PyObject o) {
        return (PyBytes) o;
    }

    static void register() {
        PyType t = Types.BYTES;
        Methods.constructor(t, (type, args, kw) -> {
            Args.range("bytes", args, kw, 0, 3);
            if (args.length == 0) {
                return PyBytes.of(new byte[0]);
            }
            PyObject src = args[0];
            if (src instanceof dev.heapscope.interpreter.objects.PyStr s) {
                if (args.length < 2) {
                    throw Errors.typeError("string argument without an encoding");
                }
                return PyBytes.of(encodeSource(s, args, kw));
            }
            if (src instanceof dev.heapscope.interpreter.objects.PyInt i) {
                return PyBytes.of(new byte[(int) i.value]);
            }
            PyObject[] items = Builtins.toArray(src);
            byte[] b = new byte[items.length];
            for (int k = 0; k < items.length; k++) {
                long v = dev.heapscope.interpreter.runtime.Ops.asLong(items[k]);
                dev.heapscope.interpreter.runtime.Heap.decref(items[k]);
                if (v < 0 || v > 255) {
                    throw Errors.valueError("bytes must be in range(0, 256)");
                }
                b[k] = (byte) v;
            }
            return PyBytes.of(b);
        });
        Methods.slot(t, "__repr__", (s, args, kw) -> Types.newStr(PyRepr.bytes(self(s).value)));
        Methods.slot(t, "__str__", (s, args, kw) -> Types.newStr(PyRepr.bytes(self(s).value)));
        Methods.slot(t, "__len__", (s, args, kw) -> Types.newInt(self(s).value.length));
        Methods.slot(t, "__hash__", (s, args, kw) -> Types.newInt(java.util.Arrays.hashCode(self(s).value) * 31L + 7));
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (s, args, kw) -> {
                if (!(args[0] instanceof PyBytes o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return Types.newBool(op.test(java.util.Arrays.compareUnsigned(self(s).value, o.value)));
            });
        }
        Methods.slot(t, "__add__", (s, args, kw) -> {
            if (!(args[0] instanceof PyBytes o)) {
                throw Errors.typeError("can't concat " + args[0].type.name + " to bytes");
            }
            byte[] a = self(s).value;
            byte[] r = java.util.Arrays.copyOf(a, a.length + o.value.length);
            System.arraycopy(o.value, 0, r, a.length, o.value.length);
            return PyBytes.of(r);
        });
        Methods.slot(t, "__mul__", (s, args, kw) -> repeat(self(s), args[0]));
        Methods.slot(t, "__rmul__", (s, args, kw) -> repeat(self(s), args[0]));
        Methods.slot(t, "__getitem__", (s, args, kw) -> {
            byte[] b = self(s).value;
            if (args[0] instanceof Slices.PySlice sl) {
                Slices.Bounds bd = Slices.indices(sl, b.length);
                byte[] r = new byte[(int) bd.length()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = b[(int) (bd.start() + i * bd.step())];
                }
                return PyBytes.of(r);
            }
            return Types.newInt(b[Slices.index(args[0], b.length, "index")] & 0xff);
        });
        Methods.method(t, "decode", (s, args, kw) -> {
            String[] how = Codecs.encodingArguments("decode", args, kw);
            return Types.newStr(Codecs.decode(self(s).value, how[0], how[1]));
        });
        Methods.method(t, "upper", (s, args, kw) -> {
            Args.none("upper", args, kw);
            return PyBytes.of(asciiCase(self(s).value, UPPER));
        });
        Methods.method(t, "lower", (s, args, kw) -> {
            Args.none("lower", args, kw);
            return PyBytes.of(asciiCase(self(s).value, LOWER));
        });
        Methods.method(t, "swapcase", (s, args, kw) -> {
            Args.none("swapcase", args, kw);
            return PyBytes.of(asciiCase(self(s).value, SWAP));
        });
        Methods.method(t, "startswith", (s, args, kw) -> affix(self(s).value, args, kw, true));
        Methods.method(t, "endswith", (s, args, kw) -> affix(self(s).value, args, kw, false));
        Methods.slot(t, "__contains__", (s, args, kw) -> {
            byte[] me = self(s).value;
            if (args[0] instanceof dev.heapscope.interpreter.objects.PyInt) {
                byte v = ByteArrayMethods.byteValue(args[0]);
                for (byte x : me) {
                    if (x == v) {
                        return Types.newBool(true);
                    }
                }
                return Types.newBool(false);
            }
            byte[] sub = ByteStrings.buffer(args[0]);
            return Types.newBool(ByteArrayMethods.indexOf(me, sub, 0) >= 0);
        });
        Methods.slot(t, "__iter__", (s, args, kw) -> {
            int[] at = {0};
            return dev.heapscope.interpreter.runtime.Heap.allocate(new dev.heapscope.interpreter.runtime.Iterators.JavaIterator(ITERATOR) {
                {
                    source = incref(s);
                }

                @Override
                public PyObject next() {
                    if (source == null || at[0] >= ((PyBytes) source).value.length) {
                        clear();
                        return null;
                    }
                    return Types.newInt(((PyBytes) source).value[at[0]++] & 0xff);
                }

                @Override
                public long lengthHint() {
                    return source == null ? 0 : Math.max(0, ((PyBytes) source).value.length - at[0]);
                }
            });
        });
        Iteration.iteratorMethods(ITERATOR);
        Methods.method(t, "__bytes__", (s, args, kw) -> {
            Args.none("__bytes__", args, kw);
            return s.type == Types.BYTES ? incref(s) : PyBytes.of(self(s).value);
        });
        Methods.method(t, "__getnewargs__", (s, args, kw) -> {
            Args.none("__getnewargs__", args, kw);
            return dev.heapscope.interpreter.runtime.Heap.allocate(new dev.heapscope.interpreter.objects.PyTuple(Types.TUPLE,
                    new PyObject[] {PyBytes.of(self(s).value)}));
        });
        ByteStrings.register(t);
    }

    /** bytes(str, encoding[, errors]) and bytearray(str, encoding[, errors]): the str encoded by that codec. */
    static byte[] encodeSource(dev.heapscope.interpreter.objects.PyStr s, PyObject[] args, String[] kw) {
        String encoding = Ops.strString(args[1]);
        String errors = args.length > 2 ? Ops.strString(args[2]) : "strict";
        return Codecs.encode(s.value, encoding, errors);
    }

    /** bytes_repeat: an exact bytes times one is itself; the shared empty and one-byte objects stay shared. */
    private static PyObject repeat(PyBytes b, PyObject n) {
        if (!(n instanceof dev.heapscope.interpreter.objects.PyInt) && n.type.lookup(dev.heapscope.interpreter.runtime.Names.__index__) == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type.name + "'");
        }
        long times = Math.max(0, dev.heapscope.interpreter.runtime.Ops.asLong(n));
        if (times == 1 && b.type == Types.BYTES) {
            return incref(b);
        }
        long total = times * b.value.length;
        if (total > Integer.MAX_VALUE - 64) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.MEMORY_ERROR);
        }
        byte[] r = new byte[(int) total];
        for (int k = 0; k < times; k++) {
            System.arraycopy(b.value, 0, r, k * b.value.length, b.value.length);
        }
        return PyBytes.of(r);
    }

    /**
     * bytes.startswith/endswith(affix[, start[, end]]): affix is bytes-like or a tuple of
     * them, matched within the slice [start:end] (whose start may not be past the end).
     */
    static PyObject affix(byte[] v, PyObject[] args, String[] kw, boolean prefix) {
        String fn = prefix ? "startswith" : "endswith";
        Args.range(fn, args, kw, 1, 3);
        long n = v.length;
        long start = args.length > 1 && args[1] != Types.NONE ? dev.heapscope.interpreter.runtime.Ops.asLong(args[1]) : 0;
        long end = args.length > 2 && args[2] != Types.NONE ? dev.heapscope.interpreter.runtime.Ops.asLong(args[2]) : n;
        start = start < 0 ? Math.max(0, start + n) : start;
        end = Math.min(end < 0 ? Math.max(0, end + n) : end, n);
        PyObject[] choices = args[0] instanceof dev.heapscope.interpreter.objects.PyTuple tup ? tup.items : new PyObject[] {args[0]};
        for (PyObject c : choices) {
            if (!(c instanceof PyBytes) && !(c instanceof ByteArrayMethods.PyByteArray)) {
                throw Errors.typeError(args[0] instanceof dev.heapscope.interpreter.objects.PyTuple
                        ? "a bytes-like object is required, not '" + c.type.name + "'"
                        : fn + " first arg must be bytes or a tuple of bytes, not " + c.type.name);
            }
            byte[] a = ByteArrayMethods.bytesOf(c, "");
            if (start > n || end - start < a.length) {
                continue;
            }
            int at = (int) (prefix ? start : end - a.length);
            if (java.util.Arrays.equals(v, at, at + a.length, a, 0, a.length)) {
                return Types.newBool(true);
            }
        }
        return Types.newBool(false);
    }

    /** bytes.find(sub[, start[, end]]): sub is bytes-like or an int in range(256); -1 when absent. */
    static long find(byte[] v, PyObject[] args, String[] kw, String fn) {
        Args.range(fn, args, kw, 1, 3);
        byte[] sub = args[0] instanceof dev.heapscope.interpreter.objects.PyInt ? new byte[] {ByteArrayMethods.byteValue(args[0])}
                : ByteArrayMethods.bytesOf(args[0], "argument should be integer or bytes-like object, not '");
        long n = v.length;
        long start = args.length > 1 && args[1] != Types.NONE ? dev.heapscope.interpreter.runtime.Ops.asLong(args[1]) : 0;
        long end = args.length > 2 && args[2] != Types.NONE ? dev.heapscope.interpreter.runtime.Ops.asLong(args[2]) : n;
        start = start < 0 ? Math.max(0, start + n) : start;
        end = Math.min(end < 0 ? Math.max(0, end + n) : end, n);
        for (long i = start; i + sub.length <= end; i++) {
            if (java.util.Arrays.equals(v, (int) i, (int) i + sub.length, sub, 0, sub.length)) {
                return i;
            }
        }
        return -1;
    }
}
