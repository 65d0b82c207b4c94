package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/** slice objects and the index arithmetic of sequences (PySlice_Unpack / AdjustIndices). */
public final class Slices {
    private Slices() {
    }

    /** slice(start, stop, step); all three owned. */
    public static final class PySlice extends PyObject {
        public PyObject start;
        public PyObject stop;
        public PyObject step;

        PySlice(PyObject start, PyObject stop, PyObject step) {
            super(Types.SLICE);
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            visitor.visit(start);
            visitor.visit(stop);
            visitor.visit(step);
        }

        @Override
        public void clear() {
            PyObject a = start;
            PyObject b = stop;
            PyObject c = step;
            start = Types.NONE;
            stop = Types.NONE;
            step = Types.NONE;
            decref(a);
            decref(b);
            decref(c);
        }

        @Override
        public long allocationRequest() {
            return ObjectSizes.SLICE_SIZE;
        }
    }

    /** slice(stop) / slice(start, stop[, step]), its repr, attributes, indices() and comparisons. */
    public static void register() {
        PyType t = Types.SLICE;
        Methods.constructor(t, (type, args, kw) -> {
            Args.noKeywords("slice", kw);
            if (args.length == 0) {
                throw Errors.typeError("slice expected at least 1 argument, got 0");
            }
            if (args.length > 3) {
                throw Errors.typeError("slice expected at most 3 arguments, got " + args.length);
            }
            if (args.length == 1) {
                return newSlice(Types.NONE, args[0], Types.NONE);
            }
            return newSlice(args[0], args[1], args.length == 3 ? args[2] : Types.NONE);
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> {
            PySlice s = (PySlice) self;
            return Types.newStr("slice(" + Ops.reprString(s.start) + ", " + Ops.reprString(s.stop) + ", "
                    + Ops.reprString(s.step) + ")");
        });
        Methods.attribute(t, "__hash__", Types.NONE);
        Methods.getter(t, "start", self -> incref(((PySlice) self).start));
        Methods.getter(t, "stop", self -> incref(((PySlice) self).stop));
        Methods.getter(t, "step", self -> incref(((PySlice) self).step));
        Methods.method(t, "indices", (self, args, kw) -> {
            PyObject n = Args.one("indices", args, kw);
            PyInt len = Ops.index(n);
            long length;
            try {
                if (!len.isSmall()) {
                    throw Errors.overflow("Python int too large to convert to C ssize_t");
                }
                length = len.value;
            } finally {
                decref(len);
            }
            if (length < 0) {
                throw Errors.valueError("length should not be negative");
            }
            Bounds b = indices((PySlice) self, length);
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {Types.newInt(b.start()),
                    Types.newInt(b.stop()), Types.newInt(b.step())}));
        });
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (self, args, kw) -> {
                if (!(args[0] instanceof PySlice other)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                PySlice s = (PySlice) self;
                PyObject a = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(s.start), incref(s.stop),
                        incref(s.step)}));
                PyObject b = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(other.start),
                        incref(other.stop), incref(other.step)}));
                try {
                    return Ops.compare(a, b, op);
                } finally {
                    decref(a);
                    decref(b);
                }
            });
        }
    }

    /** A new slice over borrowed bounds. */
    public static PyObject newSlice(PyObject start, PyObject stop, PyObject step) {
        return Heap.allocate(new PySlice(incref(start), incref(stop), incref(step)));
    }

    /** Start, stop, step and length of a slice over a sequence of {@code length} items. */
    public record Bounds(long start, long stop, long step, long length) {
    }

    public static Bounds indices(PySlice s, long length) {
        long step;
        if (s.step == Types.NONE) {
            step = 1;
        } else {
            step = clampIndex(s.step);
            if (step == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start;
        if (s.start == Types.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = clampIndex(s.start);
            if (start < 0) {
                start = Math.max(start + length, lower);
            } else {
                start = Math.min(start, upper);
            }
        }
        long stop;
        if (s.stop == Types.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = clampIndex(s.stop);
            if (stop < 0) {
                stop = Math.max(stop + length, lower);
            } else {
                stop = Math.min(stop, upper);
            }
        }
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new Bounds(start, stop, step, n);
    }

    /** An index for slicing, clamped to the long range (huge bounds are fine in slices). */
    private static long clampIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type.lookup(Names.__index__) == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Ops.index(o);
        try {
            if (i.isSmall()) {
                return Math.max(Math.min(i.value, Long.MAX_VALUE / 4), Long.MIN_VALUE / 4);
            }
            return i.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        } finally {
            decref(i);
        }
    }

    /**
     * A sequence index: an int-like key adjusted for negative values, checked against
     * {@code length}; raises IndexError with "{what} index out of range".
     */
    public static int index(PyObject key, long length, String what) {
        if (!(key instanceof PyInt) && key.type.lookup(Names.__index__) == null) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + key.type.name);
        }
        PyInt i = Ops.index(key);
        long v;
        try {
            if (!i.isSmall()) {
                throw Errors.indexError("cannot fit 'int' into an index-sized integer");
            }
            v = i.value;
        } finally {
            decref(i);
        }
        if (v < 0) {
            v += length;
        }
        if (v < 0 || v >= length) {
            throw Errors.indexError(what + " index out of range");
        }
        return (int) v;
    }
}
