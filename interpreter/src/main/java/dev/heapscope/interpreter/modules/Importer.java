package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Interpreter;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The import system: sys.modules, the modules written in Java, modules written in Python
 * that ship inside Heapscope, and .py files found along sys.path.
 */
public final class Importer {
    private Importer() {
    }

    /** Builtin modules: made on first import, once per program. */
    private static final Map<String, Supplier<PyModule>> BUILTIN = new LinkedHashMap<>();

    public static void registerBuiltin(String name, Supplier<PyModule> maker) {
        BUILTIN.put(name, maker);
    }

    /** A new, empty module with its standard attributes (a new reference). */
    public static PyModule newModule(String name, String file) {
        PyDict d = Heap.allocate(new PyDict(Types.DICT));
        PyModule m = Heap.allocate(new PyModule(Types.MODULE, name, d));
        Builtins.value(d, "__name__", Types.name(name));
        Builtins.value(d, "__doc__", Types.NONE);
        Builtins.value(d, "__package__", Types.NONE);
        Builtins.value(d, "__loader__", Types.NONE);
        Builtins.value(d, "__spec__", Types.NONE);
        if (file != null) {
            PyStr f = Types.newStr(file);
            d.putOwned(incref(Names.__file__), Names.__file__.hash(), f);
        }
        Builtins.value(d, "__builtins__", Builtins.dict());
        return m;
    }

    /** import NAME: the module (or, for "import a.b" bound as a, the top package); a new reference. */
    public static PyObject importModule(String name, Frame frame, boolean bindTop) {
        String[] parts = name.split("\\.");
        PyObject top = null;
        StringBuilder prefix = new StringBuilder();
        PyObject last = null;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                prefix.append('.');
            }
            prefix.append(parts[i]);
            PyObject m;
            try {
                m = load(prefix.toString(), last);
            } catch (PyException e) {
                // A submodule failed: the packages imported so far stay in sys.modules, but
                // this import's own references to them go.
                if (last != null && last != top) {
                    decref(last);
                }
                if (top != null) {
                    decref(top);
                }
                throw e;
            }
            if (i == 0) {
                top = m;
            } else {
                if (last != top) {
                    decref(last);
                }
            }
            last = m;
        }
        if (bindTop) {
            if (last != top) {
                decref(last);
            }
            return top;
        }
        if (last != top) {
            decref(top);
        }
        return last;
    }

    /** The module for a from-import, resolving relative imports against the importing module's package. */
    public static PyObject importFrom(String module, int level, Frame frame) {
        String name = module == null ? "" : module;
        return importModule(resolveName(name, level, frame.globals), frame, false);
    }

    /**
     * The absolute name of a relative import: {@code level} dots in a module whose package is
     * globals' __package__ (or, without one, its __name__ and __path__).
     */
    static String resolveName(String name, int level, PyDict globals) {
        if (level == 0) {
            return name;
        }
        PyObject pkg = globals == null ? null : globals.getStr(Names.__package__);
        String base = null;
        if (pkg instanceof PyStr p) {
            base = p.value;
        } else if (pkg != null && pkg != Types.NONE) {
            throw Errors.typeError("package must be a string");
        } else if (globals != null && globals.getStr(Types.name("__name__")) instanceof PyStr n) {
            base = globals.getStr(Types.name("__path__")) != null ? n.value
                    : n.value.contains(".") ? n.value.substring(0, n.value.lastIndexOf('.')) : "";
        }
        if (base == null || base.isEmpty()) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String[] bits = base.split("\\.");
        if (level - 1 >= bits.length) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
        }
        String parent = String.join(".", java.util.Arrays.copyOf(bits, bits.length - (level - 1)));
        return name.isEmpty() ? parent : parent + "." + name;
    }

    /**
     * builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0) as
     * importlib._bootstrap.__import__: with an empty fromlist the top package of the
     * (resolved) name, else the module itself with every fromlist name that is a submodule
     * imported.
     */
    static PyObject builtinImport(PyObject[] args, String[] kwnames) {
        String[] names = {"name", "globals", "locals", "fromlist", "level"};
        PyObject[] a = new PyObject[5];
        int npos = Args.positional(args, kwnames);
        if (npos > 5) {
            throw Errors.typeError("__import__() takes at most 5 arguments (" + npos + " given)");
        }
        System.arraycopy(args, 0, a, 0, npos);
        if (kwnames != null) {
            outer:
            for (int i = 0; i < kwnames.length; i++) {
                for (int j = 0; j < names.length; j++) {
                    if (names[j].equals(kwnames[i])) {
                        a[j] = args[npos + i];
                        continue outer;
                    }
                }
                throw Errors.typeError("'" + kwnames[i] + "' is an invalid keyword argument for __import__()");
            }
        }
        if (a[0] == null) {
            throw Errors.typeError("__import__() missing required argument 'name' (pos 1)");
        }
        if (!(a[0] instanceof PyStr nameStr)) {
            throw Errors.typeError("module name must be a string");
        }
        int level = a[4] == null ? 0 : (int) Ops.asLong(a[4]);
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        PyDict globals = a[1] instanceof PyDict g ? g : null;
        String name = nameStr.value;
        if (level == 0 && name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        String full = resolveName(name, level, globals);
        PyObject module = importModule(full, null, false);
        PyObject[] fromlist = a[3] == null || a[3] == Types.NONE ? new PyObject[0] : Builtins.toArray(a[3]);
        try {
            if (fromlist.length == 0) {
                if (level == 0 || !name.isEmpty()) {
                    String top = name.isEmpty() ? full : name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                    String topFull = level == 0 ? top : full.substring(0, full.length() - name.length()) + top;
                    decref(module);
                    PyObject m = Sys.modules().getStr(Types.name(topFull));
                    if (m == null) {
                        throw Errors.raise(ExceptionTypes.KEY_ERROR, topFull);
                    }
                    return incref(m);
                }
                return module;
            }
            if (module instanceof PyModule mod && mod.dict.getStr(Types.name("__path__")) != null) {
                for (PyObject f : fromlist) {
                    if (f instanceof PyStr fs && !fs.value.equals("*") && !hasAttribute(module, fs)) {
                        try {
                            decref(importModule(full + "." + fs.value, null, false));
                        } catch (PyException e) {
                            if (!Ops.matches(e, ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                                throw e;
                            }
                            decref(e.value);
                        }
                    }
                }
            }
            return module;
        } finally {
            for (PyObject f : fromlist) {
                decref(f);
            }
        }
    }

    private static boolean hasAttribute(PyObject o, PyStr name) {
        PyObject v = Ops.getattrOrNull(o, name);
        if (v == null) {
            return false;
        }
        decref(v);
        return true;
    }

    /** from m import name: the attribute, or a submodule of that name. */
    public static PyObject fromAttribute(PyObject m, String name) {
        PyStr key = Types.name(name);
        PyObject v = Ops.getattrOrNull(m, key);
        if (v != null) {
            return v;
        }
        if (m instanceof PyModule mod) {
            String full = mod.name + "." + name;
            try {
                return importModule(full, null, false);
            } catch (PyException e) {
                if (!Ops.matches(e, ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                    throw e;
                }
                decref(e.value);
            }
            PyObject file = mod.dict.getStr(Names.__file__);
            String where = file instanceof PyStr f ? f.value : "unknown location";
            if (!(file instanceof PyStr)) {
                where = "unknown location";
            }
            PyBaseException err = Errors.newException(ExceptionTypes.IMPORT_ERROR, new PyObject[] {
                Types.newStr("cannot import name '" + name + "' from '" + mod.name + "' (" + where + ")")});
            err.name = Types.newStr(mod.name);
            throw new PyException(err);
        }
        throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "'");
    }

    /** from m import *: __all__, or every public name. */
    public static void importStar(PyObject m, Frame f) {
        PyDict d = Ops.instanceDict(m);
        PyObject all = d == null ? null : d.getStr(Types.name("__all__"));
        PyObject target = f.locals != null ? f.locals : f.globals;
        if (all != null) {
            PyObject[] names = Builtins.toArray(all);
            try {
                for (PyObject n : names) {
                    PyObject v = Ops.getattr(m, (PyStr) n);
                    try {
                        Ops.setitem(target, n, v);
                    } finally {
                        decref(v);
                    }
                }
            } finally {
                for (PyObject n : names) {
                    decref(n);
                }
            }
            return;
        }
        if (d == null) {
            return;
        }
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) instanceof PyStr k && !k.value.startsWith("_")) {
                Ops.setitem(target, k, d.valueAt(i));
            }
        }
    }

    /** The module called {@code fullName}, from sys.modules or loaded now; a new reference. */
    private static PyObject load(String fullName, PyObject parent) {
        PyDict modules = Sys.modules();
        // Borrowed: sys.modules takes its own reference to the key.
        PyStr key = Types.name(fullName);
        PyObject m = modules.getStr(key);
        if (m != null) {
            if (m == Types.NONE) {
                throw notFound(fullName, "import of " + fullName + " halted; None in sys.modules");
            }
            return incref(m);
        }
        Supplier<PyModule> builtin = BUILTIN.get(fullName);
        if (builtin != null) {
            PyModule made = builtin.get();
            made.builtin = true;
            modules.put(key, made);
            return made;
        }
        Shipped shipped = shippedSource(fullName);
        if (shipped != null) {
            return loadShipped(fullName, shipped, parent);
        }
        if (parent instanceof PyModule pm && pm.dict.getStr(Types.name("__path__")) == null) {
            throw notFound(fullName, "No module named '" + fullName + "'; '" + pm.name + "' is not a package");
        }
        Path file = find(fullName, parent);
        if (file == null) {
            throw notFound(fullName, "No module named '" + fullName + "'");
        }
        boolean isPackage = file.getFileName().toString().equals("__init__.py");
        PyModule mod = newModule(fullName, file.toString());
        String pkg = isPackage ? fullName : fullName.contains(".") ? fullName.substring(0, fullName.lastIndexOf('.')) : "";
        mod.dict.putOwned(incref(Names.__package__), Names.__package__.hash(), Types.newStr(pkg));
        if (isPackage) {
            PyList path = Heap.allocate(new PyList(Types.LIST));
            path.appendOwned(Types.newStr(file.getParent().toString()));
            mod.dict.putOwned(Types.intern("__path__"), Types.name("__path__").hash(), path);
        }
        modules.put(key, mod);
        try {
            Interpreter.execFile(file, mod);
        } catch (PyException e) {
            PyObject removed = modules.pop(key);
            if (removed != null) {
                decref(removed);
            }
            decref(mod);
            throw e;
        }
        bindInParent(fullName, mod, parent);
        return mod;
    }

    /** Where the standard-library modules we write in Python ship inside the jar. */
    private static final String SHIPPED_LIBRARY = "/dev/heapscope/interpreter/lib/";

    /**
     * A standard-library module shipped as a resource: lib/a/b.py, or lib/a/b/__init__.py for
     * a package. {@code filename} is what its __file__ and tracebacks show.
     */
    private record Shipped(byte[] source, boolean isPackage, String filename) {
    }

    /** The shipped module or package called {@code fullName}, or null. */
    private static Shipped shippedSource(String fullName) {
        String rel = fullName.replace('.', '/');
        byte[] module = resource(rel + ".py");
        if (module != null) {
            return new Shipped(module, false, ShippedFiles.path(rel + ".py", module));
        }
        byte[] init = resource(rel + "/__init__.py");
        if (init != null) {
            return new Shipped(init, true, ShippedFiles.path(rel + "/__init__.py", init));
        }
        return null;
    }

    private static byte[] resource(String relative) {
        try (java.io.InputStream in = Importer.class.getResourceAsStream(SHIPPED_LIBRARY + relative)) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * Runs a shipped module's source in a new module registered in sys.modules, and binds it
     * in its parent package once it ran; a new reference. A package gets __path__ (naming its
     * place in the shipped library) and is its own __package__, so relative imports inside it
     * resolve as in CPython.
     */
    private static PyObject loadShipped(String fullName, Shipped shipped, PyObject parent) {
        PyDict modules = Sys.modules();
        // Borrowed: sys.modules takes its own reference to the key.
        PyStr key = Types.name(fullName);
        PyModule mod = newModule(fullName, shipped.filename());
        String pkg = shipped.isPackage() ? fullName
                : fullName.contains(".") ? fullName.substring(0, fullName.lastIndexOf('.')) : "";
        mod.dict.putOwned(incref(Names.__package__), Names.__package__.hash(), Types.newStr(pkg));
        if (shipped.isPackage()) {
            PyList path = Heap.allocate(new PyList(Types.LIST));
            String file = shipped.filename();
            path.appendOwned(Types.newStr(file.substring(0, file.length() - "/__init__.py".length())));
            mod.dict.putOwned(Types.intern("__path__"), Types.name("__path__").hash(), path);
        }
        modules.put(key, mod);
        try {
            dev.heapscope.interpreter.compiler.PyCode code;
            try {
                code = Interpreter.compile(shipped.source(), shipped.filename());
            } catch (dev.heapscope.language.errors.PythonSyntaxError e) {
                throw Errors.raise(ExceptionTypes.SYSTEM_ERROR, "shipped module " + fullName + " does not compile: "
                        + e.msg());
            }
            Interpreter.execCode(code, mod.dict);
        } catch (PyException e) {
            PyObject removed = modules.pop(key);
            if (removed != null) {
                decref(removed);
            }
            decref(mod);
            throw e;
        }
        bindInParent(fullName, mod, parent);
        return mod;
    }

    /** After "import a.b" ran b, a.b is an attribute of a. */
    private static void bindInParent(String fullName, PyModule mod, PyObject parent) {
        if (parent instanceof PyModule pm) {
            String last = fullName.substring(fullName.lastIndexOf('.') + 1);
            pm.dict.put(Types.name(last), mod);
        }
    }

    private static PyException notFound(String name, String message) {
        PyBaseException e = Errors.newException(ExceptionTypes.MODULE_NOT_FOUND_ERROR,
                new PyObject[] {Types.newStr(message)});
        e.name = Types.newStr(name);
        return new PyException(e);
    }

    /** name.py or name/__init__.py along the parent's __path__ or sys.path. */
    private static Path find(String fullName, PyObject parent) {
        String leaf = fullName.substring(fullName.lastIndexOf('.') + 1);
        PyObject path = parent instanceof PyModule pm ? pm.dict.getStr(Types.name("__path__")) : Sys.path();
        if (path == null) {
            return null;
        }
        PyObject[] dirs = Builtins.toArray(path);
        try {
            for (PyObject d : dirs) {
                if (!(d instanceof PyStr s)) {
                    continue;
                }
                Path dir = Path.of(s.value.isEmpty() ? "." : s.value);
                Path py = dir.resolve(leaf + ".py");
                if (Files.isRegularFile(py)) {
                    return py.toAbsolutePath().normalize();
                }
                Path init = dir.resolve(leaf).resolve("__init__.py");
                if (Files.isRegularFile(init)) {
                    return init.toAbsolutePath().normalize();
                }
            }
        } finally {
            for (PyObject d : dirs) {
                decref(d);
            }
        }
        return null;
    }
}
