package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;

/** Makes the exceptions the runtime raises, with CPython's messages. */
public final class Errors {
    private Errors() {
    }

    /** A new exception instance of a builtin exception type with {@code args} (taken over). */
    public static PyBaseException newException(PyType type, PyObject[] args) {
        if (type.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            // OSError instances have their own layout (errno, strerror, filename): made by
            // its constructor, which takes borrowed arguments.
            try {
                return (PyBaseException) type.constructor.construct(type, args, null);
            } finally {
                for (PyObject a : args) {
                    Heap.decref(a);
                }
            }
        }
        PyTuple t = args.length == 0 ? (PyTuple) Heap.incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, args));
        return Heap.allocate(new PyBaseException(type, t));
    }

    public static PyException raise(PyType type, String message) {
        return new PyException(newException(type, new PyObject[] {Types.newStr(message)}));
    }

    public static PyException raise(PyType type) {
        return new PyException(newException(type, new PyObject[0]));
    }

    public static PyException typeError(String message) {
        return raise(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return raise(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return raise(ExceptionTypes.RUNTIME_ERROR, message);
    }

    /** KeyError(key): its str is the repr of the key. */
    public static PyException keyError(PyObject key) {
        return new PyException(newException(ExceptionTypes.KEY_ERROR, new PyObject[] {Heap.incref(key)}));
    }

    public static PyException stopIteration() {
        return raise(ExceptionTypes.STOP_ITERATION);
    }

    /** AttributeError with name and obj set, so the traceback can suggest a close name. */
    public static PyException attributeError(PyObject obj, PyStr name, String message) {
        PyBaseException e = newException(ExceptionTypes.ATTRIBUTE_ERROR, new PyObject[] {Types.newStr(message)});
        e.name = Heap.incref(name);
        e.obj = Heap.incref(obj);
        return new PyException(e);
    }

    public static PyException noAttribute(PyObject obj, PyStr name) {
        if (obj instanceof PyType t) {
            return attributeError(obj, name, "type object '" + t.name + "' has no attribute '" + name.value + "'");
        }
        if (obj instanceof dev.heapscope.interpreter.objects.PyModule m) {
            return attributeError(obj, name, "module '" + m.name + "' has no attribute '" + name.value + "'");
        }
        return attributeError(obj, name, "'" + obj.type.name + "' object has no attribute '" + name.value + "'");
    }

    /** NameError with name set, for "Did you mean" suggestions. */
    public static PyException nameError(String name) {
        PyBaseException e = newException(ExceptionTypes.NAME_ERROR,
                new PyObject[] {Types.newStr("name '" + name + "' is not defined")});
        e.name = Types.intern(name);
        return new PyException(e);
    }

    public static PyException unboundLocal(String name) {
        PyBaseException e = newException(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                new PyObject[] {Types.newStr("cannot access local variable '" + name
                        + "' where it is not associated with a value")});
        e.name = Types.intern(name);
        return new PyException(e);
    }

    public static PyException unboundFree(String name) {
        PyBaseException e = newException(ExceptionTypes.NAME_ERROR,
                new PyObject[] {Types.newStr("cannot access free variable '" + name
                        + "' where it is not associated with a value in enclosing scope")});
        e.name = Types.intern(name);
        return new PyException(e);
    }

    /** The type name as error messages quote it. */
    public static String typeName(PyObject o) {
        return o.type.name;
    }
}
