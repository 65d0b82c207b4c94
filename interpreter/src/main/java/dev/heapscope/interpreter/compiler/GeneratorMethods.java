package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;

/** send, throw, close and the gi_* attributes of generator objects. */
public final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static Generators.PyGenerator gen(PyObject o) {
        return (Generators.PyGenerator) o;
    }

    public static void register() {
        PyType t = Types.GENERATOR;
        Methods.method(t, "send", (self, args, kw) -> gen(self).send(Args.one("send", args, kw)));
        Methods.method(t, "throw", (self, args, kw) -> {
            Args.range("throw", args, kw, 1, 3);
            PyObject typ = args[0];
            PyBaseException exc;
            if (args.length >= 2 && args[1] != Types.NONE && typ instanceof PyType) {
                PyObject value = args[1];
                exc = value instanceof PyBaseException be ? (PyBaseException) incref(be)
                        : Builtins.instantiateException(dev.heapscope.interpreter.runtime.Ops.call(typ, value));
            } else {
                exc = Builtins.instantiateException(typ, "exceptions must be classes or instances deriving from "
                        + "BaseException, not " + typ.type.name);
            }
            return gen(self).throwIn(new PyException(exc));
        });
        Methods.method(t, "close", (self, args, kw) -> {
            gen(self).close();
            return incref(Types.NONE);
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> Types.newStr("<generator object " + gen(self).frame.code.qualname
                + " at 0x" + Long.toHexString(self.address) + ">"));
        Methods.getter(t, "gi_running", self -> Types.newBool(gen(self).running));
        Methods.getter(t, "gi_code", self -> incref(gen(self).frame.code));
        Methods.getter(t, "gi_frame", self -> gen(self).finished ? incref(Types.NONE) : gen(self).frame.asObject());
        Methods.getter(t, "__name__", self -> Types.newStr(gen(self).frame.code.name));
        Methods.getter(t, "__qualname__", self -> Types.newStr(gen(self).frame.code.qualname));
        Methods.getter(t, "gi_suspended", self -> Types.newBool(gen(self).isSuspended()));
    }
}
