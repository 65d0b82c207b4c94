package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators.JavaIterator;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.math.BigInteger;

/**
 * range objects of any size and their two iterators. As CPython's rangeobject, a range owns
 * its start, stop, step and length as int objects (so {@code range(x).stop is x}), and its
 * iterator is a {@code range_iterator} over C longs when start, stop, step and the length all
 * fit in one, else a {@code longrange_iterator} over int objects.
 */
final class Ranges {
    private Ranges() {
    }

    static final PyType RANGE_ITERATOR = Types.builtin("range_iterator", Types.OBJECT);
    static final PyType LONGRANGE_ITERATOR = Types.builtin("longrange_iterator", Types.OBJECT);

    private static final String SSIZE_OVERFLOW = "Python int too large to convert to C ssize_t";

    /** range(start, stop, step): the four ints owned; step is never zero. Not tracked by the collector. */
    static final class PyRange extends PyObject {
        PyInt start;
        PyInt stop;
        PyInt step;
        PyInt length;

        /** Takes ownership of the three bounds and computes the length. */
        PyRange(PyInt start, PyInt stop, PyInt step) {
            super(Types.RANGE);
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.length = lengthOf(start, stop, step);
        }

        /** Whether start, stop and step are all Java longs, the fast representation. */
        boolean small() {
            return start.isSmall() && stop.isSmall() && step.isSmall();
        }

        BigInteger at(BigInteger i) {
            return start.bigValue().add(i.multiply(step.bigValue()));
        }

        @Override
        public void traverse(Visitor visitor) {
            for (PyObject o : new PyObject[] {start, stop, step, length}) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }

        @Override
        public void clear() {
            PyObject[] held = {start, stop, step, length};
            start = stop = step = length = null;
            for (PyObject o : held) {
                if (o != null) {
                    decref(o);
                }
            }
        }

        @Override
        public long allocationRequest() {
            return ObjectSizes.RANGE_SIZE;
        }
    }

    /** The number of items of range(start, stop, step), as a new int. */
    static PyInt lengthOf(PyInt start, PyInt stop, PyInt step) {
        if (start.isSmall() && stop.isSmall() && step.isSmall()) {
            long a = start.value;
            long b = stop.value;
            long s = step.value;
            // (hi - lo - 1) / |step| + 1, done in longs when hi - lo cannot overflow.
            long lo = s > 0 ? a : b;
            long hi = s > 0 ? b : a;
            if (lo >= hi) {
                return Types.newInt(0);
            }
            long diff = hi - lo;
            if (diff > 0 && s != Long.MIN_VALUE) {
                return Types.newInt((diff - 1) / Math.abs(s) + 1);
            }
        }
        BigInteger a = start.bigValue();
        BigInteger b = stop.bigValue();
        BigInteger s = step.bigValue();
        BigInteger lo = s.signum() > 0 ? a : b;
        BigInteger hi = s.signum() > 0 ? b : a;
        if (lo.compareTo(hi) >= 0) {
            return Types.newInt(0);
        }
        return Types.newInt(hi.subtract(lo).subtract(BigInteger.ONE).divide(s.abs()).add(BigInteger.ONE));
    }

    /** A range_iterator: next value, step and items left as longs, and how many were taken. */
    static final class RangeIterator extends JavaIterator {
        final long start;
        final long step;
        final long length;
        long index;

        RangeIterator(long start, long step, long length) {
            super(RANGE_ITERATOR);
            this.start = start;
            this.step = step;
            this.length = length;
        }

        @Override
        public PyObject next() {
            if (index >= length) {
                return null;
            }
            // start + index * step may wrap past a long only where the true value is in range: the
            // iterator exists only when every item fits.
            return Types.newInt(start + index++ * step);
        }

        @Override
        public long lengthHint() {
            return length - index;
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            BigInteger stop = BigInteger.valueOf(start).add(BigInteger.valueOf(length).multiply(BigInteger.valueOf(step)));
            PyObject r = Heap.allocate(new PyRange(Types.newInt(start), Types.newInt(stop), Types.newInt(step)));
            return reduction(iter, r, index);
        }

        @Override
        public boolean isGcType() {
            return false;
        }
    }

    /** A longrange_iterator: start, step and length owned, the items taken as an int. */
    static final class LongRangeIterator extends JavaIterator {
        PyInt start;
        PyInt step;
        PyInt length;
        BigInteger index = BigInteger.ZERO;

        LongRangeIterator(PyInt start, PyInt step, PyInt length) {
            super(LONGRANGE_ITERATOR);
            this.start = start;
            this.step = step;
            this.length = length;
        }

        @Override
        public PyObject next() {
            if (length == null || index.compareTo(length.bigValue()) >= 0) {
                return null;
            }
            PyObject r = Types.newInt(start.bigValue().add(index.multiply(step.bigValue())));
            index = index.add(BigInteger.ONE);
            return r;
        }

        @Override
        public long lengthHint() {
            BigInteger left = remaining();
            return left.bitLength() < 64 ? left.longValue() : -1;
        }

        /** The items not yet taken (__length_hint__, which has no size limit here). */
        BigInteger remaining() {
            return length == null ? BigInteger.ZERO : length.bigValue().subtract(index);
        }

        @Override
        public PyObject reduce(PyObject iter, PyObject reversed) {
            PyInt stop = Types.newInt(start.bigValue().add(length.bigValue().multiply(step.bigValue())));
            PyObject r = Heap.allocate(new PyRange((PyInt) incref(start), stop, (PyInt) incref(step)));
            PyObject args = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {r}));
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(iter), args, Types.newInt(index)}));
        }

        @Override
        public boolean isGcType() {
            return false;
        }

        @Override
        public void traverse(Visitor visitor) {
            for (PyObject o : new PyObject[] {start, step, length}) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }

        @Override
        public void clear() {
            PyObject[] held = {start, step, length};
            start = step = length = null;
            for (PyObject o : held) {
                if (o != null) {
                    decref(o);
                }
            }
        }
    }

    /**
     * The iterator over items start, start + step, ... (length of them), taking ownership of
     * start and step: a range_iterator when all fit in longs, else a longrange_iterator that
     * holds them (so iter(range(x, y)) keeps x alive, as in CPython).
     */
    private static PyObject iterator(PyInt start, PyInt step, PyInt length, boolean fits) {
        if (fits) {
            PyObject it = Heap.allocate(new RangeIterator(start.value, step.value, length.value));
            decref(start);
            decref(step);
            return it;
        }
        return Heap.allocate(new LongRangeIterator(start, step, (PyInt) incref(length)));
    }

    private static boolean fitsLong(BigInteger v) {
        return v.bitLength() < 64;
    }

    static void register() {
        PyType r = Types.RANGE;
        Methods.constructor(r, (type, args, kw) -> {
            Args.noKeywords("range", kw);
            if (args.length == 0) {
                throw Errors.typeError("range expected at least 1 argument, got 0");
            }
            if (args.length > 3) {
                throw Errors.typeError("range expected at most 3 arguments, got " + args.length);
            }
            if (args.length == 1) {
                PyInt stop = Ops.index(args[0]);
                return Heap.allocate(new PyRange(Types.newInt(0), stop, Types.newInt(1)));
            }
            PyInt start = Ops.index(args[0]);
            PyInt stop = null;
            PyInt step = null;
            try {
                stop = Ops.index(args[1]);
                step = args.length == 3 ? Ops.index(args[2]) : Types.newInt(1);
                if (step.signum() == 0) {
                    throw Errors.valueError("range() arg 3 must not be zero");
                }
            } catch (RuntimeException e) {
                decref(start);
                if (stop != null) {
                    decref(stop);
                }
                if (step != null) {
                    decref(step);
                }
                throw e;
            }
            return Heap.allocate(new PyRange(start, stop, step));
        });
        Methods.slot(r, "__len__", (self, args, kw) -> {
            PyInt n = ((PyRange) self).length;
            if (!n.isSmall()) {
                throw Errors.overflow(SSIZE_OVERFLOW);
            }
            return incref(n);
        });
        Methods.slot(r, "__bool__", (self, args, kw) -> Types.newBool(((PyRange) self).length.signum() != 0));
        Methods.slot(r, "__iter__", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            boolean fits = range.small() && range.length.isSmall();
            return iterator((PyInt) incref(range.start), (PyInt) incref(range.step), range.length, fits);
        });
        Methods.slot(r, "__reversed__", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            // The last item first, stepping back; the long iterator is used exactly when CPython's
            // range_reverse leaves its fast path: -step or start - step would not fit in a long.
            BigInteger step = range.step.bigValue();
            BigInteger last = range.at(range.length.bigValue().subtract(BigInteger.ONE));
            boolean fits = range.small() && range.length.isSmall() && range.step.value != Long.MIN_VALUE
                    && fitsLong(range.start.bigValue().subtract(step));
            if (range.length.signum() == 0) {
                last = range.start.bigValue().subtract(step);
            }
            return iterator(Types.newInt(last), Types.newInt(step.negate()), range.length, fits);
        });
        Methods.slot(r, "__getitem__", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            if (args[0] instanceof Slices.PySlice s) {
                return slice(range, s);
            }
            PyObject key = args[0];
            if (!(key instanceof PyInt) && key.type.lookup(Names.__index__) == null) {
                throw Errors.typeError("range indices must be integers or slices, not " + key.type.name);
            }
            BigInteger i = bigIndex(key);
            BigInteger n = range.length.bigValue();
            if (i.signum() < 0) {
                i = i.add(n);
            }
            if (i.signum() < 0 || i.compareTo(n) >= 0) {
                throw Errors.indexError("range object index out of range");
            }
            return Types.newInt(range.at(i));
        });
        Methods.slot(r, "__contains__", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            if (isExactInt(args[0])) {
                return Types.newBool(position(range, ((PyInt) args[0]).bigValue()) != null);
            }
            return Types.newBool(search(range, args[0], false).signum() >= 0);
        });
        Methods.slot(r, "__repr__", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            boolean unitStep = range.step.isSmall() && range.step.value == 1;
            return Types.newStr("range(" + Ops.reprString(range.start) + ", " + Ops.reprString(range.stop)
                    + (unitStep ? "" : ", " + Ops.reprString(range.step)) + ")");
        });
        Methods.slot(r, "__eq__", (self, args, kw) -> {
            if (!(args[0] instanceof PyRange o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            return Types.newBool(sameItems((PyRange) self, o));
        });
        Methods.slot(r, "__hash__", (self, args, kw) -> {
            // Equal ranges hash alike: the hash of (len, start, step), with start and step
            // replaced by None where they do not affect the items.
            PyRange a = (PyRange) self;
            int n = a.length.signum() == 0 ? 0 : a.length.isSmall() && a.length.value == 1 ? 1 : 2;
            PyObject key = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(a.length),
                    incref(n == 0 ? Types.NONE : a.start), incref(n < 2 ? Types.NONE : a.step)}));
            try {
                return Types.newInt(Ops.hash(key));
            } finally {
                decref(key);
            }
        });
        Methods.method(r, "index", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            PyObject v = Args.one("index", args, kw);
            if (isExactInt(v)) {
                BigInteger at = position(range, ((PyInt) v).bigValue());
                if (at == null) {
                    throw Errors.valueError(Ops.reprString(v) + " is not in range");
                }
                return Types.newInt(at);
            }
            BigInteger at = search(range, v, false);
            if (at.signum() < 0) {
                throw Errors.valueError("sequence.index(x): x not in sequence");
            }
            return Types.newInt(at);
        });
        Methods.method(r, "count", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            PyObject v = Args.one("count", args, kw);
            if (isExactInt(v)) {
                return Types.newInt(position(range, ((PyInt) v).bigValue()) != null ? 1 : 0);
            }
            return Types.newInt(search(range, v, true));
        });
        Methods.method(r, "__reduce__", (self, args, kw) -> {
            PyRange range = (PyRange) self;
            PyObject bounds = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(range.start),
                    incref(range.stop), incref(range.step)}));
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(Types.RANGE), bounds}));
        });
        Methods.getter(r, "start", self -> incref(((PyRange) self).start));
        Methods.getter(r, "stop", self -> incref(((PyRange) self).stop));
        Methods.getter(r, "step", self -> incref(((PyRange) self).step));
        for (PyType t : new PyType[] {RANGE_ITERATOR, LONGRANGE_ITERATOR}) {
            Iteration.iteratorMethods(t);
            Methods.method(t, "__reduce__", (self, args, kw) -> {
                PyObject iter = Builtins.dict().get(Types.name("iter"));
                return ((JavaIterator) self).reduce(iter, Iteration.REVERSED);
            });
        }
        Methods.method(LONGRANGE_ITERATOR, "__length_hint__", (self, args, kw) ->
                Types.newInt(((LongRangeIterator) self).remaining()));
        Methods.method(RANGE_ITERATOR, "__setstate__", (self, args, kw) -> {
            RangeIterator it = (RangeIterator) self;
            long i = Ops.asLong(Args.one("__setstate__", args, kw));
            it.index = Math.max(0, Math.min(i, it.length));
            return incref(Types.NONE);
        });
        Methods.method(LONGRANGE_ITERATOR, "__setstate__", (self, args, kw) -> {
            LongRangeIterator it = (LongRangeIterator) self;
            BigInteger i = bigIndex(Args.one("__setstate__", args, kw));
            BigInteger n = it.length == null ? BigInteger.ZERO : it.length.bigValue();
            it.index = i.signum() < 0 ? BigInteger.ZERO : i.min(n);
            return incref(Types.NONE);
        });
    }

    private static boolean isExactInt(PyObject o) {
        return o instanceof PyInt && (o.type == Types.INT || o.type == Types.BOOL);
    }

    /** o.__index__() as a BigInteger. */
    private static BigInteger bigIndex(PyObject o) {
        PyInt i = Ops.index(o);
        try {
            return i.bigValue();
        } finally {
            decref(i);
        }
    }

    /** Whether both ranges give the same items: same length and, where they matter, same start and step. */
    private static boolean sameItems(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        BigInteger n = a.length.bigValue();
        if (!n.equals(b.length.bigValue())) {
            return false;
        }
        if (n.signum() == 0) {
            return true;
        }
        if (!a.start.bigValue().equals(b.start.bigValue())) {
            return false;
        }
        return n.equals(BigInteger.ONE) || a.step.bigValue().equals(b.step.bigValue());
    }

    /** The index of int value v among the range's items, or null when it is not one of them. */
    private static BigInteger position(PyRange range, BigInteger v) {
        BigInteger start = range.start.bigValue();
        BigInteger stop = range.stop.bigValue();
        BigInteger step = range.step.bigValue();
        boolean inside = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        if (!inside) {
            return null;
        }
        BigInteger[] qr = v.subtract(start).divideAndRemainder(step);
        return qr[1].signum() == 0 ? qr[0] : null;
    }

    /**
     * Compares v with each item in turn by ==, as the generic sequence search does for values
     * that are not ints: the number of equal items when counting, else the first index or -1.
     */
    private static BigInteger search(PyRange range, PyObject v, boolean counting) {
        BigInteger n = range.length.bigValue();
        BigInteger found = BigInteger.ZERO;
        for (BigInteger i = BigInteger.ZERO; i.compareTo(n) < 0; i = i.add(BigInteger.ONE)) {
            PyObject e = Types.newInt(range.at(i));
            boolean eq;
            try {
                eq = Ops.eq(e, v);
            } finally {
                decref(e);
            }
            if (eq) {
                if (!counting) {
                    return i;
                }
                found = found.add(BigInteger.ONE);
            }
        }
        return counting ? found : BigInteger.ONE.negate();
    }

    /** range[slice]: the sub-range, with the slice's bounds clamped to the length as ints of any size. */
    private static PyObject slice(PyRange range, Slices.PySlice s) {
        BigInteger step = s.step == Types.NONE ? BigInteger.ONE : sliceIndex(s.step);
        if (step.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        BigInteger n = range.length.bigValue();
        BigInteger lower = step.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = step.signum() < 0 ? n.subtract(BigInteger.ONE) : n;
        BigInteger start = s.start == Types.NONE ? (step.signum() < 0 ? upper : lower) : clamp(sliceIndex(s.start), n, lower, upper);
        BigInteger stop = s.stop == Types.NONE ? (step.signum() < 0 ? lower : upper) : clamp(sliceIndex(s.stop), n, lower, upper);
        return Heap.allocate(new PyRange(Types.newInt(range.at(start)), Types.newInt(range.at(stop)),
                Types.newInt(step.multiply(range.step.bigValue()))));
    }

    private static BigInteger sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type.lookup(Names.__index__) == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return bigIndex(o);
    }

    private static BigInteger clamp(BigInteger i, BigInteger n, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(n);
        }
        return i.max(lower).min(upper);
    }
}
