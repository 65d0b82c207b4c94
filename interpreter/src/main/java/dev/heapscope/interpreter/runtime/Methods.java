package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.JavaMethod;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;

/** Puts methods written in Java into builtin types' dicts. */
public final class Methods {
    private Methods() {
    }

    /** A method ({@code list.append}): a method_descriptor. */
    public static void method(PyType t, String name, JavaMethod code) {
        put(t, name, new PyMethodDescr(Types.METHOD_DESCRIPTOR, t, name, PyMethodDescr.Kind.METHOD, code));
    }

    /** A slot wrapper ({@code list.__len__}): a wrapper_descriptor. */
    public static void slot(PyType t, String name, JavaMethod code) {
        put(t, name, new PyMethodDescr(Types.WRAPPER_DESCRIPTOR, t, name, PyMethodDescr.Kind.METHOD, code));
    }

    /** A builtin classmethod ({@code dict.fromkeys}): called with the class as self. */
    public static void classMethod(PyType t, String name, JavaMethod code) {
        put(t, name, new PyMethodDescr(Types.CLASSMETHOD_DESCRIPTOR, t, name, PyMethodDescr.Kind.CLASS, code));
    }

    /** A builtin staticmethod ({@code str.maketrans}). */
    public static void staticMethod(PyType t, String name, JavaMethod code) {
        put(t, name, new PyMethodDescr(Types.BUILTIN_FUNCTION, t, name, PyMethodDescr.Kind.STATIC, code));
    }

    /** tp_new exposed as __new__: its code is a {@link TpNewWrapper}, so type calls can go straight to the constructor. */
    public static void constructor(PyType t, PyType.Constructor constructor) {
        t.constructor = constructor;
        t.disallowInstantiation = false;
        PyMethodDescr d = new PyMethodDescr(Types.BUILTIN_FUNCTION, t, "__new__", PyMethodDescr.Kind.STATIC,
                new TpNewWrapper(t));
        put(t, "__new__", d);
    }

    /**
     * T.__new__(S, *args) called explicitly (CPython's tp_new_wrapper): S must be a subtype
     * of T; the object is made by S's constructor.
     */
    public static final class TpNewWrapper implements dev.heapscope.interpreter.objects.JavaMethod {
        private final PyType owner;

        TpNewWrapper(PyType owner) {
            this.owner = owner;
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
            if (Args.positional(args, kwnames) < 1) {
                throw Errors.typeError(owner.name + ".__new__(): not enough arguments");
            }
            if (!(args[0] instanceof PyType sub)) {
                throw Errors.typeError(owner.name + ".__new__(X): X is not a type object (" + args[0].type.name + ")");
            }
            if (!sub.isSubtypeOf(owner)) {
                throw Errors.typeError(owner.name + ".__new__(" + sub.name + "): " + sub.name + " is not a subtype of "
                        + owner.name);
            }
            // The first builtin (or class without a __new__ of its own) in sub's base chain
            // must make its instances with this very constructor: object.__new__(int) would
            // build an object without an int's state.
            PyType staticBase = sub;
            while (staticBase.heapType && staticBase.dict.getStr(Names.__new__) != null) {
                staticBase = staticBase.base;
            }
            if (staticBase.constructor != owner.constructor) {
                throw Errors.typeError(owner.name + ".__new__(" + sub.name + ") is not safe, use " + staticBase.name
                        + ".__new__()");
            }
            return TypeCalls.construct(sub, java.util.Arrays.copyOfRange(args, 1, args.length), kwnames);
        }
    }

    public static void attribute(PyType t, String name, PyObject value) {
        PyStr key = Types.intern(name);
        t.dict.putOwned(key, key.hash(), value);
        t.modified();
    }

    private static void put(PyType t, String name, PyMethodDescr d) {
        Heap.immortal(d, 64);
        PyStr key = Types.intern(name);
        t.dict.putOwned(key, key.hash(), d);
        t.modified();
    }

    /** A getter-only attribute of instances of a builtin type (getset_descriptor). */
    public static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> get) {
        GetSet g = new GetSet(t, name, get, null);
        Heap.immortal(g, 64);
        PyStr key = Types.intern(name);
        t.dict.putOwned(key, key.hash(), g);
        t.modified();
    }

    public static void getset(PyType t, String name, java.util.function.Function<PyObject, PyObject> get,
            java.util.function.BiConsumer<PyObject, PyObject> set) {
        GetSet g = new GetSet(t, name, get, set);
        Heap.immortal(g, 64);
        PyStr key = Types.intern(name);
        t.dict.putOwned(key, key.hash(), g);
        t.modified();
    }

    /**
     * A getset_descriptor in a class made by a class statement (its __dict__ and __weakref__),
     * allocated on the heap as CPython's type_new does: a GC object of 64 bytes. Its owner
     * is borrowed, as for the descriptors of builtin types.
     */
    public static GetSet heapGetSet(PyType t, String name, java.util.function.Function<PyObject, PyObject> get,
            java.util.function.BiConsumer<PyObject, PyObject> set) {
        GetSet g = new GetSet(t, name, get, set);
        g.onHeap = true;
        Heap.allocate(g);
        PyStr key = Types.intern(name);
        t.dict.putOwned(key, key.hash(), g);
        return g;
    }

    /** getset_descriptor: a computed attribute such as {@code __dict__} or {@code __name__}. */
    public static final class GetSet extends PyObject implements Descriptors.JavaDescriptor {
        public final PyType owner;
        public final String name;
        private final java.util.function.Function<PyObject, PyObject> getter;
        private final java.util.function.BiConsumer<PyObject, PyObject> setter;

        GetSet(PyType owner, String name, java.util.function.Function<PyObject, PyObject> getter,
                java.util.function.BiConsumer<PyObject, PyObject> setter) {
            super(Types.GETSET_DESCRIPTOR);
            this.owner = owner;
            this.name = name;
            this.getter = getter;
            this.setter = setter;
            if (owner.heapType) {
                Heap.incref(owner);
            }
        }

        /** A descriptor of a class holds a reference to it (d_type); one of a builtin type needs none. */
        @Override
        public void traverse(Visitor visitor) {
            if (owner.heapType) {
                visitor.visit(owner);
            }
        }

        @Override
        public void releaseReferences() {
            if (owner.heapType) {
                Heap.decref(owner);
            }
        }

        /** Made by {@link #heapGetSet}: a GC-tracked object with a real allocation. */
        boolean onHeap;

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public boolean isGcType() {
            return onHeap;
        }

        @Override
        public long allocationRequest() {
            return onHeap ? 64 : 16;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return Heap.incref(this);
            }
            return getter.apply(obj);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            if (setter == null) {
                throw Errors.attributeError(obj, Types.name(name), "attribute '" + name + "' of '" + owner.name
                        + "' objects is not writable");
            }
            setter.accept(obj, value);
        }
    }
}
