package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyMethod;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;

/**
 * The constructors of the interpreter's own types that Python code can also call, mostly
 * through the types module: module (and its subclasses), function, method, cell, traceback
 * and code. Each checks its arguments with CPython's messages; every other core type
 * (frame, generator, the iterators and views) has none and cannot be instantiated.
 */
final class CoreTypeConstructors {
    private CoreTypeConstructors() {
    }

    static void register() {
        registerModule();
        registerFunction();
        Methods.constructor(Types.METHOD, (type, args, kw) -> {
            Args.range("method", args, kw, 2, 2);
            if (args[0].type.lookup(Names.__call__) == null) {
                throw Errors.typeError("first argument must be callable");
            }
            if (args[1] == Types.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return Heap.allocate(new PyMethod(Types.METHOD, incref(args[0]), incref(args[1])));
        });
        Methods.constructor(Types.CELL, (type, args, kw) -> {
            Args.range("cell", args, kw, 0, 1);
            return Heap.allocate(new PyCell(Types.CELL, args.length == 0 ? null : incref(args[0])));
        });
        registerTraceback();
        Methods.constructor(Types.CODE, (type, args, kw) -> {
            Args.range("code", args, kw, 16, 18);
            // Code objects here are compiled from source into a tree the interpreter walks;
            // there is no bytecode to run, so one cannot be assembled from co_code bytes.
            throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Heapscope compiles code objects from source; it cannot build one from bytecode");
        });
    }

    /**
     * module_new gives a module with an empty namespace; module.__init__ then fills in the
     * five standard names (a subclass that skips it has a module named '?').
     */
    private static void registerModule() {
        Methods.constructor(Types.MODULE, (type, args, kw) -> {
            PyDict namespace = Heap.allocate(new PyDict(Types.DICT));
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocate(new PyModule(type, "?", namespace));
        });
        Methods.slot(Types.MODULE, "__init__", (self, args, kw) -> {
            PyObject[] bound = Args.bind("module", args, kw, 1, "name", "doc");
            if (!(bound[0] instanceof PyStr name)) {
                throw Args.badArgument("module", "argument 'name'", "str", bound[0]);
            }
            PyModule module = (PyModule) self;
            module.name = name.value;
            PyDict namespace = module.dict;
            namespace.put(Names.__name__, name);
            namespace.put(Types.name("__doc__"), bound[1] == null ? Types.NONE : bound[1]);
            for (String standard : new String[] {"__package__", "__loader__", "__spec__"}) {
                namespace.put(Types.name(standard), Types.NONE);
            }
            return incref(Types.NONE);
        });
    }

    /** func_new: function(code, globals, name=None, argdefs=None, closure=None). */
    private static void registerFunction() {
        Methods.constructor(Types.FUNCTION, (type, args, kw) -> {
            PyObject[] bound = Args.bind("function", args, kw, 2, "code", "globals", "name", "argdefs", "closure");
            if (!(bound[0] instanceof PyCode code)) {
                throw Args.badArgument("function", "argument 'code'", "code", bound[0]);
            }
            if (!(bound[1] instanceof PyDict globals)) {
                throw Args.badArgument("function", "argument 'globals'", "dict", bound[1]);
            }
            PyObject name = bound[2] == null ? Types.NONE : bound[2];
            if (name != Types.NONE && !(name instanceof PyStr)) {
                throw Errors.typeError("arg 3 (name) must be None or string");
            }
            PyObject defaults = bound[3] == null ? Types.NONE : bound[3];
            if (defaults != Types.NONE && !(defaults instanceof PyTuple)) {
                throw Errors.typeError("arg 4 (defaults) must be None or tuple");
            }
            PyCell[] cells = closureCells(code, bound[4] == null ? Types.NONE : bound[4]);
            PyFunction fn = new PyFunction(Types.FUNCTION, (PyCode) incref(code), (PyDict) incref(globals));
            fn.builtins = incref(builtinsOf(globals));
            if (name instanceof PyStr s) {
                if (fn.nameObject != null) {
                    Heap.decref(fn.nameObject);
                }
                fn.nameObject = incref(s);
                fn.name = s.value;
            }
            if (defaults instanceof PyTuple t && t.items.length > 0) {
                PyObject[] copy = new PyObject[t.items.length];
                for (int i = 0; i < copy.length; i++) {
                    copy[i] = incref(t.items[i]);
                }
                fn.defaults = copy;
            }
            fn.closure = cells;
            fn.doc = incref(code.docstring == null ? Types.NONE : code.docstring);
            PyObject module = globals.getStr(Names.__name__);
            fn.module = incref(module == null ? Types.NONE : module);
            return Heap.allocate(fn);
        });
    }

    /** The closure a function of {@code code} needs: one cell per free variable. */
    private static PyCell[] closureCells(PyCode code, PyObject closure) {
        if (!(closure instanceof PyTuple cells)) {
            if (closure != Types.NONE) {
                throw Errors.typeError("arg 5 (closure) must be None or tuple");
            }
            if (code.nfree > 0) {
                throw Errors.typeError("arg 5 (closure) must be tuple");
            }
            return null;
        }
        if (cells.items.length != code.nfree) {
            throw Errors.valueError(code.name + " requires closure of length " + code.nfree + ", not "
                    + cells.items.length);
        }
        if (cells.items.length == 0) {
            return null;
        }
        PyCell[] owned = new PyCell[cells.items.length];
        for (int i = 0; i < owned.length; i++) {
            if (!(cells.items[i] instanceof PyCell)) {
                throw Errors.typeError("arg 5 (closure) expected cell, found " + cells.items[i].type.name);
            }
        }
        for (int i = 0; i < owned.length; i++) {
            owned[i] = (PyCell) incref(cells.items[i]);
        }
        return owned;
    }

    /**
     * _PyEval_BuiltinsFromGlobals: the globals' __builtins__ (a module stands for its dict),
     * else the builtins of the running frame. A __builtins__ that is no dict is passed over
     * here, as frames need a mapping to look names up in.
     */
    private static PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getStr(Names.__builtins__);
        if (b instanceof PyModule m) {
            b = m.dict;
        }
        if (b instanceof PyDict d) {
            return d;
        }
        Frame current = ThreadState.current;
        return current != null ? current.builtins : dev.heapscope.interpreter.modules.Builtins.dict();
    }

    /** tb_new: traceback(tb_next, tb_frame, tb_lasti, tb_lineno), for code that splices tracebacks. */
    private static void registerTraceback() {
        Methods.constructor(Types.TRACEBACK, (type, args, kw) -> {
            PyObject[] bound = Args.bind("TracebackType", args, kw, 4, "tb_next", "tb_frame", "tb_lasti", "tb_lineno");
            PyObject next = bound[0];
            if (next != Types.NONE && !(next instanceof Traceback.PyTraceback)) {
                throw Errors.typeError("expected traceback object or None, got '" + next.type.name + "'");
            }
            if (!(bound[1] instanceof PyFrameObject frame)) {
                throw Args.badArgument("TracebackType", "argument 'tb_frame'", "frame", bound[1]);
            }
            // tb_lasti is checked as CPython checks it, but not kept: tracebacks here record
            // the failing node of the source rather than an instruction offset.
            Ops.asLong(bound[2]);
            int lineno = (int) Ops.asLong(bound[3]);
            Traceback.PyTraceback tb = new Traceback.PyTraceback(
                    next instanceof Traceback.PyTraceback t ? (Traceback.PyTraceback) incref(t) : null,
                    (PyFrameObject) incref(frame), lineno, null);
            return Heap.allocate(tb);
        });
    }
}
