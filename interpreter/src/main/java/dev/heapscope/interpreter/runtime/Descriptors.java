package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyMethod;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;

/**
 * The descriptor protocol: functions bind to instances, method descriptors bind to their
 * object, classmethod/staticmethod/property behave as in CPython, and any class with
 * __get__ (and __set__ or __delete__ for data descriptors) takes part.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** Whether {@code d} defines __set__ or __delete__ (a data descriptor wins over the instance dict). */
    public static boolean isData(PyObject d) {
        if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof PyBuiltinFunction) {
            return false;
        }
        if (d instanceof JavaDescriptor j) {
            return j.isData();
        }
        PyType t = d.type;
        return t.lookup(Names.__set__) != null || t.lookup(Names.__delete__) != null;
    }

    /** Whether type(d) has __get__. */
    public static boolean hasGet(PyObject d) {
        if (d instanceof PyFunction || d instanceof PyMethodDescr || d instanceof JavaDescriptor) {
            return true;
        }
        if (d.type == Types.STR || d.type == Types.INT || d instanceof PyType) {
            return false;
        }
        return d.type.lookup(Names.__get__) != null;
    }

    /**
     * tp_new_wrapper: {@code owner.__new__(subtype, *args)} calls the builtin tp_new
     * (the constructor a null-code __new__ descriptor stands for) for {@code subtype}.
     */
    private static dev.heapscope.interpreter.objects.JavaMethod newWrapper(PyType owner) {
        return (self, args, kw) -> {
            String where = owner.name + ".__new__";
            if (args.length == 0) {
                throw Errors.typeError(where + "(): not enough arguments");
            }
            if (!(args[0] instanceof PyType sub)) {
                throw Errors.typeError(where + "(X): X is not a type object (" + args[0].type.name + ")");
            }
            if (!sub.isSubtypeOf(owner)) {
                throw Errors.typeError(where + "(" + sub.name + "): " + sub.name + " is not a subtype of " + owner.name);
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return TypeCalls.construct(sub, rest, kw);
        };
    }

    /** d.__get__(obj, type); obj null for access through the class. */
    public static PyObject get(PyObject d, PyObject obj, PyType type) {
        if (d instanceof PyFunction) {
            if (obj == null) {
                return incref(d);
            }
            return Heap.allocate(new PyMethod(Types.METHOD, incref(d), incref(obj)));
        }
        if (d instanceof PyMethodDescr m) {
            switch (m.kind) {
                case STATIC:
                    return Heap.allocate(new PyBuiltinFunction(Types.BUILTIN_FUNCTION, m.name, m.owner.name + "." + m.name,
                            null, m.code != null ? m.code : newWrapper(m.owner)));
                case CLASS:
                    PyType owner = type != null ? type : obj.type;
                    return Heap.allocate(new PyBuiltinFunction(Types.BUILTIN_FUNCTION, m.name, m.owner.name + "." + m.name,
                            incref(owner), m.code));
                default:
                    if (obj == null) {
                        return incref(d);
                    }
                    return Heap.allocate(new PyBuiltinFunction(Types.BUILTIN_FUNCTION, m.name, m.owner.name + "." + m.name,
                            incref(obj), m.code));
            }
        }
        if (d instanceof JavaDescriptor j) {
            return j.get(obj, type);
        }
        PyObject g = d.type.lookup(Names.__get__);
        if (g == null) {
            return incref(d);
        }
        return Ops.callMethod(g, d, new PyObject[] {obj == null ? Types.NONE : obj, type == null ? Types.NONE : type},
                null);
    }

    /** d.__set__(obj, value), or d.__delete__(obj) when value is null. */
    public static void set(PyObject d, PyObject obj, PyObject value) {
        if (d instanceof JavaDescriptor j) {
            j.set(obj, value);
            return;
        }
        if (value == null) {
            PyObject del = d.type.lookup(Names.__delete__);
            if (del == null) {
                throw Errors.raise(ExceptionTypes.ATTRIBUTE_ERROR, "__delete__");
            }
            Heap.decref(Ops.callMethod(del, d, new PyObject[] {obj}, null));
            return;
        }
        PyObject s = d.type.lookup(Names.__set__);
        if (s == null) {
            throw Errors.raise(ExceptionTypes.ATTRIBUTE_ERROR, "__set__");
        }
        Heap.decref(Ops.callMethod(s, d, new PyObject[] {obj, value}, null));
    }

    /** A descriptor implemented in Java: property, classmethod, staticmethod, slots, getsets. */
    public interface JavaDescriptor {
        boolean isData();

        PyObject get(PyObject obj, PyType type);

        default void set(PyObject obj, PyObject value) {
            throw Errors.raise(ExceptionTypes.ATTRIBUTE_ERROR, "readonly attribute");
        }
    }
}
