package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators.JavaIterator;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;

/** Methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {
    }

    static final PyType SET_ITERATOR = Types.builtin("set_iterator", Types.OBJECT);

    static PySet set(PyObject o) {
        return (PySet) o;
    }

    static boolean isSet(PyObject o) {
        return o instanceof PySet;
    }

    /** A new set or frozenset of {@code type} holding the items of {@code iterable} (or nothing). */
    static PySet make(PyType type, PyObject iterable) {
        PySet s = new PySet(type);
        if (type.heapType) {
            incref(type);
        }
        Heap.allocate(s);
        if (iterable != null) {
            try {
                addAll(s, iterable);
            } catch (PyException e) {
                // Not iterable, or an item not hashable: the half-made set goes.
                decref(s);
                throw e;
            }
        }
        return s;
    }

    static void addAll(PySet s, PyObject iterable) {
        if (iterable instanceof PySet o) {
            s.merge(o);
            return;
        }
        PyObject[] items = Builtins.toArray(iterable);
        try {
            for (PyObject x : items) {
                s.add(x);
            }
        } finally {
            for (PyObject x : items) {
                decref(x);
            }
        }
    }

    static String reprBody(PySet s) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (int i = 0; i < s.tableSize(); i++) {
            PyObject k = s.keyAt(i);
            if (k != null) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(Ops.reprString(k));
            }
        }
        return out.toString();
    }

    static void register() {
        for (PyType t : new PyType[] {Types.SET, Types.FROZENSET}) {
            boolean frozen = t == Types.FROZENSET;
            String name = t.name;
            Methods.constructor(t, (type, args, kw) -> {
                if (type == Types.SET || !frozen) {
                    return make(type, null);
                }
                Args.noKeywords(name, kw);
                Args.range(name, args, kw, 0, 1);
                return make(type, args.length == 0 ? null : args[0]);
            });
            if (!frozen) {
                Methods.slot(t, "__init__", (self, args, kw) -> {
                    Args.noKeywords("set", kw);
                    if (args.length > 1) {
                        throw Errors.typeError("set expected at most 1 argument, got " + args.length);
                    }
                    set(self).clear();
                    if (args.length == 1) {
                        addAll(set(self), args[0]);
                    }
                    return incref(Types.NONE);
                });
            }
            Methods.slot(t, "__repr__", (self, args, kw) -> {
                PySet s = set(self);
                String cls = self.type == Types.SET || self.type == Types.FROZENSET ? self.type.name : self.type.name;
                if (s.size() == 0) {
                    return Types.newStr(cls + "()");
                }
                return ContainerMethods.guardedRepr(self, cls + "(...)", () -> self.type == Types.SET
                        ? "{" + reprBody(s) + "}" : cls + "({" + reprBody(s) + "})");
            });
            Methods.slot(t, "__len__", (self, args, kw) -> Types.newInt(set(self).size()));
            Methods.slot(t, "__contains__", (self, args, kw) -> {
                PyObject key = args[0];
                if (key instanceof PySet ks && ks.type == Types.SET) {
                    PySet frozenKey = make(Types.FROZENSET, ks);
                    try {
                        return Types.newBool(set(self).contains(frozenKey));
                    } finally {
                        decref(frozenKey);
                    }
                }
                return Types.newBool(set(self).contains(key));
            });
            Methods.slot(t, "__iter__", (self, args, kw) -> iterator(set(self)));
            Methods.method(t, "copy", (self, args, kw) -> self.type == Types.FROZENSET ? incref(self)
                    : make(self.type.isSubtypeOf(Types.FROZENSET) ? Types.FROZENSET : Types.SET, self));
            Methods.method(t, "union", (self, args, kw) -> {
                PySet r = make(baseType(self), self);
                for (PyObject o : args) {
                    addAll(r, o);
                }
                return r;
            });
            Methods.method(t, "intersection", (self, args, kw) -> {
                PyObject r = make(baseType(self), self);
                for (PyObject o : args) {
                    PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                    PyObject next = intersect((PySet) r, other);
                    decref(other);
                    decref(r);
                    r = next;
                }
                return r;
            });
            Methods.method(t, "difference", (self, args, kw) -> {
                PySet r = make(baseType(self), self);
                for (PyObject o : args) {
                    PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                    removeAll(r, other);
                    decref(other);
                }
                return r;
            });
            Methods.method(t, "symmetric_difference", (self, args, kw) -> {
                PyObject o = Args.one("symmetric_difference", args, kw);
                PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                try {
                    return symmetric(set(self), other, baseType(self));
                } finally {
                    decref(other);
                }
            });
            Methods.method(t, "issubset", (self, args, kw) -> {
                PyObject o = Args.one("issubset", args, kw);
                PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                try {
                    return Types.newBool(subset(set(self), other));
                } finally {
                    decref(other);
                }
            });
            Methods.method(t, "issuperset", (self, args, kw) -> {
                PyObject o = Args.one("issuperset", args, kw);
                PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                try {
                    return Types.newBool(subset(other, set(self)));
                } finally {
                    decref(other);
                }
            });
            Methods.method(t, "isdisjoint", (self, args, kw) -> {
                PyObject o = Args.one("isdisjoint", args, kw);
                PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                try {
                    PyObject common = intersect(set(self), other);
                    boolean empty = ((PySet) common).size() == 0;
                    decref(common);
                    return Types.newBool(empty);
                } finally {
                    decref(other);
                }
            });
            Methods.slot(t, "__or__", (self, args, kw) -> {
                if (!(args[0] instanceof PySet o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                PySet r = make(baseType(self), self);
                addAll(r, o);
                return r;
            });
            Methods.slot(t, "__and__", (self, args, kw) -> {
                if (!(args[0] instanceof PySet o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return intersect(set(self), o);
            });
            Methods.slot(t, "__sub__", (self, args, kw) -> {
                if (!(args[0] instanceof PySet o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                PySet r = make(baseType(self), self);
                removeAll(r, o);
                return r;
            });
            Methods.slot(t, "__xor__", (self, args, kw) -> {
                if (!(args[0] instanceof PySet o)) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return symmetric(set(self), o, baseType(self));
            });
            for (CompareOp op : CompareOp.values()) {
                Methods.slot(t, op.method.value, (self, args, kw) -> {
                    if (!(args[0] instanceof PySet o)) {
                        return incref(Types.NOT_IMPLEMENTED);
                    }
                    PySet a = set(self);
                    boolean r = switch (op) {
                        case EQ -> a.size() == o.size() && subset(a, o);
                        case NE -> !(a.size() == o.size() && subset(a, o));
                        case LE -> subset(a, o);
                        case LT -> a.size() < o.size() && subset(a, o);
                        case GE -> subset(o, a);
                        case GT -> a.size() > o.size() && subset(o, a);
                    };
                    return Types.newBool(r);
                });
            }
            if (frozen) {
                Methods.slot(t, "__hash__", (self, args, kw) -> Types.newInt(frozensetHash(set(self))));
            } else {
                Methods.attribute(t, "__hash__", incref(Types.NONE));
            }
            Methods.method(t, "__sizeof__", (self, args, kw) -> Types.newInt(self.sizeOf()));
        }
        PyType t = Types.SET;
        Methods.method(t, "add", (self, args, kw) -> {
            set(self).add(Args.one("add", args, kw));
            return incref(Types.NONE);
        });
        Methods.method(t, "remove", (self, args, kw) -> {
            PyObject k = Args.one("remove", args, kw);
            if (!set(self).discard(k, Ops.hash(k))) {
                throw Errors.keyError(k);
            }
            return incref(Types.NONE);
        });
        Methods.method(t, "discard", (self, args, kw) -> {
            PyObject k = Args.one("discard", args, kw);
            set(self).discard(k, Ops.hash(k));
            return incref(Types.NONE);
        });
        Methods.method(t, "pop", (self, args, kw) -> {
            PyObject k = set(self).popFirst();
            if (k == null) {
                throw Errors.raise(ExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            return k;
        });
        Methods.method(t, "clear", (self, args, kw) -> {
            set(self).clear();
            return incref(Types.NONE);
        });
        Methods.method(t, "update", (self, args, kw) -> {
            for (PyObject o : args) {
                addAll(set(self), o);
            }
            return incref(Types.NONE);
        });
        Methods.method(t, "difference_update", (self, args, kw) -> {
            for (PyObject o : args) {
                PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                removeAll(set(self), other);
                decref(other);
            }
            return incref(Types.NONE);
        });
        Methods.method(t, "intersection_update", (self, args, kw) -> {
            for (PyObject o : args) {
                PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
                PyObject common = intersect(set(self), other);
                decref(other);
                set(self).clear();
                addAll(set(self), common);
                decref(common);
            }
            return incref(Types.NONE);
        });
        Methods.slot(t, "__ior__", (self, args, kw) -> {
            if (!(args[0] instanceof PySet)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            addAll(set(self), args[0]);
            return incref(self);
        });
        Methods.slot(t, "__isub__", (self, args, kw) -> {
            if (!(args[0] instanceof PySet o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            removeAll(set(self), o);
            return incref(self);
        });
        Methods.method(t, "symmetric_difference_update", (self, args, kw) -> {
            PyObject o = Args.one("symmetric_difference_update", args, kw);
            PySet other = o instanceof PySet os ? (PySet) incref(os) : make(Types.SET, o);
            try {
                symmetricUpdate(set(self), other);
            } finally {
                decref(other);
            }
            return incref(Types.NONE);
        });
        Methods.slot(t, "__ixor__", (self, args, kw) -> {
            if (!(args[0] instanceof PySet o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            symmetricUpdate(set(self), o);
            return incref(self);
        });
        Methods.slot(t, "__iand__", (self, args, kw) -> {
            if (!(args[0] instanceof PySet o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            PyObject common = intersect(set(self), o);
            set(self).clear();
            addAll(set(self), common);
            decref(common);
            return incref(self);
        });
        Iteration.iteratorMethods(SET_ITERATOR);
    }

    private static PyType baseType(PyObject self) {
        return self.type.isSubtypeOf(Types.FROZENSET) ? Types.FROZENSET : Types.SET;
    }

    static PyObject intersect(PySet a, PySet b) {
        PySet r = make(baseType(a), null);
        PySet small = a.size() <= b.size() ? a : b;
        PySet large = small == a ? b : a;
        for (int i = 0; i < small.tableSize(); i++) {
            PyObject k = small.keyAt(i);
            if (k != null && large.contains(k, small.hashAt(i))) {
                r.add(k, small.hashAt(i));
            }
        }
        return r;
    }

    static void removeAll(PySet r, PySet other) {
        for (int i = 0; i < other.tableSize(); i++) {
            PyObject k = other.keyAt(i);
            if (k != null) {
                r.discard(k, other.hashAt(i));
            }
        }
    }

    static PyObject symmetric(PySet a, PySet b, PyType type) {
        PySet r = make(type, a);
        symmetricUpdate(r, b);
        return r;
    }

    /**
     * set_symmetric_difference_update: each of b's keys, in b's table order, leaves
     * {@code target} if it is there and joins it if not; b being target itself empties it.
     */
    static void symmetricUpdate(PySet target, PySet b) {
        if (b == target) {
            target.clear();
            return;
        }
        for (int i = 0; i < b.tableSize(); i++) {
            PyObject k = b.keyAt(i);
            if (k != null && !target.discard(k, b.hashAt(i))) {
                target.add(k, b.hashAt(i));
            }
        }
    }

    static boolean subset(PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int i = 0; i < a.tableSize(); i++) {
            PyObject k = a.keyAt(i);
            if (k != null && !b.contains(k, a.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** frozenset_hash of 3.11: each entry's hash shuffled, combined with xor, then mixed. */
    static long frozensetHash(PySet s) {
        if (s.hash != -1) {
            return s.hash;
        }
        long hash = 0;
        for (int i = 0; i < s.tableSize(); i++) {
            if (s.keyAt(i) != null) {
                long h = s.hashAt(i);
                hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
            }
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        s.hash = hash;
        return hash;
    }

    static PyObject iterator(PySet s) {
        int size = s.size();
        int[] pos = {0};
        int[] returned = {0};
        return Heap.allocate(new JavaIterator(SET_ITERATOR) {
            {
                source = incref(s);
            }

            @Override
            public PyObject next() {
                PySet set = (PySet) source;
                if (set == null) {
                    return null;
                }
                if (set.size() != size) {
                    throw Errors.runtimeError("Set changed size during iteration");
                }
                while (pos[0] < set.tableSize()) {
                    PyObject k = set.keyAt(pos[0]++);
                    if (k != null) {
                        returned[0]++;
                        return incref(k);
                    }
                }
                clear();
                return null;
            }

            /** setiter_len: the items left, while the set keeps the size it had. */
            @Override
            public long lengthHint() {
                PySet set = (PySet) source;
                return set != null && set.size() == size ? size - returned[0] : 0;
            }

            @Override
            public PyObject reduce(PyObject iter, PyObject reversed) {
                dev.heapscope.interpreter.objects.PyList rest = Heap.allocate(
                        new dev.heapscope.interpreter.objects.PyList(Types.LIST));
                PySet set = (PySet) source;
                for (int i = pos[0]; set != null && i < set.tableSize(); i++) {
                    PyObject k = set.keyAt(i);
                    if (k != null) {
                        rest.append(k);
                    }
                }
                return reduction(iter, rest, -1);
            }
        });
    }
}
