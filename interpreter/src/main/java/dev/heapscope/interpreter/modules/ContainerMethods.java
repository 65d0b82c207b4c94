package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.util.IdentityHashMap;

/** Methods of list and tuple; dict and set are in {@link DictMethods} and {@link SetMethods}. */
public final class ContainerMethods {
    private ContainerMethods() {
    }

    /** Containers whose repr is being computed (Py_ReprEnter), so a recursive one prints as [...]. */
    private static final IdentityHashMap<PyObject, Boolean> REPR_ACTIVE = new IdentityHashMap<>();

    /** repr of a container: {@code body} computes it unless the container is already being printed. */
    static PyObject guardedRepr(PyObject self, String recursive, java.util.function.Supplier<String> body) {
        if (REPR_ACTIVE.containsKey(self)) {
            return Types.newStr(recursive);
        }
        REPR_ACTIVE.put(self, true);
        try {
            return Types.newStr(body.get());
        } finally {
            REPR_ACTIVE.remove(self);
        }
    }

    static String joinReprs(PyObject[] items, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(Ops.reprString(items[i]));
        }
        return out.toString();
    }

    static PyList list(PyObject o) {
        return (PyList) o;
    }

    public static void register() {
        registerList();
        registerTuple();
        DictMethods.register();
        SetMethods.register();
    }

    private static void registerList() {
        PyType t = Types.LIST;
        Methods.constructor(t, (type, args, kw) -> {
            PyList l = new PyList(type);
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocate(l);
        });
        Methods.slot(t, "__init__", (self, args, kw) -> {
            Args.noKeywords("list", kw);
            if (args.length > 1) {
                throw Errors.typeError("list expected at most 1 argument, got " + args.length);
            }
            PyList l = list(self);
            l.clear();
            if (args.length == 1) {
                // list___init__: preallocated for the iterable's length hint.
                long hint = lengthHint(args[0], 0);
                if (hint > 0) {
                    l.preallocateExact(hint);
                }
                extend(l, args[0]);
            }
            return incref(Types.NONE);
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> guardedRepr(self, "[...]",
                () -> "[" + joinReprs(list(self).items, list(self).size) + "]"));
        Methods.slot(t, "__len__", (self, args, kw) -> Types.newInt(list(self).size));
        Methods.slot(t, "__getitem__", (self, args, kw) -> {
            PyList l = list(self);
            if (args[0] instanceof Slices.PySlice s) {
                Slices.Bounds b = Slices.indices(s, l.size);
                PyObject[] items = new PyObject[(int) b.length()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = incref(l.items[(int) (b.start() + i * b.step())]);
                }
                return Heap.allocate(new PyList(Types.LIST, items, items.length));
            }
            return incref(l.items[Slices.index(args[0], l.size, "list")]);
        });
        Methods.slot(t, "__setitem__", (self, args, kw) -> {
            PyList l = list(self);
            if (args[0] instanceof Slices.PySlice s) {
                assignSlice(l, s, args[1]);
                return incref(Types.NONE);
            }
            int i = Slices.index(args[0], l.size, "list assignment");
            PyObject old = l.items[i];
            l.items[i] = incref(args[1]);
            decref(old);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__delitem__", (self, args, kw) -> {
            PyList l = list(self);
            if (args[0] instanceof Slices.PySlice s) {
                Slices.Bounds b = Slices.indices(s, l.size);
                java.util.List<PyObject> removed = new java.util.ArrayList<>();
                java.util.List<PyObject> kept = new java.util.ArrayList<>();
                java.util.Set<Long> drop = new java.util.HashSet<>();
                for (long i = 0; i < b.length(); i++) {
                    drop.add(b.start() + i * b.step());
                    removed.add(l.items[(int) (b.start() + i * b.step())]);
                }
                for (int i = 0; i < l.size; i++) {
                    if (!drop.contains((long) i)) {
                        kept.add(l.items[i]);
                    }
                }
                // list_ass_slice releases a simple slice's items from the last to the
                // first; an extended slice's go in slice order (list_ass_subscript).
                if (b.step() == 1) {
                    java.util.Collections.reverse(removed);
                }
                for (int i = 0; i < kept.size(); i++) {
                    l.items[i] = kept.get(i);
                }
                for (int i = kept.size(); i < l.size; i++) {
                    l.items[i] = null;
                }
                l.setSize(kept.size());
                for (PyObject o : removed) {
                    decref(o);
                }
                return incref(Types.NONE);
            }
            int i = Slices.index(args[0], l.size, "list assignment");
            PyObject old = l.items[i];
            System.arraycopy(l.items, i + 1, l.items, i, l.size - i - 1);
            l.items[l.size - 1] = null;
            l.setSize(l.size - 1);
            decref(old);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__contains__", (self, args, kw) -> {
            PyList l = list(self);
            for (int i = 0; i < l.size; i++) {
                PyObject x = incref(l.items[i]);
                try {
                    if (Ops.eq(x, args[0])) {
                        return Types.newBool(true);
                    }
                } finally {
                    decref(x);
                }
            }
            return Types.newBool(false);
        });
        Methods.slot(t, "__iter__", (self, args, kw) -> Iterators.listIterator(list(self)));
        Methods.method(t, "__reversed__", (self, args, kw) -> Iterators.listReverseIterator(list(self)));
        Methods.slot(t, "__add__", (self, args, kw) -> {
            if (!(args[0] instanceof PyList o)) {
                throw Errors.typeError("can only concatenate list (not \"" + args[0].type.name + "\") to list");
            }
            PyList a = list(self);
            PyObject[] items = new PyObject[a.size + o.size];
            for (int i = 0; i < a.size; i++) {
                items[i] = incref(a.items[i]);
            }
            for (int i = 0; i < o.size; i++) {
                items[a.size + i] = incref(o.items[i]);
            }
            return Heap.allocate(new PyList(Types.LIST, items, items.length));
        });
        Methods.slot(t, "__iadd__", (self, args, kw) -> {
            extend(list(self), args[0]);
            return incref(self);
        });
        Methods.slot(t, "__mul__", (self, args, kw) -> repeat(list(self), args[0]));
        Methods.slot(t, "__rmul__", (self, args, kw) -> repeat(list(self), args[0]));
        Methods.slot(t, "__imul__", (self, args, kw) -> {
            PyList l = list(self);
            long n = Ops.asLong(args[0]);
            if (n <= 0) {
                l.clear();
                return incref(self);
            }
            int size = l.size;
            PyObject[] copy = java.util.Arrays.copyOf(l.items, size);
            // list_inplace_repeat resizes once, for the final size.
            l.resizeFor(size * n);
            for (long k = 1; k < n; k++) {
                for (int i = 0; i < size; i++) {
                    l.append(copy[i]);
                }
            }
            return incref(self);
        });
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (self, args, kw) -> {
                if (!(args[0] instanceof PyList o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return compareSequences(list(self).items, list(self).size, o.items, o.size, op);
            });
        }
        Methods.attribute(t, "__hash__", incref(Types.NONE));
        Methods.method(t, "append", (self, args, kw) -> {
            list(self).append(Args.one("append", args, kw));
            return incref(Types.NONE);
        });
        Methods.method(t, "extend", (self, args, kw) -> {
            extend(list(self), Args.one("extend", args, kw));
            return incref(Types.NONE);
        });
        Methods.method(t, "insert", (self, args, kw) -> {
            Args.range("insert", args, kw, 2, 2);
            PyList l = list(self);
            long i = Ops.asLong(args[0]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            i = Math.min(i, l.size);
            l.append(args[1]);
            System.arraycopy(l.items, (int) i, l.items, (int) i + 1, l.size - 1 - (int) i);
            l.items[(int) i] = incref(args[1]);
            decref(args[1]);
            return incref(Types.NONE);
        });
        Methods.method(t, "pop", (self, args, kw) -> {
            Args.range("pop", args, kw, 0, 1);
            PyList l = list(self);
            if (l.size == 0) {
                throw Errors.indexError("pop from empty list");
            }
            long i = args.length == 0 ? l.size - 1 : Ops.asLong(args[0]);
            if (i < 0) {
                i += l.size;
            }
            if (i < 0 || i >= l.size) {
                throw Errors.indexError("pop index out of range");
            }
            PyObject v = l.items[(int) i];
            System.arraycopy(l.items, (int) i + 1, l.items, (int) i, l.size - (int) i - 1);
            l.items[l.size - 1] = null;
            l.setSize(l.size - 1);
            return v;
        });
        Methods.method(t, "remove", (self, args, kw) -> {
            PyList l = list(self);
            PyObject v = Args.one("remove", args, kw);
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], v)) {
                    PyObject old = l.items[i];
                    System.arraycopy(l.items, i + 1, l.items, i, l.size - i - 1);
                    l.items[l.size - 1] = null;
                    l.setSize(l.size - 1);
                    decref(old);
                    return incref(Types.NONE);
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        Methods.method(t, "index", (self, args, kw) -> {
            Args.range("index", args, kw, 1, 3);
            PyList l = list(self);
            long[] range = bounds(args, l.size);
            for (long i = range[0]; i < Math.min(range[1], l.size); i++) {
                if (Ops.eq(l.items[(int) i], args[0])) {
                    return Types.newInt(i);
                }
            }
            throw Errors.valueError(Ops.reprString(args[0]) + " is not in list");
        });
        Methods.method(t, "count", (self, args, kw) -> {
            PyList l = list(self);
            PyObject v = Args.one("count", args, kw);
            long n = 0;
            for (int i = 0; i < l.size; i++) {
                if (Ops.eq(l.items[i], v)) {
                    n++;
                }
            }
            return Types.newInt(n);
        });
        Methods.method(t, "clear", (self, args, kw) -> {
            list(self).clear();
            return incref(Types.NONE);
        });
        Methods.method(t, "copy", (self, args, kw) -> {
            PyList l = list(self);
            PyObject[] items = new PyObject[l.size];
            for (int i = 0; i < l.size; i++) {
                items[i] = incref(l.items[i]);
            }
            return Heap.allocate(new PyList(Types.LIST, items, items.length));
        });
        Methods.method(t, "reverse", (self, args, kw) -> {
            PyList l = list(self);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject x = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = x;
            }
            return incref(Types.NONE);
        });
        Methods.method(t, "sort", (self, args, kw) -> {
            if (Args.positional(args, kw) > 0) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            Sorting.sort(list(self), Args.keyword(args, kw, "key"), Args.keyword(args, kw, "reverse"), kw);
            return incref(Types.NONE);
        });
    }

    /** start and end arguments of index(): clamped as sequence slices are. */
    static long[] bounds(PyObject[] args, long n) {
        long start = args.length > 1 ? Ops.asLong(args[1]) : 0;
        long end = args.length > 2 ? Ops.asLong(args[2]) : n;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (end < 0) {
            end = Math.max(0, end + n);
        }
        return new long[] {start, end};
    }

    /**
     * list_extend: a list or tuple is added in one resize; any other iterable after a
     * resize for its length hint (8 when it gives none), growing item by item past it,
     * with the allocation trimmed at the end when it ended up less than half used.
     */
    static void extend(PyList l, PyObject iterable) {
        PyObject[] items;
        if (iterable == l) {
            items = new PyObject[l.size];
            for (int i = 0; i < l.size; i++) {
                items[i] = incref(l.items[i]);
            }
        } else if (iterable.type == Types.LIST || iterable.type == Types.TUPLE) {
            items = Builtins.toArray(iterable);
        } else {
            long hint = lengthHint(iterable, 8);
            items = Builtins.toArray(iterable);
            if (hint > 0 && l.hasNoItems()) {
                l.preallocateExact(hint);
            } else if (hint > 0) {
                l.resizeFor(l.size + hint);
            }
            for (PyObject o : items) {
                l.appendOwned(o);
            }
            l.resizeFor(l.size);
            return;
        }
        if (items.length > 0 && l.hasNoItems()) {
            l.preallocateExact(items.length);
        } else if (items.length > 0) {
            l.resizeFor(l.size + items.length);
        }
        for (PyObject o : items) {
            l.appendOwned(o);
        }
    }

    /** PySequence_List: a new list of the iterable's items, grown as list(iterable) grows it. */
    public static PyList newList(PyObject iterable) {
        PyList l = Heap.allocate(new PyList(Types.LIST));
        try {
            long hint = lengthHint(iterable, 0);
            if (hint > 0) {
                l.preallocateExact(hint);
            }
            extend(l, iterable);
        } catch (dev.heapscope.interpreter.runtime.PyException e) {
            decref(l);
            throw e;
        }
        return l;
    }

    /**
     * PyObject_LengthHint: len() for an object with a length, an iterator's own hint, else
     * {@code defaultValue}.
     */
    static long lengthHint(PyObject o, long defaultValue) {
        if (o.type.lookup(Names.__len__) != null) {
            return Ops.len(o);
        }
        if (o instanceof dev.heapscope.interpreter.runtime.Iterators.JavaIterator it) {
            long hint = it.lengthHint();
            return hint >= 0 ? hint : defaultValue;
        }
        PyObject method = o.type.lookup(Names.__length_hint__);
        if (method == null) {
            return defaultValue;
        }
        PyObject r = Ops.callMethod(method, o, new PyObject[0], null);
        try {
            if (r == Types.NOT_IMPLEMENTED) {
                return defaultValue;
            }
            if (!(r instanceof dev.heapscope.interpreter.objects.PyInt)) {
                throw Errors.typeError("'" + r.type.name + "' object cannot be interpreted as an integer");
            }
            long n = Ops.asLong(r);
            if (n < 0) {
                throw Errors.valueError("__length_hint__() should return >= 0");
            }
            return n;
        } finally {
            decref(r);
        }
    }

    private static void assignSlice(PyList l, Slices.PySlice s, PyObject value) {
        PyObject[] items = value == l ? listCopy(l) : Builtins.toArray(value);
        Slices.Bounds b = Slices.indices(s, l.size);
        if (b.step() == 1) {
            int start = (int) b.start();
            int stop = (int) Math.max(b.start(), b.stop());
            PyObject[] old = java.util.Arrays.copyOfRange(l.items, start, stop);
            int newSize = l.size - (stop - start) + items.length;
            PyObject[] tail = java.util.Arrays.copyOfRange(l.items, stop, l.size);
            l.resizeFor(newSize);
            System.arraycopy(items, 0, l.items, start, items.length);
            System.arraycopy(tail, 0, l.items, start + items.length, tail.length);
            for (int i = newSize; i < l.size; i++) {
                l.items[i] = null;
            }
            l.size = newSize;
            for (int k = old.length - 1; k >= 0; k--) {
                decref(old[k]);
            }
            return;
        }
        if (items.length != b.length()) {
            for (PyObject o : items) {
                decref(o);
            }
            throw Errors.valueError("attempt to assign sequence of size " + items.length
                    + " to extended slice of size " + b.length());
        }
        PyObject[] garbage = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) {
            int k = (int) (b.start() + i * b.step());
            garbage[i] = l.items[k];
            l.items[k] = items[i];
        }
        for (PyObject o : garbage) {
            decref(o);
        }
    }

    private static PyObject[] listCopy(PyList l) {
        PyObject[] items = new PyObject[l.size];
        for (int i = 0; i < l.size; i++) {
            items[i] = incref(l.items[i]);
        }
        return items;
    }

    private static PyObject repeat(PyList l, PyObject n) {
        if (!(n instanceof PyInt) && n.type.lookup(Names.__index__) == null) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type.name + "'");
        }
        long times = Math.max(0, Ops.asLong(n));
        long total = times * l.size;
        if (total > Integer.MAX_VALUE - 16) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.MEMORY_ERROR);
        }
        PyObject[] items = new PyObject[(int) total];
        for (int k = 0; k < times; k++) {
            for (int i = 0; i < l.size; i++) {
                items[k * l.size + i] = incref(l.items[i]);
            }
        }
        return Heap.allocate(new PyList(Types.LIST, items, items.length));
    }

    /** Lexicographic comparison of two sequences, as list_richcompare and tuplerichcompare do. */
    static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && na != nb) {
            return Types.newBool(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            PyObject x = incref(a[i]);
            PyObject y = incref(b[i]);
            try {
                if (!Ops.eq(x, y)) {
                    break;
                }
            } finally {
                decref(x);
                decref(y);
            }
        }
        if (i >= na || i >= nb) {
            return Types.newBool(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return Types.newBool(false);
        }
        if (op == CompareOp.NE) {
            return Types.newBool(true);
        }
        return Ops.compare(a[i], b[i], op);
    }

    private static void registerTuple() {
        PyType t = Types.TUPLE;
        Methods.constructor(t, (type, args, kw) -> {
            Args.noKeywords("tuple", kw);
            if (args.length > 1) {
                throw Errors.typeError("tuple expected at most 1 argument, got " + args.length);
            }
            if (args.length == 0) {
                if (type == Types.TUPLE) {
                    return incref(Types.EMPTY_TUPLE);
                }
                incref(type);
                return Heap.allocate(new PyTuple(type, new PyObject[0]));
            }
            if (args[0].type == Types.TUPLE && type == Types.TUPLE) {
                return incref(args[0]);
            }
            PyObject[] items = Builtins.toArray(args[0]);
            if (items.length == 0 && type == Types.TUPLE) {
                return incref(Types.EMPTY_TUPLE);
            }
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocate(new PyTuple(type, items));
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> {
            PyTuple tup = (PyTuple) self;
            if (tup.items.length == 0) {
                return Types.newStr("()");
            }
            return guardedRepr(self, "(...)", () -> tup.items.length == 1 ? "(" + Ops.reprString(tup.items[0]) + ",)"
                    : "(" + joinReprs(tup.items, tup.items.length) + ")");
        });
        Methods.slot(t, "__len__", (self, args, kw) -> Types.newInt(((PyTuple) self).items.length));
        Methods.slot(t, "__getitem__", (self, args, kw) -> {
            PyTuple tup = (PyTuple) self;
            if (args[0] instanceof Slices.PySlice s) {
                Slices.Bounds b = Slices.indices(s, tup.items.length);
                if (b.start() == 0 && b.step() == 1 && b.length() == tup.items.length && self.type == Types.TUPLE) {
                    return incref(self);
                }
                PyObject[] items = new PyObject[(int) b.length()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = incref(tup.items[(int) (b.start() + i * b.step())]);
                }
                return items.length == 0 ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
            }
            return incref(tup.items[Slices.index(args[0], tup.items.length, "tuple")]);
        });
        Methods.slot(t, "__contains__", (self, args, kw) -> {
            for (PyObject x : ((PyTuple) self).items) {
                if (Ops.eq(x, args[0])) {
                    return Types.newBool(true);
                }
            }
            return Types.newBool(false);
        });
        Methods.slot(t, "__iter__", (self, args, kw) -> Iterators.tupleIterator((PyTuple) self));
        Methods.slot(t, "__hash__", (self, args, kw) -> Types.newInt(tupleHash((PyTuple) self)));
        Methods.slot(t, "__add__", (self, args, kw) -> {
            if (!(args[0] instanceof PyTuple o)) {
                throw Errors.typeError("can only concatenate tuple (not \"" + args[0].type.name + "\") to tuple");
            }
            PyTuple a = (PyTuple) self;
            PyObject[] items = new PyObject[a.items.length + o.items.length];
            for (int i = 0; i < a.items.length; i++) {
                items[i] = incref(a.items[i]);
            }
            for (int i = 0; i < o.items.length; i++) {
                items[a.items.length + i] = incref(o.items[i]);
            }
            return items.length == 0 ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
        });
        JavaRepeat rep = (self, n) -> {
            PyTuple a = (PyTuple) self;
            if (!(n instanceof PyInt) && n.type.lookup(Names.__index__) == null) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + n.type.name + "'");
            }
            long times = Math.max(0, Ops.asLong(n));
            if (times == 1 && self.type == Types.TUPLE) {
                return incref(self);
            }
            PyObject[] items = new PyObject[(int) (times * a.items.length)];
            for (int k = 0; k < times; k++) {
                for (int i = 0; i < a.items.length; i++) {
                    items[k * a.items.length + i] = incref(a.items[i]);
                }
            }
            return items.length == 0 ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
        };
        Methods.slot(t, "__mul__", (self, args, kw) -> rep.apply(self, args[0]));
        Methods.slot(t, "__rmul__", (self, args, kw) -> rep.apply(self, args[0]));
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (self, args, kw) -> {
                if (!(args[0] instanceof PyTuple o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                PyTuple a = (PyTuple) self;
                return compareSequences(a.items, a.items.length, o.items, o.items.length, op);
            });
        }
        Methods.method(t, "index", (self, args, kw) -> {
            Args.range("index", args, kw, 1, 3);
            PyTuple a = (PyTuple) self;
            long[] range = bounds(args, a.items.length);
            for (long i = range[0]; i < Math.min(range[1], a.items.length); i++) {
                if (Ops.eq(a.items[(int) i], args[0])) {
                    return Types.newInt(i);
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
        Methods.method(t, "count", (self, args, kw) -> {
            PyObject v = Args.one("count", args, kw);
            long n = 0;
            for (PyObject x : ((PyTuple) self).items) {
                if (Ops.eq(x, v)) {
                    n++;
                }
            }
            return Types.newInt(n);
        });
    }

    @FunctionalInterface
    interface JavaRepeat {
        PyObject apply(PyObject self, PyObject n);
    }

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** tuplehash of 3.11: xxHash's round over the items' hashes. */
    static long tupleHash(PyTuple t) {
        long acc = XXPRIME_5;
        for (PyObject item : t.items) {
            long lane = Ops.hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.items.length ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }
}
