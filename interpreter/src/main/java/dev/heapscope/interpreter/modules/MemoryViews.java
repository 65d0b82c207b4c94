package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.ByteArrayMethods.PyByteArray;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators.JavaIterator;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * memoryview over the two buffer exporters Heapscope has, bytes and bytearray.
 *
 * <p>As in CPython, the export itself is a managed buffer object: the first memoryview of an
 * exporter makes one, which holds the one reference to the exporter (and, for a bytearray,
 * the one export that forbids resizing); every view sliced, cast or copied from it holds a
 * reference to that managed buffer instead. The exporter is let go when the last view over
 * it is released or freed. Views address the exporter's storage directly (a bytearray's
 * storage cannot move while it is exported), so writes through any view are seen by all.
 *
 * <p>Items are read and written in the native layout of a 64-bit little-endian machine with
 * the struct module's native single-character formats.
 */
public final class MemoryViews {
    private MemoryViews() {
    }

    public static final PyType TYPE = Types.builtin("memoryview", Types.OBJECT);
    static final PyType MANAGED_BUFFER = Types.builtin("managedbuffer", Types.OBJECT);
    static final PyType ITERATOR = Types.builtin("memory_iterator", Types.OBJECT);

    /** The formats cast() and item access understand, with their native item sizes. */
    private static final String FORMATS = "bBchHiIlLqQnNfd?";

    static int itemSize(char f) {
        return switch (f) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    /** _PyManagedBufferObject: the one export of an exporter, shared by every view over it. */
    static final class PyManagedBuffer extends PyObject {
        PyObject exporter;
        final boolean readonly;

        PyManagedBuffer(PyObject exporter) {
            super(MANAGED_BUFFER);
            this.exporter = exporter;
            this.readonly = !(exporter instanceof PyByteArray);
        }

        /** The exporter's storage; a bytearray's does not move while it is exported. */
        byte[] storage() {
            return exporter instanceof PyBytes b ? b.value : ((PyByteArray) exporter).data;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (exporter != null) {
                visitor.visit(exporter);
            }
        }

        @Override
        public void clear() {
            PyObject e = exporter;
            exporter = null;
            if (e != null) {
                if (e instanceof PyByteArray a) {
                    a.exports--;
                }
                decref(e);
            }
        }

        @Override
        public long allocationRequest() {
            return 16 + 112;
        }
    }

    /** A memoryview: ndim dimensions of items of one format, at byte offset {@code start} of its buffer. */
    public static final class PyMemoryView extends PyObject {
        PyManagedBuffer buffer;
        int start;
        char format;
        int itemsize;
        boolean readonly;
        int[] shape;
        int[] strides;

        PyMemoryView(PyManagedBuffer buffer, char format, boolean readonly, int start, int[] shape, int[] strides) {
            super(TYPE);
            this.buffer = buffer;
            this.format = format;
            this.itemsize = itemSize(format);
            this.readonly = readonly;
            this.start = start;
            this.shape = shape;
            this.strides = strides;
        }

        PyManagedBuffer live() {
            if (buffer == null) {
                throw Errors.valueError("operation forbidden on released memoryview object");
            }
            return buffer;
        }

        long items() {
            long n = 1;
            for (int d : shape) {
                n *= d;
            }
            return n;
        }

        /** The bytes of the view's items in row-major order (tobytes()). */
        public byte[] toBytes() {
            byte[] data = live().storage();
            byte[] out = new byte[(int) (items() * itemsize)];
            int[] at = {0};
            walk(0, start, (offset) -> {
                System.arraycopy(data, offset, out, at[0], itemsize);
                at[0] += itemsize;
            });
            return out;
        }

        interface ItemVisitor {
            void item(int offset);
        }

        void walk(int dim, int offset, ItemVisitor visitor) {
            if (dim == shape.length) {
                visitor.item(offset);
                return;
            }
            for (int i = 0; i < shape[dim]; i++) {
                walk(dim + 1, offset + i * strides[dim], visitor);
            }
        }

        boolean contiguous() {
            int expected = itemsize;
            for (int d = shape.length - 1; d >= 0; d--) {
                if (shape[d] > 1 && strides[d] != expected) {
                    return false;
                }
                if (shape[d] == 0) {
                    return true;
                }
                expected *= shape[d];
            }
            return true;
        }

        void release() {
            PyManagedBuffer b = buffer;
            buffer = null;
            if (b != null) {
                decref(b);
            }
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (buffer != null) {
                visitor.visit(buffer);
            }
        }

        @Override
        public void clear() {
            release();
        }

        @Override
        public long allocationRequest() {
            // The fixed part of PyMemoryViewObject and shape, strides and suboffsets of its dimensions.
            return 16 + 144 + 24L * Math.max(1, shape.length);
        }
    }

    static PyMemoryView self(PyObject o) {
        return (PyMemoryView) o;
    }

    /** memoryview(obj): a view of all of obj, sharing obj's managed buffer when obj is itself a view. */
    static PyMemoryView of(PyObject obj) {
        if (obj instanceof PyMemoryView m) {
            PyManagedBuffer b = m.live();
            return Heap.allocate(new PyMemoryView((PyManagedBuffer) incref(b), m.format, m.readonly, m.start,
                    m.shape.clone(), m.strides.clone()));
        }
        if (!(obj instanceof PyBytes) && !(obj instanceof PyByteArray)) {
            throw Errors.typeError("memoryview: a bytes-like object is required, not '" + obj.type.name + "'");
        }
        if (obj instanceof PyByteArray a) {
            a.exports++;
        }
        PyManagedBuffer b = Heap.allocate(new PyManagedBuffer(incref(obj)));
        int length = obj instanceof PyBytes bs ? bs.value.length : ((PyByteArray) obj).length;
        return Heap.allocate(new PyMemoryView(b, 'B', b.readonly, 0, new int[] {length}, new int[] {1}));
    }

    // ---- items: native little-endian packing ----

    private static long readLong(byte[] d, int at, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = (v << 8) | (d[at + i] & 0xff);
        }
        return v;
    }

    private static void writeLong(byte[] d, int at, int size, long v) {
        for (int i = 0; i < size; i++) {
            d[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static PyObject unpack(char f, byte[] d, int at) {
        switch (f) {
            case 'c':
                return PyBytes.of(new byte[] {d[at]});
            case '?':
                return Types.newBool(d[at] != 0);
            case 'f':
                return Types.newFloat(Float.intBitsToFloat((int) readLong(d, at, 4)));
            case 'd':
                return Types.newFloat(Double.longBitsToDouble(readLong(d, at, 8)));
            case 'b':
                return Types.newInt(d[at]);
            case 'h':
                return Types.newInt((short) readLong(d, at, 2));
            case 'i':
                return Types.newInt((int) readLong(d, at, 4));
            case 'l', 'q', 'n':
                return Types.newInt(readLong(d, at, 8));
            case 'L', 'Q', 'N': {
                long v = readLong(d, at, 8);
                return v >= 0 ? Types.newInt(v) : Types.newInt(new BigInteger(Long.toUnsignedString(v)));
            }
            default:
                return Types.newInt(readLong(d, at, itemSize(f)));
        }
    }

    static void pack(char f, byte[] d, int at, PyObject value) {
        String fmt = "'" + f + "'";
        switch (f) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.value.length != 1) {
                    throw value instanceof PyBytes ? Errors.valueError("memoryview: invalid value for format " + fmt)
                            : Errors.typeError("memoryview: invalid type for format " + fmt);
                }
                d[at] = b.value[0];
            }
            case '?' -> d[at] = (byte) (Ops.isTrue(value) ? 1 : 0);
            case 'f', 'd' -> {
                if (!(value instanceof PyFloat) && !(value instanceof PyInt)) {
                    throw Errors.typeError("memoryview: invalid type for format " + fmt);
                }
                double x = Conversions.toDouble(value);
                if (f == 'f') {
                    writeLong(d, at, 4, Float.floatToRawIntBits((float) x));
                } else {
                    writeLong(d, at, 8, Double.doubleToRawLongBits(x));
                }
            }
            default -> {
                if (!(value instanceof PyInt i)) {
                    throw Errors.typeError("memoryview: invalid type for format " + fmt);
                }
                int size = itemSize(f);
                boolean signed = Character.isLowerCase(f);
                BigInteger v = i.bigValue();
                BigInteger min = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).negate() : BigInteger.ZERO;
                BigInteger max = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
                if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
                    throw Errors.valueError("memoryview: invalid value for format " + fmt);
                }
                writeLong(d, at, size, v.longValue());
            }
        }
    }

    private static PyObject toList(PyMemoryView m, byte[] data, int dim, int offset) {
        PyList out = Heap.allocate(new PyList(Types.LIST));
        for (int i = 0; i < m.shape[dim]; i++) {
            int at = offset + i * m.strides[dim];
            out.appendOwned(dim + 1 == m.shape.length ? unpack(m.format, data, at) : toList(m, data, dim + 1, at));
        }
        return out;
    }

    private static PyObject intTuple(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = Types.newInt(values[i]);
        }
        return values.length == 0 ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    /** The byte offset of item {@code key} of a one-dimensional view. */
    private static int itemOffset(PyMemoryView m, PyObject key) {
        if (m.shape.length == 0) {
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (m.shape.length > 1) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
        }
        long i = Ops.asLong(key);
        long n = m.shape[0];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) (m.start + i * m.strides[0]);
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.type.lookup(dev.heapscope.interpreter.runtime.Names.__index__) != null;
    }

    private static PyMemoryView slice(PyMemoryView m, Slices.PySlice sl) {
        if (m.shape.length != 1) {
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "multi-dimensional slicing is not implemented");
        }
        Slices.Bounds bd = Slices.indices(sl, m.shape[0]);
        int start = (int) (m.start + bd.start() * m.strides[0]);
        return Heap.allocate(new PyMemoryView((PyManagedBuffer) incref(m.buffer), m.format, m.readonly, start,
                new int[] {(int) bd.length()}, new int[] {(int) (m.strides[0] * bd.step())}));
    }

    private static char castFormat(PyObject f) {
        String s = f instanceof PyStr ps ? ps.value : null;
        if (s == null) {
            throw Errors.typeError("memoryview: format argument must be a string");
        }
        if (s.startsWith("@")) {
            s = s.substring(1);
        }
        if (s.length() != 1 || FORMATS.indexOf(s.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed"
                    + " with an optional '@'");
        }
        return s.charAt(0);
    }

    private static boolean byteFormat(char f) {
        return f == 'B' || f == 'b' || f == 'c';
    }

    private static PyObject cast(PyMemoryView m, PyObject[] args, String[] kw) {
        Args.onlyKeywords("cast", kw, "format", "shape");
        Args.range("cast", args, kw, 1, 2);
        int npos = Args.positional(args, kw);
        PyObject fmtArg = npos > 0 ? args[0] : Args.keyword(args, kw, "format");
        PyObject shapeArg = npos > 1 ? args[1] : Args.keyword(args, kw, "shape");
        m.live();
        char f = castFormat(fmtArg);
        if (!m.contiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if (!byteFormat(f) && !byteFormat(m.format)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        long nbytes = m.items() * m.itemsize;
        int size = itemSize(f);
        int[] shape;
        if (shapeArg == null || shapeArg == Types.NONE) {
            if (nbytes % size != 0) {
                throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            }
            shape = new int[] {(int) (nbytes / size)};
        } else {
            PyObject[] dims = Builtins.toArray(shapeArg);
            try {
                shape = new int[dims.length];
                long product = size;
                for (int i = 0; i < dims.length; i++) {
                    long d = Ops.asLong(dims[i]);
                    if (d <= 0) {
                        throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                    }
                    shape[i] = (int) d;
                    product *= d;
                }
                if (m.shape.length != 1 && shape.length != 1) {
                    throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
                }
                if (product != nbytes) {
                    throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
                }
            } finally {
                for (PyObject o : dims) {
                    decref(o);
                }
            }
        }
        int[] strides = new int[shape.length];
        int stride = size;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return Heap.allocate(new PyMemoryView((PyManagedBuffer) incref(m.buffer), f, m.readonly, m.start, shape, strides));
    }

    /** Equality by value: the items of both, unpacked, compared in order (CPython's memory_richcompare). */
    private static PyObject equal(PyMemoryView m, PyObject other) {
        if (m.buffer == null || other instanceof PyMemoryView o && o.buffer == null) {
            return Types.newBool(m == other);
        }
        if (!(other instanceof PyMemoryView) && !ByteStrings.isBuffer(other)) {
            return incref(Types.NOT_IMPLEMENTED);
        }
        PyMemoryView o = other instanceof PyMemoryView ov ? ov : null;
        int[] otherShape = o != null ? o.shape : new int[] {ByteStrings.buffer(other).length};
        if (!Arrays.equals(m.shape, otherShape)) {
            return Types.newBool(false);
        }
        PyObject a = values(m);
        PyObject b;
        if (o != null) {
            b = values(o);
        } else {
            PyMemoryView tmp = of(other);
            try {
                b = values(tmp);
            } finally {
                decref(tmp);
            }
        }
        try {
            return Types.newBool(Ops.eq(a, b));
        } finally {
            decref(a);
            decref(b);
        }
    }

    /** tolist(): the items, unpacked, as nested lists (a 0-dim view's one item alone). */
    private static PyObject values(PyMemoryView m) {
        byte[] data = m.live().storage();
        return m.shape.length == 0 ? unpack(m.format, data, m.start) : toList(m, data, 0, m.start);
    }

    public static void register() {
        PyType t = TYPE;
        Methods.constructor(t, (type, args, kw) -> {
            Args.onlyKeywords("memoryview", kw, "object");
            Args.range("memoryview", args, kw, 1, 1);
            return of(args[0]);
        });
        Methods.slot(t, "__len__", (s, args, kw) -> {
            PyMemoryView m = self(s);
            m.live();
            if (m.shape.length == 0) {
                throw Errors.typeError("0-dim memory has no length");
            }
            return Types.newInt(m.shape[0]);
        });
        Methods.slot(t, "__getitem__", (s, args, kw) -> {
            PyMemoryView m = self(s);
            m.live();
            PyObject key = args[0];
            if (key instanceof Slices.PySlice sl) {
                return slice(m, sl);
            }
            if (key == Types.ELLIPSIS) {
                return of(m);
            }
            if (!isIndex(key)) {
                throw Errors.typeError("memoryview: invalid slice key");
            }
            return unpack(m.format, m.buffer.storage(), itemOffset(m, key));
        });
        Methods.slot(t, "__setitem__", (s, args, kw) -> {
            PyMemoryView m = self(s);
            m.live();
            if (m.readonly) {
                throw Errors.typeError("cannot modify read-only memory");
            }
            PyObject key = args[0];
            byte[] data = m.buffer.storage();
            if (key instanceof Slices.PySlice sl) {
                PyMemoryView target = slice(m, sl);
                try {
                    PyMemoryView source = args[1] instanceof PyMemoryView sv ? (PyMemoryView) incref(sv) : of(args[1]);
                    try {
                        if (source.format != target.format || !Arrays.equals(source.shape, target.shape)) {
                            throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                        }
                        byte[] bytes = source.toBytes();
                        int[] at = {0};
                        target.walk(0, target.start, offset -> {
                            System.arraycopy(bytes, at[0], data, offset, target.itemsize);
                            at[0] += target.itemsize;
                        });
                    } finally {
                        decref(source);
                    }
                } finally {
                    decref(target);
                }
                return incref(Types.NONE);
            }
            if (!isIndex(key)) {
                throw Errors.typeError("memoryview: invalid slice key");
            }
            pack(m.format, data, itemOffset(m, key), args[1]);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__iter__", (s, args, kw) -> {
            PyMemoryView m = self(s);
            m.live();
            if (m.shape.length == 0) {
                throw Errors.typeError("invalid indexing of 0-dim memory");
            }
            if (m.shape.length > 1) {
                throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
            }
            int[] i = {0};
            return Heap.allocate(new JavaIterator(ITERATOR) {
                {
                    source = incref(s);
                }

                @Override
                public PyObject next() {
                    PyMemoryView v = (PyMemoryView) source;
                    if (v == null || i[0] >= v.shape[0]) {
                        clear();
                        return null;
                    }
                    return unpack(v.format, v.live().storage(), v.start + i[0]++ * v.strides[0]);
                }
            });
        });
        Iteration.iteratorMethods(ITERATOR);
        Methods.slot(t, "__repr__", (s, args, kw) -> Types.newStr("<" + (self(s).buffer == null ? "released " : "")
                + "memory at 0x" + Long.toHexString(s.address) + ">"));
        Methods.slot(t, "__hash__", (s, args, kw) -> {
            PyMemoryView m = self(s);
            m.live();
            if (!m.readonly) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            if (!byteFormat(m.format)) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            PyObject b = PyBytes.of(m.toBytes());
            try {
                return Types.newInt(Ops.hash(b));
            } finally {
                decref(b);
            }
        });
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (s, args, kw) -> {
                if (op != CompareOp.EQ && op != CompareOp.NE) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                PyObject r = equal(self(s), args[0]);
                if (op == CompareOp.NE && r != Types.NOT_IMPLEMENTED) {
                    boolean v = r == Types.TRUE;
                    decref(r);
                    return Types.newBool(!v);
                }
                return r;
            });
        }
        Methods.method(t, "tobytes", (s, args, kw) -> {
            Args.onlyKeywords("tobytes", kw, "order");
            return PyBytes.of(self(s).toBytes());
        });
        Methods.method(t, "tolist", (s, args, kw) -> {
            Args.none("tolist", args, kw);
            return values(self(s));
        });
        Methods.method(t, "hex", (s, args, kw) -> ByteStrings.hex(self(s).toBytes(), args, kw));
        Methods.method(t, "release", (s, args, kw) -> {
            Args.none("release", args, kw);
            self(s).release();
            return incref(Types.NONE);
        });
        Methods.method(t, "__enter__", (s, args, kw) -> {
            self(s).live();
            return incref(s);
        });
        Methods.method(t, "__exit__", (s, args, kw) -> {
            self(s).release();
            return incref(Types.NONE);
        });
        Methods.method(t, "cast", (s, args, kw) -> cast(self(s), args, kw));
        Methods.method(t, "toreadonly", (s, args, kw) -> {
            Args.none("toreadonly", args, kw);
            PyMemoryView m = self(s);
            m.live();
            return Heap.allocate(new PyMemoryView((PyManagedBuffer) incref(m.buffer), m.format, true, m.start,
                    m.shape.clone(), m.strides.clone()));
        });
        Methods.getter(t, "obj", s -> incref(self(s).live().exporter));
        Methods.getter(t, "nbytes", s -> {
            self(s).live();
            return Types.newInt(self(s).items() * self(s).itemsize);
        });
        Methods.getter(t, "readonly", s -> {
            self(s).live();
            return Types.newBool(self(s).readonly);
        });
        Methods.getter(t, "itemsize", s -> {
            self(s).live();
            return Types.newInt(self(s).itemsize);
        });
        Methods.getter(t, "format", s -> {
            self(s).live();
            return Types.newStr(String.valueOf(self(s).format));
        });
        Methods.getter(t, "ndim", s -> {
            self(s).live();
            return Types.newInt(self(s).shape.length);
        });
        Methods.getter(t, "shape", s -> {
            self(s).live();
            return intTuple(self(s).shape);
        });
        Methods.getter(t, "strides", s -> {
            self(s).live();
            return intTuple(self(s).strides);
        });
        Methods.getter(t, "suboffsets", s -> {
            self(s).live();
            return incref(Types.EMPTY_TUPLE);
        });
        Methods.getter(t, "c_contiguous", s -> Types.newBool(self(s).live() != null && self(s).contiguous()));
        Methods.getter(t, "f_contiguous", s -> Types.newBool(self(s).live() != null && (self(s).shape.length <= 1
                && self(s).contiguous())));
        Methods.getter(t, "contiguous", s -> Types.newBool(self(s).live() != null && self(s).contiguous()));
        Methods.getter(t, "released", s -> Types.newBool(self(s).buffer == null));
    }
}
