package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.text.PyRepr;
import java.nio.charset.StandardCharsets;

/** Methods of bytes. */
final class BytesMethods {
    private BytesMethods() {
    }

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
                return PyBytes.of(s.value.getBytes(StandardCharsets.UTF_8));
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
        Methods.method(t, "decode", (s, args, kw) -> Types.newStr(new String(self(s).value, StandardCharsets.UTF_8)));
        Methods.method(t, "hex", (s, args, kw) -> {
            StringBuilder out = new StringBuilder();
            for (byte x : self(s).value) {
                out.append(String.format("%02x", x & 0xff));
            }
            return Types.newStr(out.toString());
        });
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
}
