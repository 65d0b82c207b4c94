package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Collector;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/** The gc module: the interface to {@link Collector}, as Modules/gcmodule.c exposes it. */
final class GcModule {
    private GcModule() {
    }

    static PyModule create() {
        PyModule m = Importer.newModule("gc", null);
        PyDict d = m.dict;
        Collector gc = Heap.collector();
        PyList garbage = Heap.allocate(new PyList(Types.LIST));
        PyList callbacks = Heap.allocate(new PyList(Types.LIST));
        gc.attachLists(garbage, callbacks);
        Builtins.value(d, "garbage", gc.garbage());
        Builtins.value(d, "callbacks", gc.callbacks());
        decref(garbage);
        decref(callbacks);
        intConstant(d, "DEBUG_STATS", Collector.DEBUG_STATS);
        intConstant(d, "DEBUG_COLLECTABLE", Collector.DEBUG_COLLECTABLE);
        intConstant(d, "DEBUG_UNCOLLECTABLE", Collector.DEBUG_UNCOLLECTABLE);
        intConstant(d, "DEBUG_SAVEALL", Collector.DEBUG_SAVEALL);
        intConstant(d, "DEBUG_LEAK", Collector.DEBUG_COLLECTABLE | Collector.DEBUG_UNCOLLECTABLE
                | Collector.DEBUG_SAVEALL);

        Builtins.function(d, "collect", (self, args, kw) -> {
            Args.onlyKeywords("collect", kw, "generation");
            PyObject g = Args.keyword(args, kw, "generation");
            int npos = Args.positional(args, kw);
            if (npos > 1 || (npos == 1 && g != null)) {
                throw Errors.typeError("collect() takes at most 1 argument (" + args.length + " given)");
            }
            int generation = npos == 1 ? (int) Ops.asLong(args[0]) : g != null ? (int) Ops.asLong(g) : 2;
            if (generation < 0 || generation >= Collector.NUM_GENERATIONS) {
                throw Errors.valueError("invalid generation");
            }
            return Types.newInt(Heap.collector().collect(generation));
        });
        Builtins.function(d, "enable", (self, args, kw) -> {
            Args.none("enable", args, kw);
            Heap.collector().setEnabled(true);
            return incref(Types.NONE);
        });
        Builtins.function(d, "disable", (self, args, kw) -> {
            Args.none("disable", args, kw);
            Heap.collector().setEnabled(false);
            return incref(Types.NONE);
        });
        Builtins.function(d, "isenabled", (self, args, kw) -> {
            Args.none("isenabled", args, kw);
            return Types.newBool(Heap.collector().isEnabled());
        });
        Builtins.function(d, "get_threshold", (self, args, kw) -> {
            Args.none("get_threshold", args, kw);
            return intTuple(Heap.collector().thresholds());
        });
        Builtins.function(d, "set_threshold", (self, args, kw) -> {
            Args.noKeywords("set_threshold", kw);
            if (args.length < 1 || args.length > 3) {
                throw Errors.typeError(args.length < 1
                        ? "set_threshold() takes at least 1 argument (0 given)"
                        : "set_threshold() takes at most 3 arguments (" + args.length + " given)");
            }
            int[] values = new int[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = (int) Ops.asLong(args[i]);
            }
            Heap.collector().setThresholds(values);
            return incref(Types.NONE);
        });
        Builtins.function(d, "get_count", (self, args, kw) -> {
            Args.none("get_count", args, kw);
            return intTuple(Heap.collector().counts());
        });
        Builtins.function(d, "get_debug", (self, args, kw) -> {
            Args.none("get_debug", args, kw);
            return Types.newInt(Heap.collector().debugFlags());
        });
        Builtins.function(d, "set_debug", (self, args, kw) -> {
            Heap.collector().setDebugFlags((int) Ops.asLong(Args.one("set_debug", args, kw)));
            return incref(Types.NONE);
        });
        Builtins.function(d, "get_stats", (self, args, kw) -> {
            Args.none("get_stats", args, kw);
            long[][] stats = Heap.collector().stats();
            PyList result = Heap.allocate(new PyList(Types.LIST));
            for (int g = 0; g < Collector.NUM_GENERATIONS; g++) {
                PyDict s = Heap.allocateUntracked(new PyDict(Types.DICT));
                putInt(s, "collections", stats[0][g]);
                putInt(s, "collected", stats[1][g]);
                putInt(s, "uncollectable", stats[2][g]);
                result.appendOwned(s);
            }
            return result;
        });
        Builtins.function(d, "is_tracked", (self, args, kw) -> {
            PyObject o = Args.one("is_tracked", args, kw);
            return Types.newBool(o.isGcType() && Heap.collector().isTracked(o));
        });
        Builtins.function(d, "is_finalized", (self, args, kw) -> {
            PyObject o = Args.one("is_finalized", args, kw);
            return Types.newBool(o.isGcType() && o.finalized);
        });
        Builtins.function(d, "get_objects", (self, args, kw) -> {
            Args.onlyKeywords("get_objects", kw, "generation");
            PyObject g = Args.keyword(args, kw, "generation");
            if (Args.positional(args, kw) == 1 && g == null) {
                g = args[0];
            } else if (Args.positional(args, kw) > 1) {
                throw Errors.typeError("get_objects() takes at most 1 argument (" + args.length + " given)");
            }
            int first = 0;
            int last = Collector.NUM_GENERATIONS - 1;
            if (g != null && g != Types.NONE) {
                long generation = Ops.asLong(g);
                if (generation >= Collector.NUM_GENERATIONS) {
                    throw Errors.valueError("generation parameter must be less than the number of available "
                            + "generations (" + Collector.NUM_GENERATIONS + ")");
                }
                if (generation < 0) {
                    throw Errors.valueError("generation parameter cannot be negative");
                }
                first = (int) generation;
                last = (int) generation;
            }
            PyList result = Heap.allocate(new PyList(Types.LIST));
            for (int gen = first; gen <= last; gen++) {
                for (PyObject o : Heap.collector().objects(gen)) {
                    if (o != result) {
                        result.append(o);
                    }
                }
            }
            return result;
        });
        Builtins.function(d, "get_referrers", (self, args, kw) -> {
            Args.noKeywords("get_referrers", kw);
            PyList result = Heap.allocate(new PyList(Types.LIST));
            for (int gen = 0; gen < Collector.NUM_GENERATIONS; gen++) {
                for (PyObject o : Heap.collector().objects(gen)) {
                    if (o != result && refersToAny(o, args)) {
                        result.append(o);
                    }
                }
            }
            return result;
        });
        Builtins.function(d, "get_referents", (self, args, kw) -> {
            Args.noKeywords("get_referents", kw);
            PyList result = Heap.allocate(new PyList(Types.LIST));
            for (PyObject o : args) {
                if (o.isGcType()) {
                    o.traverse(result::append);
                }
            }
            return result;
        });
        Builtins.function(d, "freeze", (self, args, kw) -> {
            Args.none("freeze", args, kw);
            Heap.collector().freeze();
            return incref(Types.NONE);
        });
        Builtins.function(d, "unfreeze", (self, args, kw) -> {
            Args.none("unfreeze", args, kw);
            Heap.collector().unfreeze();
            return incref(Types.NONE);
        });
        Builtins.function(d, "get_freeze_count", (self, args, kw) -> {
            Args.none("get_freeze_count", args, kw);
            return Types.newInt(Heap.collector().freezeCount());
        });
        return m;
    }

    private static boolean refersToAny(PyObject o, PyObject[] targets) {
        boolean[] found = {false};
        o.traverse(referent -> {
            for (PyObject t : targets) {
                if (referent == t) {
                    found[0] = true;
                }
            }
        });
        return found[0];
    }

    private static PyObject intTuple(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = Types.newInt(values[i]);
        }
        return Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    private static void intConstant(PyDict d, String name, long value) {
        PyObject v = Types.newInt(value);
        Builtins.value(d, name, v);
        decref(v);
    }

    private static void putInt(PyDict d, String key, long value) {
        PyObject k = Types.intern(key);
        PyObject v = Types.newInt(value);
        d.put(k, v);
        decref(k);
        decref(v);
    }
}
