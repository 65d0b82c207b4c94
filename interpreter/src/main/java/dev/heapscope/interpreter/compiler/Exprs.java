package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.BinaryOp;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Numbers;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.interpreter.runtime.Wrappers;
import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.modules.Formatting;
import dev.heapscope.interpreter.modules.Slices;
import java.util.ArrayList;
import java.util.List;

/** Expression nodes. Each returns a new reference and releases every temporary it made. */
final class Exprs {
    private Exprs() {
    }

    static final PyObject[] NO_ARGS = new PyObject[0];

    /** A constant of the code object (owned by the node, as co_consts owns it). */
    static final class Const extends ExprNode {
        final PyObject value;

        Const(PyObject value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            value.refcnt++;
            return value;
        }
    }

    static final class Attribute extends ExprNode {
        final ExprNode value;
        final PyStr name;

        private final dev.heapscope.interpreter.runtime.AttributeCache cache =
                new dev.heapscope.interpreter.runtime.AttributeCache();

        Attribute(ExprNode value, PyStr name) {
            this.value = value;
            this.name = name;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject o = value.eval(f);
            f.position = this;
            try {
                return cache.load(o, name);
            } finally {
                decref(o);
            }
        }
    }

    static final class Subscript extends ExprNode {
        final ExprNode value;
        final ExprNode index;

        Subscript(ExprNode value, ExprNode index) {
            this.value = value;
            this.index = index;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject o = value.eval(f);
            PyObject i;
            try {
                i = index.eval(f);
            } catch (PyException e) {
                decref(o);
                throw e;
            }
            f.position = this;
            try {
                if (o instanceof PyList l && o.type == Types.LIST && i instanceof PyInt n && n.isSmall()
                        && i.type == Types.INT) {
                    long k = n.value < 0 ? n.value + l.size : n.value;
                    if (k >= 0 && k < l.size) {
                        return incref(l.items[(int) k]);
                    }
                }
                return Ops.getitem(o, i);
            } finally {
                decref(i);
                decref(o);
            }
        }
    }

    static final class Slice extends ExprNode {
        final ExprNode lower;
        final ExprNode upper;
        final ExprNode step;

        Slice(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject lo = lower == null ? incref(Types.NONE) : lower.eval(f);
            PyObject hi = null;
            PyObject st = null;
            try {
                hi = upper == null ? incref(Types.NONE) : upper.eval(f);
                st = step == null ? incref(Types.NONE) : step.eval(f);
                return Slices.newSlice(lo, hi, st);
            } finally {
                decref(lo);
                if (hi != null) {
                    decref(hi);
                }
                if (st != null) {
                    decref(st);
                }
            }
        }
    }

    static final class BinOp extends ExprNode {
        final ExprNode left;
        final ExprNode right;
        final BinaryOp op;

        BinOp(ExprNode left, BinaryOp op, ExprNode right) {
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject a = left.eval(f);
            PyObject b;
            try {
                b = right.eval(f);
            } catch (PyException e) {
                decref(a);
                throw e;
            }
            f.position = this;
            try {
                if (a.type == Types.INT && b.type == Types.INT) {
                    PyObject r = Numbers.intOp((PyInt) a, (PyInt) b, op);
                    if (r != null) {
                        return r;
                    }
                }
                return Ops.binary(a, b, op);
            } finally {
                decref(b);
                decref(a);
            }
        }
    }

    static final class Unary extends ExprNode {
        final ExprNode operand;
        final PyStr method;
        final String symbol;

        Unary(ExprNode operand, PyStr method, String symbol) {
            this.operand = operand;
            this.method = method;
            this.symbol = symbol;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject a = operand.eval(f);
            f.position = this;
            try {
                return Ops.unary(a, method, symbol);
            } finally {
                decref(a);
            }
        }
    }

    static final class Not extends ExprNode {
        final ExprNode operand;

        Not(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject a = operand.eval(f);
            f.position = this;
            try {
                return Types.newBool(!Ops.isTrue(a));
            } finally {
                decref(a);
            }
        }
    }

    static final class BoolOp extends ExprNode {
        final ExprNode[] values;
        final boolean and;

        BoolOp(ExprNode[] values, boolean and) {
            this.values = values;
            this.and = and;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = null;
            for (int i = 0; i < values.length; i++) {
                v = values[i].eval(f);
                if (i == values.length - 1) {
                    break;
                }
                boolean t;
                try {
                    t = Ops.isTrue(v);
                } catch (PyException e) {
                    decref(v);
                    throw e;
                }
                if (t != and) {
                    return v;
                }
                decref(v);
            }
            return v;
        }
    }

    /** One comparison operator of a chain, including in, not in, is and is not. */
    enum CmpKind { RICH, IS, IS_NOT, IN, NOT_IN }

    static final class Compare extends ExprNode {
        final ExprNode left;
        final CmpKind[] kinds;
        final CompareOp[] ops;
        final ExprNode[] comparators;

        Compare(ExprNode left, CmpKind[] kinds, CompareOp[] ops, ExprNode[] comparators) {
            this.left = left;
            this.kinds = kinds;
            this.ops = ops;
            this.comparators = comparators;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject a = left.eval(f);
            for (int i = 0; i < comparators.length; i++) {
                PyObject b;
                try {
                    b = comparators[i].eval(f);
                } catch (PyException e) {
                    decref(a);
                    throw e;
                }
                PyObject r;
                f.position = this;
                try {
                    r = compareOne(a, b, i);
                } catch (PyException e) {
                    decref(a);
                    decref(b);
                    throw e;
                }
                decref(a);
                if (i == comparators.length - 1) {
                    decref(b);
                    return r;
                }
                boolean t;
                try {
                    t = Ops.isTrue(r);
                } catch (PyException e) {
                    decref(r);
                    decref(b);
                    throw e;
                }
                if (!t) {
                    decref(b);
                    return r;
                }
                decref(r);
                a = b;
            }
            throw new IllegalStateException("empty comparison");
        }

        private PyObject compareOne(PyObject a, PyObject b, int i) {
            switch (kinds[i]) {
                case IS:
                    return Types.newBool(a == b);
                case IS_NOT:
                    return Types.newBool(a != b);
                case IN:
                    return Types.newBool(Ops.contains(b, a));
                case NOT_IN:
                    return Types.newBool(!Ops.contains(b, a));
                default:
                    return Ops.compare(a, b, ops[i]);
            }
        }
    }

    static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orelse;

        IfExp(ExprNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public PyObject eval(Frame f) {
            return Stmts.truth(f, test) ? body.eval(f) : orelse.eval(f);
        }
    }

    static final class NamedExpr extends ExprNode {
        final NameNodes.Target target;
        final ExprNode value;

        NamedExpr(NameNodes.Target target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            target.assign(f, incref(v));
            return v;
        }
    }

    /** An argument list: positional expressions (some starred) and keywords (name null for **). */
    static final class Arguments {
        final ExprNode[] positional;
        final boolean[] starred;
        final String[] keywordNames;
        final ExprNode[] keywordValues;
        final boolean simple;
        final String[] kwnames;

        Arguments(ExprNode[] positional, boolean[] starred, String[] keywordNames, ExprNode[] keywordValues) {
            this.positional = positional;
            this.starred = starred;
            this.keywordNames = keywordNames;
            this.keywordValues = keywordValues;
            boolean s = true;
            for (boolean b : starred) {
                s &= !b;
            }
            for (String k : keywordNames) {
                s &= k != null;
            }
            this.simple = s;
            this.kwnames = keywordNames.length == 0 ? null : keywordNames;
        }

        /** Evaluated arguments; {@code kw[0]} receives the keyword names. Every reference is owned. */
        PyObject[] eval(Frame f, PyObject self, String[][] kw) {
            int offset = self == null ? 0 : 1;
            if (simple) {
                PyObject[] args = new PyObject[offset + positional.length + keywordValues.length];
                if (self != null) {
                    args[0] = self;
                }
                int n = offset;
                try {
                    for (ExprNode p : positional) {
                        args[n++] = p.eval(f);
                    }
                    for (ExprNode k : keywordValues) {
                        args[n++] = k.eval(f);
                    }
                } catch (PyException e) {
                    for (int i = offset; i < n; i++) {
                        if (args[i] != null) {
                            decref(args[i]);
                        }
                    }
                    throw e;
                }
                kw[0] = kwnames;
                return args;
            }
            List<PyObject> args = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<PyObject> values = new ArrayList<>();
            if (self != null) {
                args.add(self);
            }
            try {
                for (int i = 0; i < positional.length; i++) {
                    PyObject v = positional[i].eval(f);
                    if (starred[i]) {
                        try {
                            f.position = positional[i];
                            Builtins.extendFromIterable(args, v, "argument after * must be an iterable, not ");
                        } finally {
                            decref(v);
                        }
                    } else {
                        args.add(v);
                    }
                }
                for (int i = 0; i < keywordValues.length; i++) {
                    PyObject v = keywordValues[i].eval(f);
                    if (keywordNames[i] == null) {
                        try {
                            unpackMapping(f, v, names, values);
                        } finally {
                            decref(v);
                        }
                    } else {
                        addKeyword(f, names, values, keywordNames[i], v);
                    }
                }
            } catch (PyException e) {
                for (int i = offset; i < args.size(); i++) {
                    decref(args.get(i));
                }
                for (PyObject v : values) {
                    decref(v);
                }
                throw e;
            }
            args.addAll(values);
            kw[0] = names.isEmpty() ? null : names.toArray(new String[0]);
            return args.toArray(new PyObject[0]);
        }

        private void addKeyword(Frame f, List<String> names, List<PyObject> values, String name, PyObject v) {
            if (names.contains(name)) {
                decref(v);
                throw Errors.typeError(calleeName(f) + "got multiple values for keyword argument '" + name + "'");
            }
            names.add(name);
            values.add(v);
        }

        private String calleeName(Frame f) {
            return "";
        }

        private void unpackMapping(Frame f, PyObject mapping, List<String> names, List<PyObject> values) {
            if (mapping instanceof PyDict d) {
                for (int i = 0; i < d.entryLimit(); i++) {
                    PyObject k = d.keyAt(i);
                    if (k == null) {
                        continue;
                    }
                    if (!(k instanceof PyStr s)) {
                        throw Errors.typeError("keywords must be strings");
                    }
                    addKeyword(f, names, values, s.value, incref(d.valueAt(i)));
                }
                return;
            }
            PyObject keys = Ops.getattrOrNull(mapping, Types.name("keys"));
            if (keys == null) {
                throw Errors.typeError("argument after ** must be a mapping, not " + mapping.type.name);
            }
            PyObject ks = Ops.call(keys);
            decref(keys);
            PyObject it = Ops.iter(ks);
            decref(ks);
            try {
                PyObject k;
                while ((k = Ops.next(it)) != null) {
                    try {
                        if (!(k instanceof PyStr s)) {
                            throw Errors.typeError("keywords must be strings");
                        }
                        addKeyword(f, names, values, s.value, Ops.getitem(mapping, k));
                    } finally {
                        decref(k);
                    }
                }
            } finally {
                decref(it);
            }
        }
    }

    /** func(args): Python functions take the argument references over; builtins borrow them. */
    static final class Call extends ExprNode {
        final ExprNode func;
        final Arguments args;

        Call(ExprNode func, Arguments args) {
            this.func = func;
            this.args = args;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject callable = func.eval(f);
            String[][] kw = new String[1][];
            PyObject[] argv;
            try {
                argv = args.eval(f, null, kw);
            } catch (PyException e) {
                decref(callable);
                throw e;
            }
            f.position = this;
            try {
                return invoke(callable, argv, kw[0]);
            } finally {
                decref(callable);
            }
        }
    }

    /** Calls with owned arguments: moved into a Python callee, released after a builtin. */
    static PyObject invoke(PyObject callable, PyObject[] argv, String[] kwnames) {
        if (callable instanceof PyFunction fn) {
            return Calls.callFunctionOwned(fn, argv, kwnames);
        }
        try {
            return Ops.call(callable, argv, kwnames);
        } finally {
            for (PyObject a : argv) {
                if (a != null) {
                    decref(a);
                }
            }
        }
    }

    /** obj.name(args) without a bound method object, as LOAD_METHOD + CALL do. */
    /** A source range with no behaviour: the position of part of a node (the attribute of a method call). */
    static final class Span extends Node {
    }

    static final class MethodCall extends ExprNode {
        final ExprNode object;
        final PyStr name;
        final Arguments args;
        /** The source range of {@code object.name}: where a failing LOAD_METHOD points. */
        final Span attribute;

        private final dev.heapscope.interpreter.runtime.AttributeCache cache =
                new dev.heapscope.interpreter.runtime.AttributeCache();

        MethodCall(ExprNode object, PyStr name, Arguments args, Span attribute) {
            this.object = object;
            this.name = name;
            this.args = args;
            this.attribute = attribute;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject self = object.eval(f);
            PyType t = self.type;
            f.position = attribute;
            PyObject method = cache.method(self, name);
            if (method == null && !(self instanceof PyType) && !(self instanceof Wrappers.PySuper)
                    && (!t.heapType || t.lookup(Names.__getattribute__) == null || isDefaultGetattribute(t))) {
                PyObject d = t.lookup(name);
                if ((d instanceof PyFunction || (d instanceof PyMethodDescr md && md.kind == PyMethodDescr.Kind.METHOD))
                        && !inInstanceDict(self, name)) {
                    method = d;
                }
            }
            if (method == null) {
                PyObject callable;
                try {
                    callable = Ops.getattr(self, name);
                } finally {
                    decref(self);
                }
                String[][] kw = new String[1][];
                PyObject[] argv;
                try {
                    argv = args.eval(f, null, kw);
                } catch (PyException e) {
                    decref(callable);
                    throw e;
                }
                f.position = this;
                try {
                    return invoke(callable, argv, kw[0]);
                } finally {
                    decref(callable);
                }
            }
            incref(method);
            String[][] kw = new String[1][];
            PyObject[] argv;
            // A Python function takes self as its first argument; a method descriptor
            // gets it apart, so its arguments are evaluated into an array without it.
            boolean function = method instanceof PyFunction;
            try {
                argv = args.eval(f, function ? self : null, kw);
            } catch (PyException e) {
                decref(self);
                decref(method);
                throw e;
            }
            f.position = this;
            try {
                if (function) {
                    return Calls.callFunctionOwned((PyFunction) method, argv, kw[0]);
                }
                PyMethodDescr md = (PyMethodDescr) method;
                try {
                    return md.code.call(self, argv, kw[0]);
                } finally {
                    decref(self);
                    for (PyObject a : argv) {
                        decref(a);
                    }
                }
            } finally {
                decref(method);
            }
        }

        private static boolean isDefaultGetattribute(PyType t) {
            return t.lookup(Names.__getattribute__) == Types.OBJECT.lookup(Names.__getattribute__);
        }

        private static boolean inInstanceDict(PyObject self, PyStr name) {
            PyDict d = Ops.instanceDict(self);
            return d != null && d.getStr(name) != null;
        }
    }

    /** A set display of constants: a new set merged from the folded frozenset constant (BUILD_SET; SET_UPDATE). */
    static final class ConstantSetDisplay extends ExprNode {
        final dev.heapscope.interpreter.objects.PySet items;

        ConstantSetDisplay(dev.heapscope.interpreter.objects.PySet items) {
            this.items = items;
        }

        @Override
        public PyObject eval(Frame f) {
            dev.heapscope.interpreter.objects.PySet s = Heap.allocate(new dev.heapscope.interpreter.objects.PySet(Types.SET));
            s.merge(items);
            return s;
        }
    }

    /** Tuple, list and set displays, with starred items unpacked. */
    static final class Display extends ExprNode {
        enum Kind { TUPLE, LIST, SET }

        final Kind kind;
        final ExprNode[] items;
        final boolean[] starred;
        final boolean anyStarred;
        /**
         * How CPython builds this list (starunpack_helper): more than two constants are an
         * empty list extended by a tuple constant (allocated exactly, rounded up to even);
         * more than 30 items an empty list appended to item by item; else one BUILD_LIST.
         */
        final boolean extendedByConstant;
        final boolean appendedOneByOne;

        Display(Kind kind, ExprNode[] items, boolean[] starred) {
            this.kind = kind;
            this.items = items;
            this.starred = starred;
            boolean s = false;
            boolean allConstant = true;
            for (int i = 0; i < items.length; i++) {
                s |= starred[i];
                allConstant &= !starred[i] && items[i] instanceof Const;
            }
            this.anyStarred = s;
            this.extendedByConstant = items.length > 2 && allConstant;
            this.appendedOneByOne = !extendedByConstant && !s && items.length > 30;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject[] values;
            int n;
            if (!anyStarred) {
                values = new PyObject[items.length];
                n = 0;
                try {
                    for (ExprNode item : items) {
                        values[n++] = item.eval(f);
                    }
                } catch (PyException e) {
                    for (int i = 0; i < n - 1; i++) {
                        decref(values[i]);
                    }
                    throw e;
                }
            } else {
                List<PyObject> all = new ArrayList<>();
                try {
                    for (int i = 0; i < items.length; i++) {
                        PyObject v = items[i].eval(f);
                        if (starred[i]) {
                            try {
                                f.position = items[i];
                                Builtins.extendFromIterable(all, v, null);
                            } finally {
                                decref(v);
                            }
                        } else {
                            all.add(v);
                        }
                    }
                } catch (PyException e) {
                    for (PyObject v : all) {
                        decref(v);
                    }
                    throw e;
                }
                values = all.toArray(new PyObject[0]);
                n = values.length;
            }
            switch (kind) {
                case TUPLE:
                    if (n == 0) {
                        return incref(Types.EMPTY_TUPLE);
                    }
                    return Heap.allocate(new PyTuple(Types.TUPLE, values));
                case LIST:
                    if (extendedByConstant || appendedOneByOne) {
                        PyList l = Heap.allocate(new PyList(Types.LIST));
                        if (extendedByConstant) {
                            l.preallocateExact(n);
                        }
                        for (int i = 0; i < n; i++) {
                            l.appendOwned(values[i]);
                        }
                        return l;
                    }
                    return Heap.allocate(new PyList(Types.LIST, values, n));
                default:
                    f.position = this;
                    return Builtins.newSetOwned(values);
            }
        }
    }

    static final class DictDisplay extends ExprNode {
        /** A null key marks a ** unpacking of the value. */
        final ExprNode[] keys;
        final ExprNode[] values;

        DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public PyObject eval(Frame f) {
            PyDict d = Heap.allocateUntracked(new PyDict(Types.DICT));
            d.presize(keys.length);
            try {
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == null) {
                        PyObject m = values[i].eval(f);
                        try {
                            f.position = values[i];
                            Builtins.dictMerge(d, m, true);
                        } finally {
                            decref(m);
                        }
                        continue;
                    }
                    PyObject k = keys[i].eval(f);
                    PyObject v;
                    try {
                        v = values[i].eval(f);
                    } catch (PyException e) {
                        decref(k);
                        throw e;
                    }
                    f.position = this;
                    try {
                        d.putOwned(k, Ops.hash(k), v);
                    } catch (PyException e) {
                        decref(k);
                        decref(v);
                        throw e;
                    }
                }
            } catch (PyException e) {
                decref(d);
                throw e;
            }
            return d;
        }
    }

    /** f-strings: the joined text of literal parts and formatted values. */
    static final class JoinedStr extends ExprNode {
        final ExprNode[] parts;

        JoinedStr(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        public PyObject eval(Frame f) {
            StringBuilder out = new StringBuilder();
            for (ExprNode p : parts) {
                PyObject v = p.eval(f);
                out.append(((PyStr) v).value);
                decref(v);
            }
            // BUILD_STRING joins into a new str (_PyUnicode_JoinArray), even for one character.
            return Types.newFreshStr(out.toString());
        }
    }

    static final class FormattedValue extends ExprNode {
        final ExprNode value;
        final int conversion;
        final ExprNode spec;

        FormattedValue(ExprNode value, int conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            try {
                if (conversion == 's') {
                    PyObject s = Ops.str(v);
                    decref(v);
                    v = s;
                } else if (conversion == 'r') {
                    PyObject s = Ops.repr(v);
                    decref(v);
                    v = s;
                } else if (conversion == 'a') {
                    PyObject s = Builtins.ascii(v);
                    decref(v);
                    v = s;
                }
                PyObject sp = spec == null ? null : spec.eval(f);
                try {
                    f.position = this;
                    if (sp == null && v.type == Types.STR) {
                        return incref(v);
                    }
                    return Formatting.format(v, sp == null ? Types.EMPTY_STR : (PyStr) sp);
                } finally {
                    if (sp != null) {
                        decref(sp);
                    }
                }
            } finally {
                decref(v);
            }
        }
    }

    /** def and lambda: a new function over a compiled code object, with defaults and closure. */
    static final class MakeFunction extends ExprNode {
        final PyCode code;
        final ExprNode[] defaults;
        final String[] kwdefaultNames;
        final ExprNode[] kwdefaults;
        /** Fast slots of the enclosing frame holding the cells the new function closes over. */
        final int[] closureSlots;
        final ExprNode annotations;

        MakeFunction(PyCode code, ExprNode[] defaults, String[] kwdefaultNames, ExprNode[] kwdefaults,
                int[] closureSlots, ExprNode annotations) {
            this.code = code;
            this.defaults = defaults;
            this.kwdefaultNames = kwdefaultNames;
            this.kwdefaults = kwdefaults;
            this.closureSlots = closureSlots;
            this.annotations = annotations;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject[] defs = null;
            if (defaults.length > 0) {
                defs = new PyObject[defaults.length];
                for (int i = 0; i < defaults.length; i++) {
                    defs[i] = defaults[i].eval(f);
                }
            }
            PyDict kwdefs = null;
            if (kwdefaults.length > 0) {
                kwdefs = Heap.allocateUntracked(new PyDict(Types.DICT));
                for (int i = 0; i < kwdefaults.length; i++) {
                    PyObject v = kwdefaults[i].eval(f);
                    PyStr k = Types.intern(kwdefaultNames[i]);
                    kwdefs.putOwned(k, k.hash(), v);
                }
            }
            PyObject ann = annotations == null ? null : annotations.eval(f);
            PyFunction fn = new PyFunction(Types.FUNCTION, (PyCode) incref(code), (PyDict) incref(f.globals));
            fn.builtins = incref(f.builtins);
            fn.defaults = defs;
            fn.kwdefaults = kwdefs;
            fn.annotations = ann;
            if (closureSlots.length > 0) {
                PyCell[] cells = new PyCell[closureSlots.length];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = (PyCell) incref(f.fast[closureSlots[i]]);
                }
                fn.closure = cells;
            }
            fn.doc = code.docstring == null ? incref(Types.NONE) : incref(code.docstring);
            PyObject module = f.globals.getStr(Names.__name__);
            fn.module = module == null ? incref(Types.NONE) : incref(module);
            return Heap.allocate(fn);
        }
    }

    /** A comprehension or generator expression: its function, called on iter(outermost iterable). */
    static final class Comprehension extends ExprNode {
        final MakeFunction function;
        final ExprNode outermost;
        /** The outermost loop is an async for: the function gets an asynchronous iterator. */
        final boolean asyncIter;
        /** An async list, set or dict comprehension: calling its function gives a coroutine, awaited here. */
        final boolean awaited;

        Comprehension(MakeFunction function, ExprNode outermost, boolean asyncIter, boolean awaited) {
            this.function = function;
            this.outermost = outermost;
            this.asyncIter = asyncIter;
            this.awaited = awaited;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject iterable = outermost.eval(f);
            PyObject it;
            f.position = outermost;
            try {
                it = asyncIter ? AsyncNodes.aiter(iterable) : Ops.iter(iterable);
            } finally {
                decref(iterable);
            }
            PyObject fn;
            try {
                fn = function.eval(f);
            } catch (PyException e) {
                decref(it);
                throw e;
            }
            f.position = this;
            PyObject result;
            try {
                result = Calls.callFunctionOwned((PyFunction) fn, new PyObject[] {it}, null);
            } finally {
                decref(fn);
            }
            return awaited ? Coroutines.await(f, result, Coroutines.PLAIN) : result;
        }
    }

    static final class Yield extends ExprNode {
        final ExprNode value;

        Yield(ExprNode value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = value == null ? incref(Types.NONE) : value.eval(f);
            return Generators.of(f).yield(v);
        }
    }

    static final class YieldFrom extends ExprNode {
        final ExprNode value;

        YieldFrom(ExprNode value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject source = value.eval(f);
            PyObject it;
            f.position = this;
            try {
                it = source instanceof Generators.PyGenerator ? incref(source) : Ops.iter(source);
            } finally {
                decref(source);
            }
            Generators.PyGenerator self = Generators.of(f);
            try {
                if (it instanceof Generators.PyGenerator sub) {
                    // Each round either sends the value our caller sent, or throws in what was thrown at us.
                    PyObject sent = incref(Types.NONE);
                    PyException pending = null;
                    while (true) {
                        PyObject out;
                        try {
                            out = pending != null ? sub.throwIn(pending) : sub.send(sent);
                        } catch (PyException e) {
                            if (Ops.matches(e, dev.heapscope.interpreter.runtime.ExceptionTypes.STOP_ITERATION)) {
                                PyObject result = Builtins.stopIterationValue(e.value);
                                decref(e.value);
                                return result;
                            }
                            throw e;
                        } finally {
                            if (sent != null) {
                                decref(sent);
                            }
                        }
                        sent = null;
                        pending = null;
                        try {
                            sent = self.yield(out);
                        } catch (PyException thrown) {
                            if (Ops.matches(thrown, dev.heapscope.interpreter.runtime.ExceptionTypes.GENERATOR_EXIT)) {
                                sub.close();
                                throw thrown;
                            }
                            pending = thrown;
                        }
                    }
                }
                PyObject item;
                while ((item = Ops.next(it)) != null) {
                    decref(self.yield(item));
                }
                return incref(Types.NONE);
            } finally {
                decref(it);
            }
        }
    }

    /** A node for syntax the runtime does not execute yet; raises a clear error where CPython would run it. */
    static final class Unsupported extends ExprNode {
        final String what;

        Unsupported(String what) {
            this.what = what;
        }

        @Override
        public PyObject eval(Frame f) {
            f.position = this;
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.NOT_IMPLEMENTED_ERROR,
                    "Heapscope does not run " + what + " yet");
        }
    }
}
