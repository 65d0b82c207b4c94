package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.BinaryOp;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Interpreter;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Numbers;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;

/** The functions of the builtins module. */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void register(PyDict d) {
        Builtins.function(d, "print", BuiltinFunctions::print);
        Builtins.function(d, "len", (self, args, kw) -> Types.newInt(Ops.len(Args.one("len", args, kw))));
        Builtins.function(d, "repr", (self, args, kw) -> Ops.repr(Args.one("repr", args, kw)));
        Builtins.function(d, "ascii", (self, args, kw) -> Builtins.ascii(Args.one("ascii", args, kw)));
        Builtins.function(d, "id", (self, args, kw) -> Types.newInt(Args.one("id", args, kw).address));
        Builtins.function(d, "hash", (self, args, kw) -> Types.newInt(Ops.hash(Args.one("hash", args, kw))));
        Builtins.function(d, "callable", (self, args, kw) -> {
            PyObject o = Args.one("callable", args, kw);
            return Types.newBool(o.type.lookup(Names.__call__) != null);
        });
        Builtins.function(d, "isinstance", (self, args, kw) -> {
            Args.range("isinstance", args, kw, 2, 2);
            return Types.newBool(isInstance(args[0], args[1]));
        });
        Builtins.function(d, "issubclass", (self, args, kw) -> {
            Args.range("issubclass", args, kw, 2, 2);
            return Types.newBool(isSubclass(args[0], args[1]));
        });
        Builtins.function(d, "iter", (self, args, kw) -> {
            Args.range("iter", args, kw, 1, 2);
            if (args.length == 2) {
                return Iteration.callableIterator(args[0], args[1]);
            }
            return Ops.iter(args[0]);
        });
        Builtins.function(d, "next", (self, args, kw) -> {
            Args.range("next", args, kw, 1, 2);
            PyObject it = args[0];
            if (it.type.lookup(Names.__next__) == null) {
                throw Errors.typeError("'" + it.type.name + "' object is not an iterator");
            }
            if (it instanceof dev.heapscope.interpreter.compiler.Generators.PyGenerator g) {
                try {
                    return g.send(Types.NONE);
                } catch (PyException e) {
                    if (args.length == 2 && Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
                        decref(e.value);
                        return incref(args[1]);
                    }
                    throw e;
                }
            }
            if (args.length == 1 && !(it instanceof dev.heapscope.interpreter.runtime.Iterators.JavaIterator)) {
                // The iterator's own StopIteration (with its value) reaches the caller unchanged.
                return Ops.callMethod(it.type.lookup(Names.__next__), it, new PyObject[0], null);
            }
            PyObject r = Ops.next(it);
            if (r == null) {
                if (args.length == 2) {
                    return incref(args[1]);
                }
                throw Errors.stopIteration();
            }
            return r;
        });
        Builtins.function(d, "abs", (self, args, kw) -> {
            PyObject o = Args.one("abs", args, kw);
            PyObject m = o.type.lookup(Names.__abs__);
            if (m == null) {
                throw Errors.typeError("bad operand type for abs(): '" + o.type.name + "'");
            }
            return Ops.callMethod(m, o, new PyObject[0], null);
        });
        Builtins.function(d, "min", (self, args, kw) -> Builtins.minMax("min", args, kw, CompareOp.LT));
        Builtins.function(d, "max", (self, args, kw) -> Builtins.minMax("max", args, kw, CompareOp.GT));
        Builtins.function(d, "sum", (self, args, kw) -> Builtins.sum(args, kw));
        Builtins.function(d, "any", (self, args, kw) -> anyAll(Args.one("any", args, kw), true));
        Builtins.function(d, "all", (self, args, kw) -> anyAll(Args.one("all", args, kw), false));
        Builtins.function(d, "sorted", (self, args, kw) -> {
            int npos = Args.positional(args, kw);
            if (npos != 1) {
                throw Errors.typeError(npos == 0 ? "sorted expected 1 argument, got 0"
                        : "sorted expected 1 argument, got " + npos);
            }
            PyList l = ContainerMethods.newList(args[0]);
            try {
                Sorting.sort(l, Args.keyword(args, kw, "key"), Args.keyword(args, kw, "reverse"), kw);
            } catch (PyException e) {
                decref(l);
                throw e;
            }
            return l;
        });
        Builtins.function(d, "getattr", (self, args, kw) -> {
            Args.range("getattr", args, kw, 2, 3);
            PyStr name = attrName("getattr", args[1]);
            if (args.length == 3) {
                PyObject v = Ops.getattrOrNull(args[0], name);
                return v == null ? incref(args[2]) : v;
            }
            return Ops.getattr(args[0], name);
        });
        Builtins.function(d, "setattr", (self, args, kw) -> {
            Args.range("setattr", args, kw, 3, 3);
            // PyObject_SetAttr interns the name, so the attribute's key is the interned str.
            PyStr name = Types.intern(attrName("setattr", args[1]));
            try {
                Ops.setattr(args[0], name, args[2]);
            } finally {
                Heap.decref(name);
            }
            return incref(Types.NONE);
        });
        Builtins.function(d, "delattr", (self, args, kw) -> {
            Args.range("delattr", args, kw, 2, 2);
            Ops.delattr(args[0], attrName("delattr", args[1]));
            return incref(Types.NONE);
        });
        Builtins.function(d, "hasattr", (self, args, kw) -> {
            Args.range("hasattr", args, kw, 2, 2);
            PyObject v = Ops.getattrOrNull(args[0], attrName("hasattr", args[1]));
            if (v == null) {
                return Types.newBool(false);
            }
            decref(v);
            return Types.newBool(true);
        });
        Builtins.function(d, "chr", (self, args, kw) -> {
            long c = Ops.asLong(Args.one("chr", args, kw));
            if (c < 0 || c > 0x10ffff) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return Types.newStr(new String(Character.toChars((int) c)));
        });
        Builtins.function(d, "ord", (self, args, kw) -> {
            PyObject o = Args.one("ord", args, kw);
            if (o instanceof PyStr s) {
                if (s.length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + s.length + " found");
                }
                return Types.newInt(s.codePointAt(0));
            }
            if (o instanceof dev.heapscope.interpreter.objects.PyBytes b) {
                if (b.value.length != 1) {
                    throw Errors.typeError("ord() expected a character, but string of length " + b.value.length + " found");
                }
                return Types.newInt(b.value[0] & 0xff);
            }
            throw Errors.typeError("ord() expected string of length 1, but " + o.type.name + " found");
        });
        Builtins.function(d, "hex", (self, args, kw) -> radix(Args.one("hex", args, kw), 16, "0x"));
        Builtins.function(d, "oct", (self, args, kw) -> radix(Args.one("oct", args, kw), 8, "0o"));
        Builtins.function(d, "bin", (self, args, kw) -> radix(Args.one("bin", args, kw), 2, "0b"));
        Builtins.function(d, "divmod", (self, args, kw) -> {
            Args.range("divmod", args, kw, 2, 2);
            PyObject q = Ops.binary(args[0], args[1], BinaryOp.FLOORDIV);
            PyObject r;
            try {
                r = Ops.binary(args[0], args[1], BinaryOp.MOD);
            } catch (PyException e) {
                decref(q);
                throw e;
            }
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {q, r}));
        });
        Builtins.function(d, "pow", (self, args, kw) -> {
            Args.onlyKeywords("pow", kw, "base", "exp", "mod");
            int npos = Args.positional(args, kw);
            if (npos == 3 && args[2] != Types.NONE) {
                return Conversions.powMod(args[0], args[1], args[2]);
            }
            return Ops.binary(args[0], args[1], BinaryOp.POW);
        });
        Builtins.function(d, "round", (self, args, kw) -> {
            Args.onlyKeywords("round", kw, "number", "ndigits");
            int npos = Args.positional(args, kw);
            PyObject number = npos > 0 ? args[0] : Args.keyword(args, kw, "number");
            PyObject nd = npos > 1 ? args[1] : Args.keyword(args, kw, "ndigits");
            PyObject m = number.type.lookup(Names.__round__);
            if (m == null) {
                throw Errors.typeError("type " + number.type.name + " doesn't define __round__ method");
            }
            return Ops.callMethod(m, number, nd == null ? new PyObject[0] : new PyObject[] {nd}, null);
        });
        Builtins.function(d, "format", (self, args, kw) -> {
            Args.range("format", args, kw, 1, 2);
            PyObject spec = args.length > 1 ? args[1] : Types.EMPTY_STR;
            if (!(spec instanceof PyStr s)) {
                throw Errors.typeError("format() argument 2 must be str, not " + spec.type.name);
            }
            return Formatting.format(args[0], s);
        });
        Builtins.function(d, "input", BuiltinFunctions::input);
        Builtins.function(d, "globals", (self, args, kw) -> incref(ThreadState.current.globals));
        Builtins.function(d, "locals", (self, args, kw) -> FrameLocals.locals(ThreadState.current));
        Builtins.function(d, "vars", (self, args, kw) -> {
            Args.range("vars", args, kw, 0, 1);
            if (args.length == 0) {
                return FrameLocals.locals(ThreadState.current);
            }
            PyObject v = Ops.getattrOrNull(args[0], Names.__dict__);
            if (v == null) {
                throw Errors.typeError("vars() argument must have __dict__ attribute");
            }
            return v;
        });
        Builtins.function(d, "dir", (self, args, kw) -> {
            Args.range("dir", args, kw, 0, 1);
            if (args.length == 0) {
                PyObject l = FrameLocals.locals(ThreadState.current);
                try {
                    PyObject[] keys = Builtins.toArray(l);
                    PyList out = Heap.allocate(new PyList(Types.LIST, keys, keys.length));
                    Sorting.sort(out, null, null, null);
                    return out;
                } finally {
                    decref(l);
                }
            }
            PyObject m = args[0].type.lookup(Types.name("__dir__"));
            PyObject r = Ops.callMethod(m, args[0], new PyObject[0], null);
            try {
                PyObject[] keys = Builtins.toArray(r);
                PyList out = Heap.allocate(new PyList(Types.LIST, keys, keys.length));
                Sorting.sort(out, null, null, null);
                return out;
            } finally {
                decref(r);
            }
        });
        Builtins.function(d, "__build_class__", (self, args, kw) -> dev.heapscope.interpreter.compiler.ClassBuilder.build(
                (dev.heapscope.interpreter.objects.PyFunction) args[0], ((PyStr) args[1]).value,
                java.util.Arrays.copyOfRange(args, 2, args.length), kw));
        Builtins.function(d, "__import__", (self, args, kw) -> Importer.builtinImport(args, kw));
        Iteration.register(d);
        Exec.register(d);
        FileIO.register(d);
    }

    static PyStr attrName(String fn, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError(fn.equals("getattr") || fn.equals("hasattr") || fn.equals("delattr") || fn.equals("setattr")
                    ? "attribute name must be string, not '" + name.type.name + "'"
                    : fn + "(): attribute name must be string");
        }
        return s;
    }

    /**
     * isinstance as PyObject_IsInstance: an exact type match first, then the metaclass's
     * __instancecheck__ unless the class's type is plain {@code type} (ABCMeta, typing's
     * special forms), then the MRO.
     */
    public static boolean isInstance(PyObject o, PyObject cls) {
        if (o.type == cls) {
            return true;
        }
        if (cls instanceof PyType t && cls.type == Types.TYPE) {
            return o.type.isSubtypeOf(t);
        }
        if (cls instanceof dev.heapscope.interpreter.runtime.UnionTypes.PyUnion u) {
            return isInstance(o, u.args);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type.lookup(Types.name("__instancecheck__"));
        if (check != null && (cls.type.heapType || !(cls instanceof PyType))) {
            return callCheck(check, cls, o);
        }
        if (cls instanceof PyType t) {
            return o.type.isSubtypeOf(t);
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** issubclass as PyObject_IsSubclass: the metaclass's __subclasscheck__ for any class whose type is not plain type. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType c && cls.type == Types.TYPE) {
            if (!(derived instanceof PyType t)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return t.isSubtypeOf(c);
        }
        if (cls instanceof dev.heapscope.interpreter.runtime.UnionTypes.PyUnion u) {
            return isSubclass(derived, u.args);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject check = cls.type.lookup(Types.name("__subclasscheck__"));
        if (check != null && (cls.type.heapType || !(cls instanceof PyType))) {
            return callCheck(check, cls, derived);
        }
        if (!(derived instanceof PyType t)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        if (cls instanceof PyType c) {
            return t.isSubtypeOf(c);
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static boolean callCheck(PyObject check, PyObject cls, PyObject arg) {
        PyObject r = Ops.callMethod(check, cls, new PyObject[] {arg}, null);
        try {
            return Ops.isTrue(r);
        } finally {
            decref(r);
        }
    }

    private static PyObject anyAll(PyObject iterable, boolean any) {
        PyObject it = Ops.iter(iterable);
        try {
            PyObject x;
            while ((x = Ops.next(it)) != null) {
                boolean t;
                try {
                    t = Ops.isTrue(x);
                } finally {
                    decref(x);
                }
                if (t == any) {
                    return Types.newBool(any);
                }
            }
            return Types.newBool(!any);
        } finally {
            decref(it);
        }
    }

    private static PyObject radix(PyObject o, int radix, String prefix) {
        PyInt i = Ops.index(o);
        try {
            java.math.BigInteger v = i.bigValue();
            return Types.newStr((v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix));
        } finally {
            decref(i);
        }
    }

    /** print(*objects, sep=' ', end='\n', file=None, flush=False). */
    static PyObject print(PyObject self, PyObject[] args, String[] kwnames) {
        Args.onlyKeywords("print", kwnames, "sep", "end", "file", "flush");
        PyObject sep = Args.keyword(args, kwnames, "sep");
        PyObject end = Args.keyword(args, kwnames, "end");
        PyObject file = Args.keyword(args, kwnames, "file");
        PyObject flush = Args.keyword(args, kwnames, "flush");
        if (sep != null && sep != Types.NONE && !(sep instanceof PyStr)) {
            throw Errors.typeError("sep must be None or a string, not " + sep.type.name);
        }
        if (end != null && end != Types.NONE && !(end instanceof PyStr)) {
            throw Errors.typeError("end must be None or a string, not " + end.type.name);
        }
        String sepText = sep instanceof PyStr s ? s.value : " ";
        String endText = end instanceof PyStr e ? e.value : "\n";
        if (file == null || file == Types.NONE) {
            file = Sys.stdout();
            if (file == null || file == Types.NONE) {
                return incref(Types.NONE);
            }
        }
        int npos = Args.positional(args, kwnames);
        if (file instanceof TextStream ts) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    out.append(sepText);
                }
                out.append(Ops.strString(args[i]));
            }
            out.append(endText);
            ts.write(out.toString());
            if (flush != null && Ops.isTrue(flush)) {
                ts.flush();
            }
            return incref(Types.NONE);
        }
        PyObject write = Ops.getattr(file, Types.name("write"));
        try {
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    writeTo(write, sepText);
                }
                PyStr s = Ops.str(args[i]);
                try {
                    decref(Ops.call(write, s));
                } finally {
                    decref(s);
                }
            }
            writeTo(write, endText);
        } finally {
            decref(write);
        }
        if (flush != null && Ops.isTrue(flush)) {
            PyObject fl = Ops.getattrOrNull(file, Types.name("flush"));
            if (fl != null) {
                decref(Ops.call(fl));
                decref(fl);
            }
        }
        return incref(Types.NONE);
    }

    private static void writeTo(PyObject write, String text) {
        PyStr s = Types.newStr(text);
        try {
            decref(Ops.call(write, s));
        } finally {
            decref(s);
        }
    }

    static PyObject input(PyObject self, PyObject[] args, String[] kwnames) {
        Args.range("input", args, kwnames, 0, 1);
        PyObject out = Sys.stdout();
        if (args.length == 1) {
            String prompt = Ops.strString(args[0]);
            if (out instanceof TextStream ts) {
                ts.write(prompt);
                ts.flush();
            }
        } else if (out instanceof TextStream ts) {
            ts.flush();
        }
        String line = Interpreter.readLine();
        if (line == null) {
            throw Errors.raise(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        return Types.newStr(line);
    }
}
