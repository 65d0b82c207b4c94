package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.compiler.Generators.PyGenerator;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;

/** The Python-visible methods and attributes of generator objects (CPython's genobject.c). */
public final class GeneratorMethods {
    private GeneratorMethods() {
    }

    public static void register() {
        PyType g = Types.GENERATOR;
        Methods.method(g, "send", (self, args, kw) -> ((PyGenerator) self).send(Args.one("send", args, kw)));
        Methods.method(g, "throw", (self, args, kw) -> {
            Args.noKeywords("throw", kw);
            Args.range("throw", args, kw, 1, 3);
            return ((PyGenerator) self).throwIn(thrown(args));
        });
        Methods.method(g, "close", (self, args, kw) -> {
            Args.none("close", args, kw);
            ((PyGenerator) self).close();
            return incref(Types.NONE);
        });
        Methods.slot(g, "__repr__", (self, args, kw) -> Types.newStr("<generator object "
                + ((PyGenerator) self).frame.code.qualname + " at 0x" + Long.toHexString(self.address) + ">"));
        Methods.getter(g, "__name__", self -> Types.newStr(((PyGenerator) self).frame.code.name));
        Methods.getter(g, "__qualname__", self -> Types.newStr(((PyGenerator) self).frame.code.qualname));
        Methods.getter(g, "gi_code", self -> incref(((PyGenerator) self).frame.code));
        Methods.getter(g, "gi_running", self -> Types.newBool(((PyGenerator) self).running));
        Methods.getter(g, "gi_suspended", self -> Types.newBool(((PyGenerator) self).isSuspended()));
        Methods.getter(g, "gi_frame", self -> {
            PyGenerator gen = (PyGenerator) self;
            return gen.finished ? incref(Types.NONE) : gen.frame.asObject();
        });
    }

    /**
     * The exception gen.throw(typ[, val[, tb]]) raises: an instance as given, or the type
     * called with val (a tuple of arguments, or one argument), as CPython's _gen_throw does.
     */
    private static PyException thrown(PyObject[] args) {
        PyObject typ = args[0];
        PyObject val = args.length > 1 ? args[1] : Types.NONE;
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException given && given.type.isSubtypeOf(t)) {
                return new PyException((PyBaseException) incref(given));
            }
            PyObject made;
            if (val == Types.NONE) {
                made = Ops.call(t);
            } else if (val instanceof dev.heapscope.interpreter.objects.PyTuple tuple) {
                made = Ops.call(t, tuple.items, null);
            } else {
                made = Ops.call(t, new PyObject[] {val}, null);
            }
            if (!(made instanceof PyBaseException e)) {
                String name = made.type.name;
                decref(made);
                throw Errors.typeError("calling " + Ops.reprString(t) + " should have returned an instance of "
                        + "BaseException, not " + name);
            }
            return new PyException(e);
        }
        if (typ instanceof PyBaseException e) {
            if (val != Types.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return new PyException((PyBaseException) incref(e));
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + typ.type.name);
    }
}
