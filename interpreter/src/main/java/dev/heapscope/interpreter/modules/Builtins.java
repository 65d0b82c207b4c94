package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.JavaMethod;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.BinaryOp;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.interpreter.runtime.Wrappers;
import java.util.ArrayList;
import java.util.List;

/** The builtins module, and the runtime helpers its functions share with the evaluator. */
public final class Builtins {
    private Builtins() {
    }

    /** The builtins module's dict: made once per JVM, its functions and types are static objects. */
    private static PyDict dict;

    public static synchronized PyDict dict() {
        if (dict == null) {
            dict = Heap.immortal(new PyDict(Types.DICT), 64);
            populate(dict);
        }
        return dict;
    }

    static void function(PyDict d, String name, JavaMethod code) {
        PyBuiltinFunction f = Heap.immortal(new PyBuiltinFunction(Types.BUILTIN_FUNCTION, name, name, null, code), 72);
        PyStr key = Types.intern(name);
        d.putOwned(key, key.hash(), f);
    }

    static void value(PyDict d, String name, PyObject v) {
        PyStr key = Types.intern(name);
        d.putOwned(key, key.hash(), incref(v));
    }

    private static void populate(PyDict d) {
        value(d, "__name__", Types.intern("builtins"));
        value(d, "__doc__", Types.NONE);
        value(d, "None", Types.NONE);
        value(d, "True", Types.TRUE);
        value(d, "False", Types.FALSE);
        value(d, "Ellipsis", Types.ELLIPSIS);
        value(d, "NotImplemented", Types.NOT_IMPLEMENTED);
        value(d, "__debug__", Types.TRUE);
        for (PyType t : new PyType[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.COMPLEX,
                Types.STR, Types.BYTES, Types.BYTEARRAY, Types.TUPLE, Types.LIST, Types.DICT, Types.SET,
                Types.FROZENSET, Types.RANGE, Types.SLICE, Types.PROPERTY, Types.CLASSMETHOD, Types.STATICMETHOD,
                Types.SUPER}) {
            value(d, t.name, t);
        }
        for (PyType t : ExceptionTypes.ALL.values()) {
            value(d, t.name, t);
        }
        value(d, "memoryview", MemoryViews.TYPE);
        value(d, "EnvironmentError", ExceptionTypes.OS_ERROR);
        value(d, "IOError", ExceptionTypes.OS_ERROR);
        BuiltinFunctions.register(d);
        dev.heapscope.interpreter.runtime.Docstrings.install(d);
    }

    // ---- helpers shared with the evaluator ----

    /** Appends every item of {@code iterable} (new references) to {@code out}. */
    public static void extendFromIterable(List<PyObject> out, PyObject iterable, String errorPrefix) {
        if (iterable instanceof PyTuple t) {
            for (PyObject o : t.items) {
                out.add(incref(o));
            }
            return;
        }
        if (iterable instanceof PyList l && iterable.type == Types.LIST) {
            for (int i = 0; i < l.size; i++) {
                out.add(incref(l.items[i]));
            }
            return;
        }
        PyObject it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (errorPrefix != null && Ops.matches(e, ExceptionTypes.TYPE_ERROR)) {
                decref(e.value);
                throw Errors.typeError(errorPrefix + iterable.type.name);
            }
            throw e;
        }
        try {
            PyObject x;
            while ((x = Ops.next(it)) != null) {
                out.add(x);
            }
        } finally {
            decref(it);
        }
    }

    /** All items of an iterable as new references. */
    public static PyObject[] toArray(PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        extendFromIterable(out, iterable, null);
        return out.toArray(new PyObject[0]);
    }

    /** A new set holding {@code values}, whose references it takes over. */
    public static PyObject newSetOwned(PyObject[] values) {
        PySet s = Heap.allocate(new PySet(Types.SET));
        try {
            for (PyObject v : values) {
                s.add(v);
            }
        } catch (PyException e) {
            for (PyObject v : values) {
                decref(v);
            }
            decref(s);
            throw e;
        }
        for (PyObject v : values) {
            decref(v);
        }
        return s;
    }

    public static void setAdd(PyObject set, PyObject v) {
        ((PySet) set).add(v);
    }

    /** d.update(m), or the ** of a dict display (which rejects nothing and keeps the last value). */
    public static void dictMerge(PyDict d, PyObject m, boolean override) {
        if (m instanceof PyDict src) {
            for (int i = 0; i < src.entryLimit(); i++) {
                PyObject k = src.keyAt(i);
                if (k != null) {
                    d.put(k, src.hashAt(i), src.valueAt(i));
                }
            }
            return;
        }
        PyObject keys = Ops.getattrOrNull(m, Types.name("keys"));
        if (keys == null) {
            throw Errors.typeError("'" + m.type.name + "' object is not a mapping");
        }
        PyObject ks = Ops.call(keys);
        decref(keys);
        PyObject it = Ops.iter(ks);
        decref(ks);
        try {
            PyObject k;
            while ((k = Ops.next(it)) != null) {
                try {
                    PyObject v = Ops.getitem(m, k);
                    try {
                        d.put(k, v);
                    } finally {
                        decref(v);
                    }
                } finally {
                    decref(k);
                }
            }
        } finally {
            decref(it);
        }
    }

    /** ascii(o): repr with non-ASCII characters escaped. */
    public static PyObject ascii(PyObject o) {
        PyStr repr = Ops.repr(o);
        // PyObject_ASCII: an all-ASCII repr is the result itself.
        if (repr.isAscii()) {
            return repr;
        }
        String r = repr.value;
        decref(repr);
        StringBuilder out = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                out.append((char) cp);
            } else if (cp < 256) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 65536) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return Types.newStr(out.toString());
    }

    /** StopIteration's value attribute: its first argument, or None. */
    public static PyObject stopIterationValue(PyBaseException e) {
        if (e.args != null && e.args.items.length > 0) {
            return incref(e.args.items[0]);
        }
        return incref(Types.NONE);
    }

    public static void markTraced(PyException e, Frame f) {
        e.tracedFrame = f;
    }

    /** The exception that `raise value` raises: an instance, or an instance made by calling the class. */
    public static PyBaseException instantiateException(PyObject value) {
        return instantiateException(value, "exceptions must derive from BaseException");
    }

    public static PyBaseException instantiateException(PyObject value, String message) {
        if (value instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject e = Ops.call(t);
            if (!(e instanceof PyBaseException be)) {
                String tn = e.type.name;
                decref(e);
                throw Errors.typeError("calling " + t.name + " should have returned an instance of BaseException, not "
                        + tn);
            }
            return be;
        }
        if (value instanceof PyBaseException be) {
            return (PyBaseException) incref(be);
        }
        throw Errors.typeError(message);
    }

    /** Sets {@code inner.__context__} to the exception being handled, as raising inside an except clause does. */
    public static void chainContext(PyBaseException inner, PyBaseException handled) {
        if (handled == null || inner == handled || inner.context != null) {
            return;
        }
        PyObject o = handled;
        while (o instanceof PyBaseException b) {
            if (b.context == inner) {
                PyObject c = b.context;
                b.context = null;
                decref(c);
                break;
            }
            o = b.context;
        }
        inner.context = incref(handled);
    }

    /** Whether an except clause's class (or tuple of classes) matches the exception. */
    public static boolean exceptionMatches(PyBaseException e, PyObject clause) {
        if (clause instanceof PyTuple t) {
            for (PyObject c : t.items) {
                if (exceptionMatches(e, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(clause instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return e.type.isSubtypeOf(t);
    }

    /** dir(o): sorted attribute names of the object, its class and the bases. */
    public static PyObject dirOf(PyObject o) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        PyDict own = Ops.instanceDict(o);
        if (own != null && !(o instanceof PyType)) {
            addKeys(names, own);
        }
        PyType[] mro = o instanceof PyType t ? t.mro : o.type.mro;
        for (PyType t : mro) {
            addKeys(names, t.dict);
        }
        PyList l = Heap.allocate(new PyList(Types.LIST));
        for (String n : names) {
            l.appendOwned(Types.newStr(n));
        }
        return l;
    }

    private static void addKeys(java.util.Set<String> names, PyDict d) {
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) instanceof PyStr s) {
                names.add(s.value);
            }
        }
    }

    /** type.__dict__: a read-only view; here a copy, which reads the same. */
    /** min()/max() over an iterable or several arguments, with key= and default=. */
    static PyObject minMax(String name, PyObject[] args, String[] kwnames, CompareOp op) {
        Args.onlyKeywords(name, kwnames, "key", "default");
        PyObject key = Args.keyword(args, kwnames, "key");
        PyObject dflt = Args.keyword(args, kwnames, "default");
        int npos = Args.positional(args, kwnames);
        if (key == Types.NONE) {
            key = null;
        }
        PyObject[] items;
        if (npos == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (npos == 1) {
            items = toArray(args[0]);
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            items = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                items[i] = incref(args[i]);
            }
        }
        try {
            if (items.length == 0) {
                if (dflt != null) {
                    return incref(dflt);
                }
                throw Errors.valueError(name + "() arg is an empty sequence");
            }
            PyObject best = items[0];
            PyObject bestKey = key == null ? incref(best) : Ops.call(key, best);
            try {
                for (int i = 1; i < items.length; i++) {
                    PyObject k = key == null ? incref(items[i]) : Ops.call(key, items[i]);
                    boolean better;
                    try {
                        better = Ops.compareBool(k, bestKey, op);
                    } catch (PyException e) {
                        decref(k);
                        throw e;
                    }
                    if (better) {
                        decref(bestKey);
                        bestKey = k;
                        best = items[i];
                    } else {
                        decref(k);
                    }
                }
            } finally {
                decref(bestKey);
            }
            return incref(best);
        } finally {
            for (PyObject o : items) {
                decref(o);
            }
        }
    }

    /** sum(iterable, start). */
    static PyObject sum(PyObject[] args, String[] kwnames) {
        Args.onlyKeywords("sum", kwnames, "start");
        int npos = Args.positional(args, kwnames);
        if (npos < 1 || npos > 2) {
            throw Errors.typeError(npos < 1 ? "sum() takes at least 1 positional argument (0 given)"
                    : "sum() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject start = npos == 2 ? args[1] : Args.keyword(args, kwnames, "start");
        if (start instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject acc = start == null ? Types.newInt(0) : incref(start);
        PyObject it = Ops.iter(args[0]);
        try {
            PyObject x;
            while ((x = Ops.next(it)) != null) {
                PyObject r;
                try {
                    r = Ops.binary(acc, x, BinaryOp.ADD);
                } finally {
                    decref(x);
                }
                decref(acc);
                acc = r;
            }
        } catch (PyException e) {
            decref(acc);
            throw e;
        } finally {
            decref(it);
        }
        return acc;
    }

    /** The super() of a method: __class__ from the frame's free variable and its first argument. */
    static PyObject zeroArgSuper() {
        Frame f = ThreadState.current;
        if (f == null || (f.code.argcount == 0 && !f.code.varargs)) {
            throw Errors.runtimeError("super(): no arguments");
        }
        PyObject first = f.fast[0];
        for (int j = 0; j < f.code.cellSlots.length; j++) {
            if (f.code.cellFromParameter[j] == 0) {
                first = ((dev.heapscope.interpreter.objects.PyCell) f.fast[f.code.cellSlots[j]]).contents;
            }
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        for (int i = f.code.freeStart; i < f.code.nslots(); i++) {
            if (f.code.slotNames[i].equals("__class__")) {
                PyObject cls = ((dev.heapscope.interpreter.objects.PyCell) f.fast[i]).contents;
                if (!(cls instanceof PyType t)) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                return Wrappers.newSuper(t, first, null);
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }
}
