package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyModule;
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
        Importer.registerBuiltin("gc", BuiltinModules::gc);
        Importer.registerBuiltin("math", MathModule::create);
        Importer.registerBuiltin("time", BuiltinModules::time);
        Importer.registerBuiltin("_collections", CollectionsAccelerator::create);
    }

    static PyModule gc() {
        PyModule m = Importer.newModule("gc", null);
        Builtins.function(m.dict, "collect", (self, args, kw) -> {
            Args.range("collect", args, kw, 0, 1);
            int generation = args.length == 0 ? 2 : (int) Ops.asLong(args[0]);
            if (generation < 0 || generation > 2) {
                throw dev.heapscope.interpreter.runtime.Errors.valueError("invalid generation");
            }
            return Types.newInt(Heap.collector().collect(generation));
        });
        Builtins.function(m.dict, "get_threshold", (self, args, kw) -> {
            int[] t = Heap.collector().thresholds();
            return Heap.allocate(new PyTuple(Types.TUPLE, new dev.heapscope.interpreter.objects.PyObject[] {
                Types.newInt(t[0]), Types.newInt(t[1]), Types.newInt(t[2])}));
        });
        Builtins.function(m.dict, "get_count", (self, args, kw) -> {
            int[] c = Heap.collector().counts();
            return Heap.allocate(new PyTuple(Types.TUPLE, new dev.heapscope.interpreter.objects.PyObject[] {
                Types.newInt(c[0]), Types.newInt(c[1]), Types.newInt(c[2])}));
        });
        Builtins.function(m.dict, "isenabled", (self, args, kw) -> Types.newBool(Heap.collector().isEnabled()));
        Builtins.function(m.dict, "enable", (self, args, kw) -> {
            Heap.collector().setEnabled(true);
            return incref(Types.NONE);
        });
        Builtins.function(m.dict, "disable", (self, args, kw) -> {
            Heap.collector().setEnabled(false);
            return incref(Types.NONE);
        });
        Builtins.function(m.dict, "is_tracked", (self, args, kw) -> Types.newBool(
                Heap.collector().isTracked(Args.one("is_tracked", args, kw))));
        return m;
    }

    static PyModule time() {
        PyModule m = Importer.newModule("time", null);
        Builtins.function(m.dict, "time", (self, args, kw) -> Types.newFloat(System.currentTimeMillis() / 1000.0));
        Builtins.function(m.dict, "perf_counter", (self, args, kw) -> Types.newFloat(System.nanoTime() / 1e9));
        Builtins.function(m.dict, "monotonic", (self, args, kw) -> Types.newFloat(System.nanoTime() / 1e9));
        Builtins.function(m.dict, "process_time", (self, args, kw) -> Types.newFloat(System.nanoTime() / 1e9));
        Builtins.function(m.dict, "sleep", (self, args, kw) -> {
            double s = Conversions.toDouble(Args.one("sleep", args, kw));
            try {
                Thread.sleep((long) (s * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return incref(Types.NONE);
        });
        return m;
    }
}
