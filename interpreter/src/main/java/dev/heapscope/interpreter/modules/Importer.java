package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
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
        Builtins.value(d, "__name__", Types.intern(name));
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
            PyObject m = load(prefix.toString(), last);
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
        if (level > 0) {
            PyObject pkg = frame.globals.getStr(Names.__package__);
            String base;
            if (pkg instanceof PyStr p && !p.value.isEmpty()) {
                base = p.value;
            } else {
                throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
            }
            String[] bits = base.split("\\.");
            if (level - 1 >= bits.length) {
                throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            String parent = String.join(".", java.util.Arrays.copyOf(bits, bits.length - (level - 1)));
            name = name.isEmpty() ? parent : parent + "." + name;
        }
        return importModule(name, frame, false);
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
        PyStr key = Types.intern(fullName);
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
            modules.put(key, made);
            return made;
        }
        byte[] shipped = shippedSource(fullName);
        if (shipped != null) {
            return loadShipped(fullName, shipped);
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
        if (parent instanceof PyModule pm) {
            String last = fullName.substring(fullName.lastIndexOf('.') + 1);
            pm.dict.put(Types.intern(last), mod);
        }
        return mod;
    }

    /** Where the standard-library modules we write in Python ship inside the jar. */
    private static final String SHIPPED_LIBRARY = "/dev/heapscope/interpreter/lib/";

    /** The source of a standard-library module shipped as a resource, or null. */
    private static byte[] shippedSource(String fullName) {
        if (fullName.contains(".")) {
            return null;
        }
        try (java.io.InputStream in = Importer.class.getResourceAsStream(SHIPPED_LIBRARY + fullName + ".py")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Runs a shipped module's source in a new module registered in sys.modules; a new reference. */
    private static PyObject loadShipped(String fullName, byte[] source) {
        PyDict modules = Sys.modules();
        PyStr key = Types.intern(fullName);
        String filename = "<heapscope>/" + fullName + ".py";
        PyModule mod = newModule(fullName, filename);
        mod.dict.put(Names.__package__, Types.newStr(""));
        modules.put(key, mod);
        try {
            dev.heapscope.interpreter.compiler.PyCode code;
            try {
                code = Interpreter.compile(source, filename);
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
        return mod;
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
