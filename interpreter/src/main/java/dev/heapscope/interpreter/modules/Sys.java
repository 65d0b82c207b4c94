package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import java.util.List;

/** The sys module. */
public final class Sys {
    private Sys() {
    }

    private static PyModule module;

    public static PyModule module() {
        return module;
    }

    /** Builds sys for a new program run. */
    public static PyModule create(List<String> argv, String scriptDir, TextStream stdout, TextStream stderr,
            PyObject stdin) {
        PyDict d = Heap.allocate(new PyDict(Types.DICT));
        module = Heap.allocate(new PyModule(Types.MODULE, "sys", d));
        module.builtin = true;
        Builtins.value(d, "__name__", Types.intern("sys"));
        Builtins.value(d, "__doc__", Types.NONE);
        PyList av = Heap.allocate(new PyList(Types.LIST));
        for (String a : argv) {
            av.appendOwned(Types.newStr(a));
        }
        put(d, "argv", av);
        PyList path = Heap.allocate(new PyList(Types.LIST));
        path.appendOwned(Types.newStr(scriptDir));
        put(d, "path", path);
        put(d, "modules", Heap.allocate(new PyDict(Types.DICT)));
        // The warning filters to add at start-up, as CPython takes them from PYTHONWARNINGS
        // (comma-separated, empty items dropped); the warnings module turns each into a filter when imported.
        PyList warnoptions = Heap.allocate(new PyList(Types.LIST));
        String fromEnvironment = System.getenv("PYTHONWARNINGS");
        if (fromEnvironment != null) {
            for (String option : fromEnvironment.split(",")) {
                if (!option.isEmpty()) {
                    warnoptions.appendOwned(Types.newStr(option));
                }
            }
        }
        put(d, "warnoptions", warnoptions);
        put(d, "stdout", stdout);
        put(d, "stderr", stderr);
        Builtins.value(d, "__stdout__", stdout);
        Builtins.value(d, "__stderr__", stderr);
        put(d, "stdin", stdin);
        put(d, "version", Types.newStr("3.11.7 (main, Heapscope) [Java " + System.getProperty("java.version") + "]"));
        put(d, "version_info", tuple(Types.newInt(3), Types.newInt(11), Types.newInt(7), Types.newStr("final"),
                Types.newInt(0)));
        put(d, "hexversion", Types.newInt(0x030b07f0));
        put(d, "maxsize", Types.newInt(Long.MAX_VALUE));
        put(d, "maxunicode", Types.newInt(0x10ffff));
        put(d, "byteorder", Types.newStr("little"));
        put(d, "platform", Types.newStr("linux"));
        put(d, "executable", Types.newStr("heapscope"));
        put(d, "implementation_name", Types.newStr("cpython"));
        put(d, "dont_write_bytecode", Types.newBool(true));
        Builtins.function(d, "getrefcount", (self, args, kw) -> Types.newInt(Args.one("getrefcount", args, kw).refcnt));
        Builtins.function(d, "getsizeof", (self, args, kw) -> {
            Args.range("getsizeof", args, kw, 1, 2);
            PyObject o = args[0];
            PyObject m = o.type.lookup(Types.name("__sizeof__"));
            long size;
            if (m instanceof dev.heapscope.interpreter.objects.PyMethodDescr) {
                size = o.sizeOf();
            } else {
                // _PySys_GetSizeOf: the default stands in only for a TypeError.
                try {
                    PyObject r = Ops.callMethod(m, o, new PyObject[0], null);
                    try {
                        if (!(r instanceof dev.heapscope.interpreter.objects.PyInt)) {
                            throw Errors.typeError("an integer is required");
                        }
                        size = Ops.asLong(r);
                    } finally {
                        decref(r);
                    }
                } catch (PyException e) {
                    if (args.length == 2 && e.value.type.isSubtypeOf(dev.heapscope.interpreter.runtime.ExceptionTypes.TYPE_ERROR)) {
                        decref(e.value);
                        return incref(args[1]);
                    }
                    throw e;
                }
                if (size < 0) {
                    throw Errors.valueError("__sizeof__() should return >= 0");
                }
            }
            return Types.newInt(size + o.preHeader());
        });
        Builtins.function(d, "intern", (self, args, kw) -> {
            PyObject s = Args.one("intern", args, kw);
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("intern() argument must be str, not " + s.type.name);
            }
            if (s.type != Types.STR) {
                throw Errors.typeError("can't intern " + s.type.name);
            }
            return Types.intern(str);
        });
        Builtins.function(d, "getrecursionlimit", (self, args, kw) -> Types.newInt(ThreadState.recursionLimit));
        Builtins.function(d, "set_asyncgen_hooks", (self, args, kw) -> {
            int npos = Args.positional(args, kw);
            Args.onlyKeywords("set_asyncgen_hooks", kw, "firstiter", "finalizer");
            if (npos > 2) {
                throw Errors.typeError("set_asyncgen_hooks() takes at most 2 arguments (" + npos + " given)");
            }
            PyObject first = npos > 0 ? args[0] : Args.keyword(args, kw, "firstiter");
            PyObject fin = npos > 1 ? args[1] : Args.keyword(args, kw, "finalizer");
            for (PyObject[] hook : new PyObject[][] {{first, Types.newStr("firstiter")}, {fin, Types.newStr("finalizer")}}) {
                if (hook[0] != null && hook[0] != Types.NONE && hook[0].type.lookup(dev.heapscope.interpreter.runtime.Names.__call__) == null) {
                    throw Errors.typeError("callable " + ((dev.heapscope.interpreter.objects.PyStr) hook[1]).value
                            + " expected, got " + hook[0].type.name);
                }
            }
            dev.heapscope.interpreter.compiler.Coroutines.setHooks(
                    first == null || first == Types.NONE ? null : Heap.incref(first), first != null,
                    fin == null || fin == Types.NONE ? null : Heap.incref(fin), fin != null);
            return Heap.incref(Types.NONE);
        });
        Builtins.function(d, "get_asyncgen_hooks", (self, args, kw) -> {
            Args.none("get_asyncgen_hooks", args, kw);
            PyObject first = dev.heapscope.interpreter.compiler.Coroutines.firstiter();
            PyObject fin = dev.heapscope.interpreter.compiler.Coroutines.finalizer();
            return Heap.allocate(new dev.heapscope.interpreter.objects.PyTuple(Types.TUPLE, new PyObject[] {
                Heap.incref(first == null ? Types.NONE : first), Heap.incref(fin == null ? Types.NONE : fin)}));
        });
        Builtins.function(d, "setrecursionlimit", (self, args, kw) -> {
            long n = Ops.asLong(Args.one("setrecursionlimit", args, kw));
            if (n < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            if (n <= ThreadState.depth) {
                throw Errors.raise(ExceptionTypes.RECURSION_ERROR, "cannot set the recursion limit to " + n
                        + " at the recursion depth " + ThreadState.depth + ": the limit is too low");
            }
            ThreadState.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
            return incref(Types.NONE);
        });
        Builtins.function(d, "exit", (self, args, kw) -> {
            Args.range("exit", args, kw, 0, 1);
            PyObject[] a = args.length == 0 ? new PyObject[0] : new PyObject[] {incref(args[0])};
            throw new PyException(Errors.newException(ExceptionTypes.SYSTEM_EXIT, a));
        });
        Builtins.function(d, "_getframe", (self, args, kw) -> {
            Args.range("_getframe", args, kw, 0, 1);
            long depth = args.length == 0 ? 0 : Ops.asLong(args[0]);
            Frame f = ThreadState.current;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw Errors.valueError("call stack is not deep enough");
            }
            return f.asObject();
        });
        Builtins.function(d, "exc_info", (self, args, kw) -> {
            dev.heapscope.interpreter.objects.PyBaseException e = ThreadState.handled;
            if (e == null) {
                return tuple(incref(Types.NONE), incref(Types.NONE), incref(Types.NONE));
            }
            return tuple(incref(e.type), incref(e), incref(e.traceback == null ? Types.NONE : e.traceback));
        });
        Builtins.function(d, "exception", (self, args, kw) -> incref(ThreadState.handled == null ? Types.NONE
                : ThreadState.handled));
        Builtins.function(d, "getdefaultencoding", (self, args, kw) -> Types.newStr("utf-8"));
        Builtins.function(d, "get_int_max_str_digits", (self, args, kw) -> Types.newInt(4300));
        return module;
    }

    static PyTuple tuple(PyObject... items) {
        return Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    private static void put(PyDict d, String name, PyObject owned) {
        PyStr key = Types.intern(name);
        d.putOwned(key, key.hash(), owned);
    }

    /** sys.modules (borrowed). */
    public static PyDict modules() {
        return (PyDict) module.dict.getStr(Types.name("modules"));
    }

    /** sys.stdout as the program has it now (borrowed), or null. */
    public static PyObject stdout() {
        return module == null ? null : module.dict.getStr(Types.name("stdout"));
    }

    public static PyObject stderr() {
        return module == null ? null : module.dict.getStr(Types.name("stderr"));
    }

    public static PyObject path() {
        return module.dict.getStr(Types.name("path"));
    }
}
