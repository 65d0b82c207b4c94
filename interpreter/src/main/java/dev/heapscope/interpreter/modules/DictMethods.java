package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;

/** Methods of dict and its views. */
final class DictMethods {
    private DictMethods() {
    }

    static PyDict dict(PyObject o) {
        return (PyDict) o;
    }

    /** A view (dict_keys, dict_values, dict_items) over a dict it owns a reference to. */
    static final class View extends PyObject {
        PyDict dict;
        final Iterators.DictPart part;

        View(PyType type, PyDict dict, Iterators.DictPart part) {
            super(type);
            this.dict = dict;
            this.part = part;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (dict != null) {
                visitor.visit(dict);
            }
        }

        @Override
        public void clear() {
            PyDict d = dict;
            dict = null;
            if (d != null) {
                decref(d);
            }
        }

        @Override
        public long allocationRequest() {
            return 16 + 24;
        }
    }

    static void register() {
        PyType t = Types.DICT;
        Methods.constructor(t, (type, args, kw) -> {
            PyDict d = new PyDict(type);
            if (type.heapType) {
                incref(type);
            }
            // dict_new tracks instances of subclasses at once: their __dict__ can make cycles.
            return type == Types.DICT ? Heap.allocateUntracked(d) : Heap.allocate(d);
        });
        Methods.slot(t, "__init__", (self, args, kw) -> {
            update(dict(self), args, kw, "dict");
            return incref(Types.NONE);
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> ContainerMethods.guardedRepr(self, "{...}", () -> {
            PyDict d = dict(self);
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    out.append(", ");
                }
                first = false;
                PyObject v = incref(d.valueAt(i));
                incref(k);
                try {
                    out.append(Ops.reprString(k)).append(": ").append(Ops.reprString(v));
                } finally {
                    decref(k);
                    decref(v);
                }
            }
            return out.append('}').toString();
        }));
        Methods.slot(t, "__len__", (self, args, kw) -> Types.newInt(dict(self).size()));
        Methods.slot(t, "__getitem__", (self, args, kw) -> {
            PyDict d = dict(self);
            PyObject v = d.get(args[0]);
            if (v != null) {
                return incref(v);
            }
            if (self.type != Types.DICT) {
                PyObject missing = self.type.lookup(Names.__missing__);
                if (missing != null) {
                    return Ops.callMethod(missing, self, new PyObject[] {args[0]}, null);
                }
            }
            throw Errors.keyError(args[0]);
        });
        Methods.slot(t, "__setitem__", (self, args, kw) -> {
            dict(self).put(args[0], args[1]);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__delitem__", (self, args, kw) -> {
            PyObject v = dict(self).pop(args[0]);
            if (v == null) {
                throw Errors.keyError(args[0]);
            }
            decref(v);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__contains__", (self, args, kw) -> Types.newBool(dict(self).get(args[0]) != null));
        Methods.slot(t, "__iter__", (self, args, kw) -> Iterators.dictIterator(dict(self), Iterators.DictPart.KEYS));
        Methods.slot(t, "__eq__", (self, args, kw) -> {
            if (!(args[0] instanceof PyDict o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            return Types.newBool(equal(dict(self), o));
        });
        Methods.slot(t, "__ne__", (self, args, kw) -> {
            if (!(args[0] instanceof PyDict o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            return Types.newBool(!equal(dict(self), o));
        });
        Methods.attribute(t, "__hash__", incref(Types.NONE));
        Methods.slot(t, "__or__", (self, args, kw) -> {
            if (!(args[0] instanceof PyDict o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            PyDict r = copy(dict(self));
            Builtins.dictMerge(r, o, true);
            return r;
        });
        Methods.slot(t, "__ior__", (self, args, kw) -> {
            update(dict(self), args, null, "update");
            return incref(self);
        });
        Methods.method(t, "get", (self, args, kw) -> {
            Args.range("get", args, kw, 1, 2);
            PyObject v = dict(self).get(args[0]);
            return incref(v != null ? v : args.length > 1 ? args[1] : Types.NONE);
        });
        Methods.method(t, "setdefault", (self, args, kw) -> {
            Args.range("setdefault", args, kw, 1, 2);
            PyDict d = dict(self);
            PyObject v = d.get(args[0]);
            if (v != null) {
                return incref(v);
            }
            PyObject dflt = args.length > 1 ? args[1] : Types.NONE;
            d.put(args[0], dflt);
            return incref(dflt);
        });
        Methods.method(t, "pop", (self, args, kw) -> {
            Args.range("pop", args, kw, 1, 2);
            PyObject v = dict(self).pop(args[0]);
            if (v != null) {
                return v;
            }
            if (args.length > 1) {
                return incref(args[1]);
            }
            throw Errors.keyError(args[0]);
        });
        Methods.method(t, "popitem", (self, args, kw) -> {
            PyDict d = dict(self);
            for (int i = d.entryLimit() - 1; i >= 0; i--) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    incref(k);
                    PyObject v = d.pop(k, d.hashAt(i));
                    return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {k, v}));
                }
            }
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
        });
        Methods.method(t, "keys", (self, args, kw) -> view(Types.DICT_KEYS, dict(self), Iterators.DictPart.KEYS));
        Methods.method(t, "values", (self, args, kw) -> view(Types.DICT_VALUES, dict(self), Iterators.DictPart.VALUES));
        Methods.method(t, "items", (self, args, kw) -> view(Types.DICT_ITEMS, dict(self), Iterators.DictPart.ITEMS));
        Methods.method(t, "update", (self, args, kw) -> {
            update(dict(self), args, kw, "update");
            return incref(Types.NONE);
        });
        Methods.method(t, "clear", (self, args, kw) -> {
            dict(self).clear();
            return incref(Types.NONE);
        });
        Methods.method(t, "copy", (self, args, kw) -> copy(dict(self)));
        Methods.method(t, "__reversed__", (self, args, kw) -> reversedIterator(dict(self), Iterators.DictPart.KEYS));
        Methods.classMethod(t, "fromkeys", (cls, args, kw) -> {
            Args.range("fromkeys", args, kw, 1, 2);
            PyObject value = args.length > 1 ? args[1] : Types.NONE;
            PyObject d = Ops.call(cls);
            PyObject[] keys = Builtins.toArray(args[0]);
            try {
                for (PyObject k : keys) {
                    Ops.setitem(d, k, value);
                }
            } catch (PyException e) {
                decref(d);
                throw e;
            } finally {
                for (PyObject k : keys) {
                    decref(k);
                }
            }
            return d;
        });
        Methods.method(t, "__sizeof__", (self, args, kw) -> Types.newInt(self.sizeOf()));
        views();
    }

    static PyObject view(PyType type, PyDict d, Iterators.DictPart part) {
        return Heap.allocate(new View(type, (PyDict) incref(d), part));
    }

    static PyDict copy(PyDict d) {
        PyDict r = Heap.allocateUntracked(new PyDict(Types.DICT));
        Builtins.dictMerge(r, d, true);
        return r;
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entryLimit(); i++) {
            PyObject k = a.keyAt(i);
            if (k == null) {
                continue;
            }
            PyObject av = incref(a.valueAt(i));
            incref(k);
            try {
                PyObject bv = b.get(k, a.hashAt(i));
                if (bv == null) {
                    return false;
                }
                incref(bv);
                try {
                    if (!Ops.eq(av, bv)) {
                        return false;
                    }
                } finally {
                    decref(bv);
                }
            } finally {
                decref(av);
                decref(k);
            }
        }
        return true;
    }

    /** dict(...) / d.update(...): a mapping or an iterable of pairs, then keywords. */
    static void update(PyDict d, PyObject[] args, String[] kw, String fn) {
        int npos = Args.positional(args, kw);
        if (npos > 1) {
            throw Errors.typeError(fn + " expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            PyObject src = args[0];
            if (src instanceof PyDict || hasKeys(src)) {
                Builtins.dictMerge(d, src, true);
            } else {
                PyObject it = Ops.iter(src);
                try {
                    PyObject item;
                    int index = 0;
                    while ((item = Ops.next(it)) != null) {
                        try {
                            PyObject[] kv;
                            try {
                                kv = Builtins.toArray(item);
                            } catch (PyException e) {
                                if (Ops.matches(e, dev.heapscope.interpreter.runtime.ExceptionTypes.TYPE_ERROR)) {
                                    decref(e.value);
                                    throw Errors.typeError("cannot convert dictionary update sequence element #" + index
                                            + " to a sequence");
                                }
                                throw e;
                            }
                            try {
                                if (kv.length != 2) {
                                    throw Errors.valueError("dictionary update sequence element #" + index
                                            + " has length " + kv.length + "; 2 is required");
                                }
                                d.put(kv[0], kv[1]);
                            } finally {
                                for (PyObject o : kv) {
                                    decref(o);
                                }
                            }
                        } finally {
                            decref(item);
                        }
                        index++;
                    }
                } finally {
                    decref(it);
                }
            }
        }
        if (kw != null) {
            int base = args.length - kw.length;
            for (int i = 0; i < kw.length; i++) {
                d.put(Types.intern(kw[i]), args[base + i]);
            }
        }
    }

    /** Whether {@code o} has a keys attribute, which makes it a mapping for dict() and update(). */
    private static boolean hasKeys(PyObject o) {
        PyObject keys = Ops.getattrOrNull(o, Types.name("keys"));
        if (keys == null) {
            return false;
        }
        decref(keys);
        return true;
    }

    /** An iterator over a snapshot of the dict's keys, values or items, last entry first. */
    private static PyObject reversedIterator(PyDict d, Iterators.DictPart part) {
        return Iterators.dictReverseIterator(d, part);
    }

    private static void views() {
        // The set-like views are unhashable (PyObject_HashNotImplemented), as sets are.
        Methods.attribute(Types.DICT_KEYS, "__hash__", incref(Types.NONE));
        Methods.attribute(Types.DICT_ITEMS, "__hash__", incref(Types.NONE));
        for (PyType vt : new PyType[] {Types.DICT_KEYS, Types.DICT_VALUES, Types.DICT_ITEMS}) {
            Methods.method(vt, "__reversed__", (self, args, kw) -> reversedIterator(((View) self).dict, ((View) self).part));
            Methods.slot(vt, "__len__", (self, args, kw) -> Types.newInt(((View) self).dict.size()));
            Methods.slot(vt, "__iter__", (self, args, kw) -> Iterators.dictIterator(((View) self).dict, ((View) self).part));
            Methods.slot(vt, "__repr__", (self, args, kw) -> ContainerMethods.guardedRepr(self, "...", () -> {
                View v = (View) self;
                PyObject it = Iterators.dictIterator(v.dict, v.part);
                StringBuilder out = new StringBuilder(self.type.name).append("([");
                try {
                    PyObject x;
                    boolean first = true;
                    while ((x = Ops.next(it)) != null) {
                        if (!first) {
                            out.append(", ");
                        }
                        first = false;
                        try {
                            out.append(Ops.reprString(x));
                        } finally {
                            decref(x);
                        }
                    }
                } finally {
                    decref(it);
                }
                return out.append("])").toString();
            }));
            Methods.slot(vt, "__contains__", (self, args, kw) -> {
                View v = (View) self;
                if (v.part == Iterators.DictPart.KEYS) {
                    return Types.newBool(v.dict.get(args[0]) != null);
                }
                if (v.part == Iterators.DictPart.ITEMS) {
                    if (!(args[0] instanceof PyTuple t) || t.items.length != 2) {
                        return Types.newBool(false);
                    }
                    PyObject val = v.dict.get(t.items[0]);
                    return Types.newBool(val != null && Ops.eq(val, t.items[1]));
                }
                for (int i = 0; i < v.dict.entryLimit(); i++) {
                    if (v.dict.keyAt(i) != null && Ops.eq(v.dict.valueAt(i), args[0])) {
                        return Types.newBool(true);
                    }
                }
                return Types.newBool(false);
            });
        }
        for (PyType vt : new PyType[] {Types.DICT_KEYS, Types.DICT_ITEMS}) {
            for (String op : new String[] {"__and__", "__or__", "__sub__", "__xor__"}) {
                Methods.slot(vt, op, (self, args, kw) -> {
                    dev.heapscope.interpreter.runtime.BinaryOp bop = switch (op) {
                        case "__and__" -> dev.heapscope.interpreter.runtime.BinaryOp.AND;
                        case "__or__" -> dev.heapscope.interpreter.runtime.BinaryOp.OR;
                        case "__sub__" -> dev.heapscope.interpreter.runtime.BinaryOp.SUB;
                        default -> dev.heapscope.interpreter.runtime.BinaryOp.XOR;
                    };
                    PyObject left = Builtins.newSetOwned(Builtins.toArray(self));
                    PyObject right = null;
                    try {
                        right = args[0] instanceof View ? Builtins.newSetOwned(Builtins.toArray(args[0])) : incref(args[0]);
                        return Ops.binary(left, right, bop);
                    } finally {
                        decref(left);
                        if (right != null) {
                            decref(right);
                        }
                    }
                });
            }
        }
    }
}
