package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators.JavaIterator;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.interpreter.runtime.Wrappers;
import java.math.BigInteger;

/** enumerate, zip, map, filter, reversed, range and the descriptor constructors. */
final class Iteration {
    private Iteration() {
    }

    static final PyType ENUMERATE = Types.builtin("enumerate", Types.OBJECT);
    static final PyType ZIP = Types.builtin("zip", Types.OBJECT);
    static final PyType MAP = Types.builtin("map", Types.OBJECT);
    static final PyType FILTER = Types.builtin("filter", Types.OBJECT);
    static final PyType REVERSED = Types.builtin("reversed", Types.OBJECT);
    static final PyType CALLABLE_ITERATOR = Types.builtin("callable_iterator", Types.OBJECT);

    /** An iterator over several sources, each owned. */
    abstract static class Combinator extends JavaIterator {
        PyObject[] sources;

        Combinator(PyType type, PyObject[] sources) {
            super(type);
            this.sources = sources;
        }

        @Override
        public void traverse(Visitor visitor) {
            super.traverse(visitor);
            if (sources != null) {
                for (PyObject s : sources) {
                    if (s != null) {
                        visitor.visit(s);
                    }
                }
            }
        }

        @Override
        public void clear() {
            super.clear();
            PyObject[] s = sources;
            sources = null;
            if (s != null) {
                for (PyObject o : s) {
                    if (o != null) {
                        decref(o);
                    }
                }
            }
        }
    }

    static void register(PyDict d) {
        Methods.constructor(ENUMERATE, (type, args, kw) -> {
            Args.onlyKeywords("enumerate", kw, "iterable", "start");
            int npos = Args.positional(args, kw);
            PyObject iterable = npos > 0 ? args[0] : Args.keyword(args, kw, "iterable");
            PyObject start = npos > 1 ? args[1] : Args.keyword(args, kw, "start");
            if (iterable == null) {
                throw Errors.typeError("enumerate() missing required argument 'iterable' (pos 1)");
            }
            PyObject it = Ops.iter(iterable);
            BigInteger[] count = {BigInteger.ZERO};
            if (start != null) {
                PyInt first = Ops.index(start);
                count[0] = first.bigValue();
                decref(first);
            }
            return Heap.allocate(new Combinator(ENUMERATE, new PyObject[] {it}) {
                @Override
                public PyObject next() {
                    if (sources == null) {
                        return null;
                    }
                    PyObject x = Ops.next(sources[0]);
                    if (x == null) {
                        return null;
                    }
                    PyObject i = Types.newInt(count[0]);
                    count[0] = count[0].add(BigInteger.ONE);
                    return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {i, x}));
                }
            });
        });
        Methods.constructor(ZIP, (type, args, kw) -> {
            Args.onlyKeywords("zip", kw, "strict");
            PyObject strictArg = Args.keyword(args, kw, "strict");
            boolean strict = strictArg != null && Ops.isTrue(strictArg);
            int npos = Args.positional(args, kw);
            PyObject[] its = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                try {
                    its[i] = Ops.iter(args[i]);
                } catch (PyException e) {
                    for (int j = 0; j < i; j++) {
                        decref(its[j]);
                    }
                    if (Ops.matches(e, ExceptionTypes.TYPE_ERROR)) {
                        decref(e.value);
                        throw Errors.typeError("zip argument #" + (i + 1) + " must support iteration");
                    }
                    throw e;
                }
            }
            return Heap.allocate(new Combinator(ZIP, its) {
                @Override
                public PyObject next() {
                    if (sources == null || sources.length == 0) {
                        return null;
                    }
                    PyObject[] items = new PyObject[sources.length];
                    for (int i = 0; i < sources.length; i++) {
                        PyObject x = Ops.next(sources[i]);
                        if (x == null) {
                            for (int j = 0; j < i; j++) {
                                decref(items[j]);
                            }
                            if (strict) {
                                if (i > 0) {
                                    throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                                            + (i == 1 ? " 1" : "s 1-" + i));
                                }
                                for (int k = 1; k < sources.length; k++) {
                                    PyObject y = Ops.next(sources[k]);
                                    if (y != null) {
                                        decref(y);
                                        throw Errors.valueError("zip() argument " + (k + 1) + " is longer than argument"
                                                + (k == 1 ? " 1" : "s 1-" + k));
                                    }
                                }
                            }
                            clear();
                            return null;
                        }
                        items[i] = x;
                    }
                    return Heap.allocate(new PyTuple(Types.TUPLE, items));
                }
            });
        });
        Methods.constructor(MAP, (type, args, kw) -> {
            Args.noKeywords("map", kw);
            if (args.length < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            PyObject[] srcs = new PyObject[args.length];
            srcs[0] = incref(args[0]);
            for (int i = 1; i < args.length; i++) {
                srcs[i] = Ops.iter(args[i]);
            }
            return Heap.allocate(new Combinator(MAP, srcs) {
                @Override
                public PyObject next() {
                    if (sources == null) {
                        return null;
                    }
                    PyObject[] items = new PyObject[sources.length - 1];
                    for (int i = 1; i < sources.length; i++) {
                        PyObject x = Ops.next(sources[i]);
                        if (x == null) {
                            for (int j = 0; j < i - 1; j++) {
                                decref(items[j]);
                            }
                            clear();
                            return null;
                        }
                        items[i - 1] = x;
                    }
                    try {
                        return Ops.call(sources[0], items, null);
                    } finally {
                        for (PyObject o : items) {
                            decref(o);
                        }
                    }
                }
            });
        });
        Methods.constructor(FILTER, (type, args, kw) -> {
            Args.noKeywords("filter", kw);
            Args.range("filter", args, kw, 2, 2);
            PyObject pred = incref(args[0]);
            PyObject it = Ops.iter(args[1]);
            return Heap.allocate(new Combinator(FILTER, new PyObject[] {pred, it}) {
                @Override
                public PyObject next() {
                    if (sources == null) {
                        return null;
                    }
                    while (true) {
                        PyObject x = Ops.next(sources[1]);
                        if (x == null) {
                            return null;
                        }
                        boolean keep;
                        try {
                            if (sources[0] == Types.NONE) {
                                keep = Ops.isTrue(x);
                            } else {
                                PyObject r = Ops.call(sources[0], x);
                                try {
                                    keep = Ops.isTrue(r);
                                } finally {
                                    decref(r);
                                }
                            }
                        } catch (PyException e) {
                            decref(x);
                            throw e;
                        }
                        if (keep) {
                            return x;
                        }
                        decref(x);
                    }
                }
            });
        });
        Methods.constructor(REVERSED, (type, args, kw) -> {
            Args.noKeywords("reversed", kw);
            Args.range("reversed", args, kw, 1, 1);
            PyObject seq = args[0];
            PyObject rev = seq.type.lookup(Names.__reversed__);
            if (rev != null) {
                return Ops.callMethod(rev, seq, new PyObject[0], null);
            }
            if (seq.type.lookup(Names.__getitem__) == null || seq.type.lookup(Names.__len__) == null
                    || seq instanceof PyDict) {
                throw Errors.typeError("'" + seq.type.name + "' object is not reversible");
            }
            long[] index = {Ops.len(seq) - 1};
            return Heap.allocate(new Combinator(REVERSED, new PyObject[] {incref(seq)}) {
                @Override
                public PyObject next() {
                    if (sources == null || index[0] < 0) {
                        return null;
                    }
                    PyObject i = Types.newInt(index[0]--);
                    try {
                        return Ops.getitem(sources[0], i);
                    } finally {
                        decref(i);
                    }
                }
            });
        });
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER, REVERSED}) {
            iteratorMethods(t);
            Builtins.value(d, t.name, t);
        }
        // iter(callable, sentinel) makes these; unlike the five above it is no builtin name.
        iteratorMethods(CALLABLE_ITERATOR);
        for (PyType t : new PyType[] {dev.heapscope.interpreter.runtime.Iterators.LIST_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.TUPLE_ITERATOR, dev.heapscope.interpreter.runtime.Iterators.STR_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.DICT_KEY_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.DICT_VALUE_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.DICT_ITEM_ITERATOR, dev.heapscope.interpreter.runtime.Iterators.SEQ_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.LIST_REVERSE_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.STR_NONASCII_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.DICT_REVERSE_KEY_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.DICT_REVERSE_VALUE_ITERATOR,
                dev.heapscope.interpreter.runtime.Iterators.DICT_REVERSE_ITEM_ITERATOR,
                Types.GENERATOR}) {
            iteratorMethods(t);
        }
        IteratorProtocol.install();
        Ranges.register();
        descriptors();
    }

    /** __iter__ returning self and __next__ raising StopIteration, for iterators written in Java. */
    static void iteratorMethods(PyType t) {
        Methods.slot(t, "__iter__", (self, args, kw) -> incref(self));
        Methods.slot(t, "__next__", (self, args, kw) -> {
            PyObject r = ((JavaIterator) self).next();
            if (r == null) {
                throw Errors.stopIteration();
            }
            return r;
        });
    }

    static PyObject callableIterator(PyObject callable, PyObject sentinel) {
        return Heap.allocate(new Combinator(CALLABLE_ITERATOR, new PyObject[] {incref(callable), incref(sentinel)}) {
            @Override
            public PyObject next() {
                if (sources == null) {
                    return null;
                }
                PyObject v = Ops.call(sources[0]);
                if (Ops.eq(v, sources[1])) {
                    decref(v);
                    clear();
                    return null;
                }
                return v;
            }
        });
    }

    private static void descriptors() {
        Methods.constructor(Types.STATICMETHOD, (type, args, kw) -> {
            Args.range("staticmethod", args, kw, 1, 1);
            return Wrappers.staticMethod(type, args[0]);
        });
        Methods.slot(Types.STATICMETHOD, "__get__", (self, args, kw) -> ((Wrappers.PyStaticMethod) self).get(null, null));
        Methods.getter(Types.STATICMETHOD, "__func__", self -> incref(((Wrappers.PyStaticMethod) self).callable));
        // 3.10's sm_repr and cm_repr show the wrapped callable.
        Methods.slot(Types.STATICMETHOD, "__repr__", (self, args, kw) -> Types.newStr("<" + self.type.name + "("
                + Ops.reprString(((Wrappers.PyStaticMethod) self).callable) + ")>"));
        Methods.slot(Types.CLASSMETHOD, "__repr__", (self, args, kw) -> Types.newStr("<" + self.type.name + "("
                + Ops.reprString(((Wrappers.PyClassMethod) self).callable) + ")>"));
        Methods.slot(Types.STATICMETHOD, "__call__", (self, args, kw) -> Ops.call(((Wrappers.PyStaticMethod) self).callable, args, kw));
        Methods.constructor(Types.CLASSMETHOD, (type, args, kw) -> {
            Args.range("classmethod", args, kw, 1, 1);
            return Wrappers.classMethod(type, args[0]);
        });
        Methods.getter(Types.CLASSMETHOD, "__func__", self -> incref(((Wrappers.PyClassMethod) self).callable));
        Methods.slot(Types.CLASSMETHOD, "__get__", (self, args, kw) -> ((Wrappers.PyClassMethod) self).get(
                args[0] == Types.NONE ? null : args[0], args.length > 1 && args[1] instanceof PyType t ? t : null));
        Methods.constructor(Types.PROPERTY, (type, args, kw) -> {
            Args.onlyKeywords("property", kw, "fget", "fset", "fdel", "doc");
            int npos = Args.positional(args, kw);
            PyObject[] v = new PyObject[4];
            String[] names = {"fget", "fset", "fdel", "doc"};
            for (int i = 0; i < 4; i++) {
                PyObject x = i < npos ? args[i] : Args.keyword(args, kw, names[i]);
                v[i] = x == null || x == Types.NONE ? null : incref(x);
            }
            if (v[3] == null && v[0] != null) {
                PyObject doc = Ops.getattrOrNull(v[0], Names.__doc__);
                if (doc != null && doc != Types.NONE) {
                    v[3] = doc;
                } else if (doc != null) {
                    decref(doc);
                }
            }
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocate(new Wrappers.PyProperty(type, v[0], v[1], v[2], v[3]));
        });
        Methods.slot(Types.PROPERTY, "__get__", (self, args, kw) -> ((Wrappers.PyProperty) self).get(
                args[0] == Types.NONE ? null : args[0], null));
        Methods.slot(Types.PROPERTY, "__set__", (self, args, kw) -> {
            ((Wrappers.PyProperty) self).set(args[0], args[1]);
            return incref(Types.NONE);
        });
        Methods.slot(Types.PROPERTY, "__delete__", (self, args, kw) -> {
            ((Wrappers.PyProperty) self).set(args[0], null);
            return incref(Types.NONE);
        });
        Methods.method(Types.PROPERTY, "__set_name__", (self, args, kw) -> {
            Wrappers.PyProperty p = (Wrappers.PyProperty) self;
            p.name = (PyStr) incref(args[1]);
            return incref(Types.NONE);
        });
        for (String which : new String[] {"getter", "setter", "deleter"}) {
            Methods.method(Types.PROPERTY, which, (self, args, kw) -> {
                Wrappers.PyProperty p = (Wrappers.PyProperty) self;
                PyObject f = Args.one(which, args, kw);
                PyObject g = which.equals("getter") ? f : p.fget;
                PyObject s = which.equals("setter") ? f : p.fset;
                PyObject dl = which.equals("deleter") ? f : p.fdel;
                if (p.type.heapType) {
                    incref(p.type);
                }
                Wrappers.PyProperty np = new Wrappers.PyProperty(p.type, g == null ? null : incref(g),
                        s == null ? null : incref(s), dl == null ? null : incref(dl), p.doc == null ? null : incref(p.doc));
                np.name = p.name == null ? null : (PyStr) incref(p.name);
                return Heap.allocate(np);
            });
        }
        Methods.getter(Types.PROPERTY, "__isabstractmethod__", self -> {
            Wrappers.PyProperty p = (Wrappers.PyProperty) self;
            return Types.newBool(isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel));
        });
        Methods.getter(Types.STATICMETHOD, "__isabstractmethod__",
                self -> Types.newBool(isAbstract(((Wrappers.PyStaticMethod) self).callable)));
        Methods.getter(Types.CLASSMETHOD, "__isabstractmethod__",
                self -> Types.newBool(isAbstract(((Wrappers.PyClassMethod) self).callable)));
        Methods.getter(Types.PROPERTY, "fget", self -> incref(orNone(((Wrappers.PyProperty) self).fget)));
        Methods.getter(Types.PROPERTY, "fset", self -> incref(orNone(((Wrappers.PyProperty) self).fset)));
        Methods.getter(Types.PROPERTY, "fdel", self -> incref(orNone(((Wrappers.PyProperty) self).fdel)));
        Methods.getter(Types.PROPERTY, "__doc__", self -> incref(orNone(((Wrappers.PyProperty) self).doc)));
        Methods.constructor(Types.SUPER, (type, args, kw) -> {
            if (args.length == 0) {
                return Builtins.zeroArgSuper();
            }
            if (!(args[0] instanceof PyType t)) {
                throw Errors.typeError("super() argument 1 must be a type, not " + args[0].type.name);
            }
            if (args.length == 1) {
                throw Errors.typeError("super() with one argument is not supported by Heapscope yet");
            }
            return Wrappers.newSuper(t, args[1], null);
        });
        Methods.slot(Types.SUPER, "__repr__", (self, args, kw) -> {
            Wrappers.PySuper s = (Wrappers.PySuper) self;
            return Types.newStr("<super: <class '" + s.thisType.name + "'>, <" + s.objType.name + " object>>");
        });
        Methods.slot(Types.SUPER, "__init__", (self, args, kw) -> incref(Types.NONE));
    }

    /** The truth of {@code f.__isabstractmethod__}, false when f is absent or has no such attribute. */
    static boolean isAbstract(PyObject f) {
        if (f == null) {
            return false;
        }
        PyObject v = Ops.getattrOrNull(f, Types.name("__isabstractmethod__"));
        if (v == null) {
            return false;
        }
        try {
            return Ops.isTrue(v);
        } finally {
            decref(v);
        }
    }

    static PyObject orNone(PyObject o) {
        return o == null ? Types.NONE : o;
    }
}
