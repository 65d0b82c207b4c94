package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/** The modules written in Java, registered with the importer. */
public final class BuiltinModules {
    private BuiltinModules() {
    }

    public static void register() {
        Importer.registerBuiltin("sys", () -> (PyModule) incref(Sys.module()));
        // builtins: a module over the one builtins dict every module's __builtins__ is.
        Importer.registerBuiltin("builtins", () -> Heap.allocate(new PyModule(Types.MODULE, "builtins",
                (dev.heapscope.interpreter.objects.PyDict) incref(Builtins.dict()))));
        Importer.registerBuiltin("gc", GcModule::create);
        Importer.registerBuiltin("_weakref", WeakrefModule::create);
        Importer.registerBuiltin("math", MathModule::create);
        Importer.registerBuiltin("_time", TimeModule::create);
        Importer.registerBuiltin("_collections", CollectionsAccelerator::create);
        Importer.registerBuiltin("_heapq", HeapqModule::create);
        Importer.registerBuiltin("_random", RandomModule::create);
        Importer.registerBuiltin("_sha512", Sha512Module::create);
        Importer.registerBuiltin("_json", JsonModule::create);
        Importer.registerBuiltin("posix", PosixModule::create);
        Importer.registerBuiltin("_sre", SreModule::create);
        Importer.registerBuiltin("_heapscope_coroutines", BuiltinModules::coroutines);
        Importer.registerBuiltin("_heapscope_traceback", dev.heapscope.interpreter.runtime.TracebackModule::create);
    }

    /**
     * What types.coroutine needs of the runtime: marking a generator function's code as an
     * iterable coroutine (CO_ITERABLE_COROUTINE), so that its generators can be awaited.
     */
    static PyModule coroutines() {
        PyModule m = Importer.newModule("_heapscope_coroutines", null);
        Builtins.function(m.dict, "mark_iterable_coroutine", (self, args, kw) -> {
            PyObject f = Args.one("mark_iterable_coroutine", args, kw);
            if (f instanceof dev.heapscope.interpreter.objects.PyFunction fn) {
                fn.code.iterableCoroutine = true;
            }
            return incref(Types.NONE);
        });
        return m;
    }
}
