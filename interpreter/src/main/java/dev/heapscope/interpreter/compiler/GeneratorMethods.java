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
        registerAsync();
    }

    /** The methods of coroutines, async generators and their awaitables (genobject.c's coroutine half). */
    private static void registerAsync() {
        PyType c = Types.COROUTINE;
        Methods.method(c, "send", (self, args, kw) -> ((PyGenerator) self).send(Args.one("send", args, kw)));
        Methods.method(c, "throw", (self, args, kw) -> {
            Args.noKeywords("throw", kw);
            Args.range("throw", args, kw, 1, 3);
            return ((PyGenerator) self).throwIn(thrown(args));
        });
        Methods.method(c, "close", (self, args, kw) -> {
            Args.none("close", args, kw);
            ((PyGenerator) self).close();
            return incref(Types.NONE);
        });
        Methods.slot(c, "__await__", (self, args, kw) -> {
            Args.none("__await__", args, kw);
            return Coroutines.wrapper((PyGenerator) self);
        });
        frameAttributes(c, "cr_");
        Methods.getter(c, "cr_running", self -> Types.newBool(((PyGenerator) self).running));
        Methods.getter(c, "cr_origin", self -> incref(Types.NONE));

        PyType a = Types.ASYNC_GENERATOR;
        Methods.method(a, "asend", (self, args, kw) -> Coroutines.asend((PyGenerator) self, Args.one("asend", args, kw)));
        Methods.method(a, "athrow", (self, args, kw) -> {
            Args.noKeywords("athrow", kw);
            Args.range("athrow", args, kw, 1, 3);
            return Coroutines.athrow((PyGenerator) self, thrown(args).value);
        });
        Methods.method(a, "aclose", (self, args, kw) -> {
            Args.none("aclose", args, kw);
            return Coroutines.athrow((PyGenerator) self, null);
        });
        Methods.slot(a, "__aiter__", (self, args, kw) -> incref(self));
        Methods.slot(a, "__anext__", (self, args, kw) -> Coroutines.asend((PyGenerator) self, Types.NONE));
        frameAttributes(a, "ag_");
        Methods.getter(a, "ag_running", self -> Types.newBool(((PyGenerator) self).runningAsync));

        for (PyType t : new PyType[] {Types.COROUTINE_WRAPPER, Types.ASYNC_GENERATOR_ASEND, Types.ASYNC_GENERATOR_ATHROW}) {
            Methods.method(t, "send", (self, args, kw) -> ((Coroutines.Delegate) self).send(Args.one("send", args, kw)));
            Methods.method(t, "throw", (self, args, kw) -> {
                Args.noKeywords("throw", kw);
                Args.range("throw", args, kw, 1, 3);
                return ((Coroutines.Delegate) self).throwIn(thrown(args));
            });
            Methods.method(t, "close", (self, args, kw) -> {
                Args.none("close", args, kw);
                ((Coroutines.Delegate) self).close();
                return incref(Types.NONE);
            });
            Methods.slot(t, "__iter__", (self, args, kw) -> incref(self));
            Methods.slot(t, "__next__", (self, args, kw) -> ((Coroutines.Delegate) self).send(Types.NONE));
            if (t != Types.COROUTINE_WRAPPER) {
                Methods.slot(t, "__await__", (self, args, kw) -> incref(self));
            }
        }
    }

    /** __repr__, names, code, frame, await and suspended state, under the type's prefix (cr_ or ag_). */
    private static void frameAttributes(PyType t, String prefix) {
        Methods.slot(t, "__repr__", (self, args, kw) -> Types.newStr("<" + t.name + " object "
                + ((PyGenerator) self).frame.code.qualname + " at 0x" + Long.toHexString(self.address) + ">"));
        Methods.getter(t, "__name__", self -> Types.newStr(((PyGenerator) self).frame.code.name));
        Methods.getter(t, "__qualname__", self -> Types.newStr(((PyGenerator) self).frame.code.qualname));
        Methods.getter(t, prefix + "code", self -> incref(((PyGenerator) self).frame.code));
        Methods.getter(t, prefix + "suspended", self -> Types.newBool(((PyGenerator) self).isSuspended()));
        Methods.getter(t, prefix + "await", self -> {
            PyObject d = ((PyGenerator) self).delegate;
            return incref(d == null ? Types.NONE : d);
        });
        Methods.getter(t, prefix + "frame", self -> {
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
