package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;

/** Calling a type: type(x), or making an instance with __new__ then __init__ (type_call). */
public final class TypeCalls {
    private TypeCalls() {
    }

    public static PyObject callType(PyType t, PyObject[] args, String[] kwnames) {
        if (t == Types.TYPE && args.length == 1 && kwnames == null) {
            return incref(args[0].type);
        }
        if (t.disallowInstantiation) {
            throw Errors.typeError("cannot create '" + t.name + "' instances");
        }
        PyObject newMethod = t.lookup(Names.__new__);
        PyObject obj;
        if (newMethod instanceof PyMethodDescr d && d.kind == PyMethodDescr.Kind.STATIC && d.code instanceof Methods.TpNewWrapper) {
            obj = construct(t, args, kwnames);
        } else if (newMethod != null) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = t;
            System.arraycopy(args, 0, full, 1, args.length);
            PyObject fn = Descriptors.get(newMethod, null, t);
            try {
                obj = Ops.call(fn, full, kwnames);
            } finally {
                decref(fn);
            }
        } else {
            obj = construct(t, args, kwnames);
        }
        if (!obj.type.isSubtypeOf(t)) {
            return obj;
        }
        if (t == Types.TYPE) {
            return obj;
        }
        PyObject init = obj.type.lookup(Names.__init__);
        if (init != null) {
            PyObject r;
            try {
                r = Ops.callMethod(init, obj, args, kwnames);
            } catch (PyException e) {
                decref(obj);
                throw e;
            }
            if (r != Types.NONE) {
                String tn = r.type.name;
                decref(r);
                decref(obj);
                throw Errors.typeError("__init__() should return None, not '" + tn + "'");
            }
            decref(r);
        }
        return obj;
    }

    /** The builtin tp_new of the type's solid base. */
    static PyObject construct(PyType t, PyObject[] args, String[] kwnames) {
        PyType.Constructor c = null;
        for (PyType m : t.mro) {
            if (m.constructor != null) {
                c = m.constructor;
                break;
            }
        }
        if (c == null) {
            throw Errors.typeError("cannot create '" + t.name + "' instances");
        }
        return c.construct(t, args, kwnames);
    }
}
