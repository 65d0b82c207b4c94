package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators.JavaIterator;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.text.PyRepr;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** bytearray: a mutable byte string whose buffer grows as CPython's PyByteArray_Resize grows it. */
final class ByteArrayMethods {
    private ByteArrayMethods() {
    }

    static final PyType ITERATOR = Types.builtin("bytearray_iterator", Types.OBJECT);

    /** A bytearray: {@code length} bytes of {@code data}; {@code alloc} is CPython's ob_alloc. */
    static final class PyByteArray extends PyObject {
        byte[] data = new byte[0];
        int length;
        long alloc;
        /** Managed buffers (memoryviews) over this bytearray; while any exist its size is fixed. */
        int exports;

        PyByteArray(PyType type) {
            super(type);
        }

        byte[] bytes() {
            return Arrays.copyOf(data, length);
        }

        void setBytes(byte[] b) {
            resize(b.length);
            System.arraycopy(b, 0, data, 0, b.length);
        }

        void resize(int newLength) {
            if (newLength != length && exports > 0) {
                throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.BUFFER_ERROR,
                        "Existing exports of data: object cannot be re-sized");
            }
            alloc = ObjectSizes.bytearrayResize(alloc, length, newLength);
            if (newLength > data.length) {
                data = Arrays.copyOf(data, Math.max(newLength, data.length * 2));
            }
            length = newLength;
        }

        @Override
        public long allocationRequest() {
            return ObjectSizes.BYTEARRAY_HEAD;
        }

        @Override
        public long sizeOf() {
            return ObjectSizes.bytearraySize(alloc);
        }
    }

    static PyByteArray self(PyObject o) {
        return (PyByteArray) o;
    }

    /** The bytes of a bytes-like argument (bytes or bytearray), or TypeError. */
    static byte[] bytesOf(PyObject o, String what) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray a) {
            return a.bytes();
        }
        if (o instanceof MemoryViews.PyMemoryView m) {
            return m.toBytes();
        }
        throw Errors.typeError(what + o.type.name + "'");
    }

    /** The bytes bytes()/bytearray() make from one argument (and an encoding for str). */
    static byte[] fromSource(String name, PyObject src, PyObject encoding) {
        if (src instanceof PyStr s) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value, Ops.strString(encoding), "strict");
        }
        if (src instanceof PyBytes || src instanceof PyByteArray || src instanceof MemoryViews.PyMemoryView) {
            return ByteStrings.buffer(src);
        }
        if (src instanceof PyBytes || src instanceof PyByteArray) {
            return bytesOf(src, "");
        }
        if (src instanceof PyInt i) {
            if (i.signum() < 0) {
                throw Errors.valueError("negative count");
            }
            return new byte[(int) Ops.asLong(i)];
        }
        PyObject[] items = Builtins.toArray(src);
        byte[] b = new byte[items.length];
        try {
            for (int k = 0; k < items.length; k++) {
                b[k] = byteValue(items[k]);
            }
        } finally {
            for (PyObject o : items) {
                decref(o);
            }
        }
        return b;
    }

    static byte byteValue(PyObject o) {
        if (!(o instanceof PyInt) && o.type.lookup(dev.heapscope.interpreter.runtime.Names.__index__) == null) {
            throw Errors.typeError("'" + o.type.name + "' object cannot be interpreted as an integer");
        }
        long v = Ops.asLong(o);
        if (v < 0 || v > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    static PyObject newByteArray(byte[] b) {
        PyByteArray a = Heap.allocate(new PyByteArray(Types.BYTEARRAY));
        if (b.length > 0) {
            a.setBytes(b);
        }
        return a;
    }

    static void register() {
        PyType t = Types.BYTEARRAY;
        Methods.constructor(t, (type, args, kw) -> {
            PyByteArray a = new PyByteArray(type);
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocate(a);
        });
        Methods.slot(t, "__init__", (self, args, kw) -> {
            Args.onlyKeywords("bytearray", kw, "source", "encoding", "errors");
            int npos = Args.positional(args, kw);
            PyObject src = npos > 0 ? args[0] : Args.keyword(args, kw, "source");
            PyObject enc = npos > 1 ? args[1] : Args.keyword(args, kw, "encoding");
            self(self).setBytes(src == null ? new byte[0] : fromSource("bytearray", src, enc));
            return incref(Types.NONE);
        });
        Methods.slot(t, "__repr__", (s, args, kw) -> Types.newStr((s.type == Types.BYTEARRAY ? "bytearray" : s.type.name)
                + "(" + PyRepr.bytes(self(s).bytes()) + ")"));
        Methods.slot(t, "__len__", (s, args, kw) -> Types.newInt(self(s).length));
        Methods.attribute(t, "__hash__", incref(Types.NONE));
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (s, args, kw) -> {
                if (!(args[0] instanceof PyBytes) && !(args[0] instanceof PyByteArray)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return Types.newBool(op.test(Arrays.compareUnsigned(self(s).bytes(), bytesOf(args[0], ""))));
            });
        }
        Methods.slot(t, "__getitem__", (s, args, kw) -> {
            PyByteArray a = self(s);
            if (args[0] instanceof Slices.PySlice sl) {
                Slices.Bounds b = Slices.indices(sl, a.length);
                byte[] r = new byte[(int) b.length()];
                for (int i = 0; i < r.length; i++) {
                    r[i] = a.data[(int) (b.start() + i * b.step())];
                }
                return newByteArray(r);
            }
            return Types.newInt(a.data[Slices.index(args[0], a.length, "bytearray")] & 0xff);
        });
        Methods.slot(t, "__setitem__", (s, args, kw) -> {
            PyByteArray a = self(s);
            if (args[0] instanceof Slices.PySlice sl) {
                Slices.Bounds b = Slices.indices(sl, a.length);
                byte[] value = args[1] instanceof PyInt ? null : fromSource("bytearray", args[1], null);
                if (value == null) {
                    throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                if (b.step() == 1) {
                    int start = (int) b.start();
                    int stop = (int) Math.max(b.start(), b.stop());
                    byte[] old = a.bytes();
                    byte[] r = new byte[old.length - (stop - start) + value.length];
                    System.arraycopy(old, 0, r, 0, start);
                    System.arraycopy(value, 0, r, start, value.length);
                    System.arraycopy(old, stop, r, start + value.length, old.length - stop);
                    a.setBytes(r);
                } else {
                    if (value.length != b.length()) {
                        throw Errors.valueError("attempt to assign bytes of size " + value.length
                                + " to extended slice of size " + b.length());
                    }
                    for (int i = 0; i < value.length; i++) {
                        a.data[(int) (b.start() + i * b.step())] = value[i];
                    }
                }
                return incref(Types.NONE);
            }
            int i = Slices.index(args[0], a.length, "bytearray");
            a.data[i] = byteValue(args[1]);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__contains__", (s, args, kw) -> {
            byte[] me = self(s).bytes();
            if (args[0] instanceof PyInt) {
                byte v = byteValue(args[0]);
                for (byte x : me) {
                    if (x == v) {
                        return Types.newBool(true);
                    }
                }
                return Types.newBool(false);
            }
            byte[] sub = bytesOf(args[0], "a bytes-like object is required, not '");
            return Types.newBool(indexOf(me, sub, 0) >= 0);
        });
        Methods.slot(t, "__iter__", (s, args, kw) -> {
            int[] i = {0};
            return Heap.allocate(new JavaIterator(ITERATOR) {
                {
                    source = incref(s);
                }

                @Override
                public PyObject next() {
                    PyByteArray a = (PyByteArray) source;
                    if (a == null || i[0] >= a.length) {
                        clear();
                        return null;
                    }
                    return Types.newInt(a.data[i[0]++] & 0xff);
                }

                @Override
                public long lengthHint() {
                    return source == null ? 0 : Math.max(0, ((PyByteArray) source).length - i[0]);
                }
            });
        });
        Iteration.iteratorMethods(ITERATOR);
        Methods.slot(t, "__add__", (s, args, kw) -> {
            byte[] a = self(s).bytes();
            byte[] b = bytesOf(args[0], "can't concat ");
            byte[] r = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, r, a.length, b.length);
            return newByteArray(r);
        });
        Methods.slot(t, "__iadd__", (s, args, kw) -> {
            PyByteArray a = self(s);
            byte[] b = bytesOf(args[0], "can't concat ");
            int n = a.length;
            a.resize(n + b.length);
            System.arraycopy(b, 0, a.data, n, b.length);
            return incref(s);
        });
        Methods.slot(t, "__mul__", (s, args, kw) -> {
            long n = Math.max(0, Ops.asLong(args[0]));
            byte[] a = self(s).bytes();
            byte[] r = new byte[(int) (a.length * n)];
            for (int k = 0; k < n; k++) {
                System.arraycopy(a, 0, r, k * a.length, a.length);
            }
            return newByteArray(r);
        });
        Methods.method(t, "append", (s, args, kw) -> {
            PyByteArray a = self(s);
            byte v = byteValue(Args.one("append", args, kw));
            a.resize(a.length + 1);
            a.data[a.length - 1] = v;
            return incref(Types.NONE);
        });
        Methods.method(t, "extend", (s, args, kw) -> {
            PyByteArray a = self(s);
            byte[] b = fromSource("bytearray", Args.one("extend", args, kw), null);
            int n = a.length;
            a.resize(n + b.length);
            System.arraycopy(b, 0, a.data, n, b.length);
            return incref(Types.NONE);
        });
        Methods.method(t, "insert", (s, args, kw) -> {
            Args.range("insert", args, kw, 2, 2);
            PyByteArray a = self(s);
            long i = Ops.asLong(args[0]);
            byte v = byteValue(args[1]);
            if (i < 0) {
                i = Math.max(0, i + a.length);
            }
            i = Math.min(i, a.length);
            byte[] old = a.bytes();
            a.resize(a.length + 1);
            System.arraycopy(old, (int) i, a.data, (int) i + 1, old.length - (int) i);
            a.data[(int) i] = v;
            return incref(Types.NONE);
        });
        Methods.method(t, "pop", (s, args, kw) -> {
            Args.range("pop", args, kw, 0, 1);
            PyByteArray a = self(s);
            if (a.length == 0) {
                throw Errors.indexError("pop from empty bytearray");
            }
            long i = args.length == 0 ? a.length - 1 : Ops.asLong(args[0]);
            if (i < 0) {
                i += a.length;
            }
            if (i < 0 || i >= a.length) {
                throw Errors.indexError("pop index out of range");
            }
            int v = a.data[(int) i] & 0xff;
            System.arraycopy(a.data, (int) i + 1, a.data, (int) i, a.length - (int) i - 1);
            a.resize(a.length - 1);
            return Types.newInt(v);
        });
        Methods.method(t, "remove", (s, args, kw) -> {
            PyByteArray a = self(s);
            byte v = byteValue(Args.one("remove", args, kw));
            for (int i = 0; i < a.length; i++) {
                if (a.data[i] == v) {
                    System.arraycopy(a.data, i + 1, a.data, i, a.length - i - 1);
                    a.resize(a.length - 1);
                    return incref(Types.NONE);
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        Methods.method(t, "reverse", (s, args, kw) -> {
            PyByteArray a = self(s);
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                byte x = a.data[i];
                a.data[i] = a.data[j];
                a.data[j] = x;
            }
            return incref(Types.NONE);
        });
        Methods.method(t, "clear", (s, args, kw) -> {
            self(s).resize(0);
            return incref(Types.NONE);
        });
        Methods.method(t, "copy", (s, args, kw) -> newByteArray(self(s).bytes()));
        Methods.method(t, "decode", (s, args, kw) -> {
            String[] how = Codecs.encodingArguments("decode", args, kw);
            return Types.newStr(Codecs.decode(self(s).bytes(), how[0], how[1]));
        });
        ByteStrings.register(t);
        Methods.method(t, "startswith", (s, args, kw) -> BytesMethods.affix(self(s).bytes(), args, kw, true));
        Methods.method(t, "endswith", (s, args, kw) -> BytesMethods.affix(self(s).bytes(), args, kw, false));
        Methods.method(t, "upper", (s, args, kw) -> {
            Args.none("upper", args, kw);
            return newByteArray(BytesMethods.asciiCase(self(s).bytes(), BytesMethods.UPPER));
        });
        Methods.method(t, "lower", (s, args, kw) -> {
            Args.none("lower", args, kw);
            return newByteArray(BytesMethods.asciiCase(self(s).bytes(), BytesMethods.LOWER));
        });
        Methods.method(t, "swapcase", (s, args, kw) -> {
            Args.none("swapcase", args, kw);
            return newByteArray(BytesMethods.asciiCase(self(s).bytes(), BytesMethods.SWAP));
        });
        Methods.method(t, "__sizeof__", (s, args, kw) -> Types.newInt(s.sizeOf()));
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
