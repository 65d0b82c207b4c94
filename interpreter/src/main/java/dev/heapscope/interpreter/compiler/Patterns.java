package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.modules.BuiltinFunctions;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.MatchCase;
import dev.heapscope.language.ast.Pattern;
import dev.heapscope.language.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The match statement: compiles each case's pattern into a {@link Matcher} over the subject.
 *
 * <p>As in CPython 3.11, a pattern's captures are collected while it matches and bound to
 * their targets only once the whole pattern has matched (before the guard runs); a pattern
 * that fails binds nothing.
 */
final class Patterns {
    private Patterns() {
    }

    static StmtNode compile(Compiler c, Compiler.Unit u, Stmt.Match m) {
        Case[] cases = new Case[m.cases.size()];
        for (int i = 0; i < cases.length; i++) {
            MatchCase mc = m.cases.get(i);
            cases[i] = new Case(pattern(c, u, mc.pattern), mc.guard == null ? null : c.expr(u, mc.guard),
                    c.block(u, mc.body));
        }
        return new MatchStmt(c.expr(u, m.subject), cases);
    }

    private static Matcher pattern(Compiler c, Compiler.Unit u, Pattern p) {
        Matcher m = patternNode(c, u, p);
        return m.at(p);
    }

    private static Matcher patternNode(Compiler c, Compiler.Unit u, Pattern p) {
        if (p instanceof Pattern.MatchValue v) {
            return new ValueMatcher(c.expr(u, v.value));
        }
        if (p instanceof Pattern.MatchSingleton s) {
            return new SingletonMatcher(singleton(s.value));
        }
        if (p instanceof Pattern.MatchAs a) {
            return new AsMatcher(a.pattern == null ? null : pattern(c, u, a.pattern),
                    a.name == null ? null : c.storeName(u, a.name, a));
        }
        if (p instanceof Pattern.MatchOr o) {
            Matcher[] alternatives = new Matcher[o.patterns.size()];
            for (int i = 0; i < alternatives.length; i++) {
                alternatives[i] = pattern(c, u, o.patterns.get(i));
            }
            return new OrMatcher(alternatives);
        }
        if (p instanceof Pattern.MatchSequence s) {
            Matcher[] items = new Matcher[s.patterns.size()];
            int star = -1;
            NameNodes.Target starTarget = null;
            for (int i = 0; i < items.length; i++) {
                Pattern item = s.patterns.get(i);
                if (item instanceof Pattern.MatchStar st) {
                    star = i;
                    starTarget = st.name == null ? null : c.storeName(u, st.name, st);
                } else {
                    items[i] = pattern(c, u, item);
                }
            }
            return new SequenceMatcher(items, star, starTarget);
        }
        if (p instanceof Pattern.MatchMapping mm) {
            ExprNode[] keys = new ExprNode[mm.keys.size()];
            Matcher[] values = new Matcher[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = c.expr(u, mm.keys.get(i));
                values[i] = pattern(c, u, mm.patterns.get(i));
            }
            return new MappingMatcher(keys, values, mm.rest == null ? null : c.storeName(u, mm.rest, mm));
        }
        if (p instanceof Pattern.MatchClass mc) {
            Matcher[] positional = new Matcher[mc.patterns.size()];
            for (int i = 0; i < positional.length; i++) {
                positional[i] = pattern(c, u, mc.patterns.get(i));
            }
            PyStr[] kwNames = new PyStr[mc.kwdAttrs.size()];
            Matcher[] kwPatterns = new Matcher[kwNames.length];
            for (int i = 0; i < kwNames.length; i++) {
                kwNames[i] = Types.intern(mc.kwdAttrs.get(i));
                kwPatterns[i] = pattern(c, u, mc.kwdPatterns.get(i));
            }
            return new ClassMatcher(c.expr(u, mc.cls), positional, kwNames, kwPatterns);
        }
        throw new IllegalStateException("pattern " + p.nodeName());
    }

    private static PyObject singleton(ConstantValue v) {
        if (v instanceof ConstantValue.BoolValue b) {
            return b.value() ? Types.TRUE : Types.FALSE;
        }
        return Types.NONE;
    }

    /** The captures of one attempt: targets and the values (owned) they will receive. */
    static final class Bindings {
        final List<NameNodes.Target> targets = new ArrayList<>();
        final List<PyObject> values = new ArrayList<>();

        void add(NameNodes.Target t, PyObject owned) {
            targets.add(t);
            values.add(owned);
        }

        int mark() {
            return values.size();
        }

        /** Forgets (and releases) the captures made since {@code mark}. */
        void rollback(int mark) {
            while (values.size() > mark) {
                int last = values.size() - 1;
                decref(values.remove(last));
                targets.remove(last);
            }
        }

        /** Binds every capture in order; each value's reference moves into its target. */
        void bind(Frame f) {
            for (int i = 0; i < values.size(); i++) {
                PyObject v = values.get(i);
                values.set(i, null);
                targets.get(i).assign(f, v);
            }
            values.clear();
            targets.clear();
        }

        void release() {
            rollback(0);
        }
    }

    abstract static class Matcher extends Node {
        /** Whether {@code subject} (borrowed) matches; captures go to {@code b}, rolled back by the caller on failure. */
        abstract boolean match(Frame f, PyObject subject, Bindings b);
    }

    record Case(Matcher pattern, ExprNode guard, StmtNode body) {
    }

    static final class MatchStmt extends StmtNode {
        final ExprNode subject;
        final Case[] cases;

        MatchStmt(ExprNode subject, Case[] cases) {
            this.subject = subject;
            this.cases = cases;
        }

        @Override
        public int exec(Frame f) {
            PyObject s = subject.eval(f);
            try {
                for (Case k : cases) {
                    Bindings b = new Bindings();
                    boolean matched;
                    try {
                        matched = k.pattern.match(f, s, b);
                    } catch (PyException e) {
                        b.release();
                        throw e;
                    }
                    if (!matched) {
                        b.release();
                        continue;
                    }
                    b.bind(f);
                    if (k.guard != null && !Stmts.truth(f, k.guard)) {
                        continue;
                    }
                    decref(s);
                    s = null;
                    return k.body.exec(f);
                }
                return NORMAL;
            } finally {
                if (s != null) {
                    decref(s);
                }
            }
        }
    }

    static final class ValueMatcher extends Matcher {
        final ExprNode value;

        ValueMatcher(ExprNode value) {
            this.value = value;
        }

        @Override
        boolean match(Frame f, PyObject subject, Bindings b) {
            PyObject v = value.eval(f);
            try {
                f.position = this;
                return Ops.compareBool(subject, v, CompareOp.EQ);
            } finally {
                decref(v);
            }
        }
    }

    static final class SingletonMatcher extends Matcher {
        final PyObject value;

        SingletonMatcher(PyObject value) {
            this.value = value;
        }

        @Override
        boolean match(Frame f, PyObject subject, Bindings b) {
            return subject == value;
        }
    }

    /** {@code pattern as name}, a capture ({@code name}) or the wildcard {@code _} (neither). */
    static final class AsMatcher extends Matcher {
        final Matcher pattern;
        final NameNodes.Target target;

        AsMatcher(Matcher pattern, NameNodes.Target target) {
            this.pattern = pattern;
            this.target = target;
        }

        @Override
        boolean match(Frame f, PyObject subject, Bindings b) {
            if (pattern != null && !pattern.match(f, subject, b)) {
                return false;
            }
            if (target != null) {
                b.add(target, incref(subject));
            }
            return true;
        }
    }

    static final class OrMatcher extends Matcher {
        final Matcher[] alternatives;

        OrMatcher(Matcher[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Frame f, PyObject subject, Bindings b) {
            for (Matcher alt : alternatives) {
                int mark = b.mark();
                if (alt.match(f, subject, b)) {
                    return true;
                }
                b.rollback(mark);
            }
            return false;
        }
    }

    /** Whether {@code o}'s type is a sequence for pattern matching (CPython's Py_TPFLAGS_SEQUENCE). */
    static boolean isMatchSequence(PyObject o) {
        for (PyType t : o.type.mro) {
            if (t == Types.LIST || t == Types.TUPLE || t == Types.RANGE
                    || (!t.heapType && (t.name.equals("deque") || t.name.equals("memoryview")
                            || t.name.equals("array")))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code o}'s type is a mapping for pattern matching (CPython's Py_TPFLAGS_MAPPING). */
    static boolean isMatchMapping(PyObject o) {
        for (PyType t : o.type.mro) {
            if (t == Types.DICT || (!t.heapType && t.name.equals("mappingproxy"))) {
                return true;
            }
        }
        return false;
    }

    static final class SequenceMatcher extends Matcher {
        final Matcher[] items;
        /** The index of the star pattern in {@link #items}, or -1. */
        final int star;
        final NameNodes.Target starTarget;

        SequenceMatcher(Matcher[] items, int star, NameNodes.Target starTarget) {
            this.items = items;
            this.star = star;
            this.starTarget = starTarget;
        }

        @Override
        boolean match(Frame f, PyObject subject, Bindings b) {
            if (!isMatchSequence(subject)) {
                return false;
            }
            f.position = this;
            long n = Ops.len(subject);
            int fixed = star < 0 ? items.length : items.length - 1;
            if (star < 0 ? n != fixed : n < fixed) {
                return false;
            }
            for (int i = 0; i < items.length; i++) {
                if (i == star) {
                    if (starTarget != null) {
                        b.add(starTarget, starList(f, subject, i, n - (items.length - 1 - i)));
                    }
                    continue;
                }
                long index = star >= 0 && i > star ? n - (items.length - i) : i;
                f.position = this;
                PyObject key = Types.newInt(index);
                PyObject item;
                try {
                    item = Ops.getitem(subject, key);
                } finally {
                    decref(key);
                }
                try {
                    if (!items[i].match(f, item, b)) {
                        return false;
                    }
                } finally {
                    decref(item);
                }
            }
            return true;
        }

        /** The items {@code from..to-1} of the subject as a new list, as a starred capture receives them. */
        private PyObject starList(Frame f, PyObject subject, long from, long to) {
            PyList list = Heap.allocate(new PyList(Types.LIST));
            try {
                for (long k = from; k < to; k++) {
                    f.position = this;
                    PyObject key = Types.newInt(k);
                    try {
                        list.appendOwned(Ops.getitem(subject, key));
                    } finally {
                        decref(key);
                    }
                }
            } catch (PyException e) {
                decref(list);
                throw e;
            }
            return list;
        }
    }

    static final class MappingMatcher extends Matcher {
        final ExprNode[] keys;
        final Matcher[] values;
        final NameNodes.Target rest;

        MappingMatcher(ExprNode[] keys, Matcher[] values, NameNodes.Target rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        boolean match(Frame f, PyObject subject, Bindings b) {
            if (!isMatchMapping(subject)) {
                return false;
            }
            f.position = this;
            if (keys.length > 0 && Ops.len(subject) < keys.length) {
                return false;
            }
            List<PyObject> keyObjects = new ArrayList<>();
            List<PyObject> found = new ArrayList<>();
            PyObject get = null;
            PyObject dummy = null;
            try {
                for (ExprNode k : keys) {
                    keyObjects.add(k.eval(f));
                }
                if (keys.length > 0) {
                    f.position = this;
                    get = Ops.getattr(subject, Types.intern("get"));
                    dummy = Ops.call(Types.OBJECT);
                    for (int i = 0; i < keyObjects.size(); i++) {
                        PyObject key = keyObjects.get(i);
                        for (int j = 0; j < i; j++) {
                            if (Ops.eq(keyObjects.get(j), key)) {
                                throw Errors.valueError("mapping pattern checks duplicate key (" + Ops.reprString(key) + ")");
                            }
                        }
                        PyObject v = Ops.call(get, key, dummy);
                        if (v == dummy) {
                            decref(v);
                            return false;
                        }
                        found.add(v);
                    }
                }
                for (int i = 0; i < values.length; i++) {
                    if (!values[i].match(f, found.get(i), b)) {
                        return false;
                    }
                }
                if (rest != null) {
                    f.position = this;
                    PyDict d = Heap.allocateUntracked(new PyDict(Types.DICT));
                    try {
                        Builtins.dictMerge(d, subject, true);
                        for (PyObject key : keyObjects) {
                            PyObject removed = d.pop(key);
                            if (removed == null) {
                                throw Errors.keyError(key);
                            }
                            decref(removed);
                        }
                    } catch (PyException e) {
                        decref(d);
                        throw e;
                    }
                    b.add(rest, d);
                }
                return true;
            } finally {
                for (PyObject o : found) {
                    decref(o);
                }
                for (PyObject o : keyObjects) {
                    decref(o);
                }
                Heap.xdecref(get);
                Heap.xdecref(dummy);
            }
        }
    }

    static final class ClassMatcher extends Matcher {
        final ExprNode cls;
        final Matcher[] positional;
        final PyStr[] kwNames;
        final Matcher[] kwPatterns;

        ClassMatcher(ExprNode cls, Matcher[] positional, PyStr[] kwNames, Matcher[] kwPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.kwNames = kwNames;
            this.kwPatterns = kwPatterns;
        }

        /** Builtin types whose instances match a single positional sub-pattern themselves (_Py_TPFLAGS_MATCH_SELF). */
        private static boolean matchesSelf(PyType t) {
            for (PyType m : t.mro) {
                if (m == Types.BOOL || m == Types.BYTEARRAY || m == Types.BYTES || m == Types.DICT
                        || m == Types.FLOAT || m == Types.FROZENSET || m == Types.INT || m == Types.LIST
                        || m == Types.SET || m == Types.STR || m == Types.TUPLE) {
                    return true;
                }
            }
            return false;
        }

        @Override
        boolean match(Frame f, PyObject subject, Bindings b) {
            PyObject c = cls.eval(f);
            List<PyObject> attrs = new ArrayList<>();
            try {
                f.position = this;
                if (!(c instanceof PyType type)) {
                    throw Errors.typeError("called match pattern must be a type");
                }
                if (!BuiltinFunctions.isInstance(subject, type)) {
                    return false;
                }
                List<PyStr> seen = new ArrayList<>();
                if (positional.length > 0) {
                    if (!collectPositional(f, subject, type, seen, attrs)) {
                        return false;
                    }
                }
                for (PyStr name : kwNames) {
                    PyObject v = attribute(f, subject, type, name, seen);
                    if (v == null) {
                        return false;
                    }
                    attrs.add(v);
                }
                for (int i = 0; i < positional.length; i++) {
                    if (!positional[i].match(f, attrs.get(i), b)) {
                        return false;
                    }
                }
                for (int i = 0; i < kwPatterns.length; i++) {
                    if (!kwPatterns[i].match(f, attrs.get(positional.length + i), b)) {
                        return false;
                    }
                }
                return true;
            } finally {
                for (PyObject a : attrs) {
                    decref(a);
                }
                decref(c);
            }
        }

        /** The subjects of the positional sub-patterns, from __match_args__ (or the subject itself). */
        private boolean collectPositional(Frame f, PyObject subject, PyType type, List<PyStr> seen,
                List<PyObject> attrs) {
            PyObject matchArgs;
            try {
                matchArgs = Ops.getattr(type, Types.intern("__match_args__"));
            } catch (PyException e) {
                if (!Ops.matches(e, ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                decref(e.value);
                matchArgs = null;
            }
            try {
                boolean self = matchArgs == null && matchesSelf(type);
                int allowed;
                if (matchArgs != null) {
                    if (!(matchArgs instanceof PyTuple)) {
                        throw Errors.typeError(type.name + ".__match_args__ must be a tuple (got "
                                + matchArgs.type.name + ")");
                    }
                    allowed = ((PyTuple) matchArgs).items.length;
                } else {
                    allowed = self ? 1 : 0;
                }
                if (allowed < positional.length) {
                    throw Errors.typeError(type.name + "() accepts " + allowed + " positional sub-pattern"
                            + (allowed == 1 ? "" : "s") + " (" + positional.length + " given)");
                }
                if (self) {
                    attrs.add(incref(subject));
                    return true;
                }
                PyTuple names = (PyTuple) matchArgs;
                for (int i = 0; i < positional.length; i++) {
                    PyObject name = names.items[i];
                    if (!(name instanceof PyStr s)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + name.type.name + ")");
                    }
                    PyObject v = attribute(f, subject, type, s, seen);
                    if (v == null) {
                        return false;
                    }
                    attrs.add(v);
                }
                return true;
            } finally {
                Heap.xdecref(matchArgs);
            }
        }

        /** The attribute {@code name} of the subject (new reference), or null when it has none. */
        private PyObject attribute(Frame f, PyObject subject, PyType type, PyStr name, List<PyStr> seen) {
            for (PyStr s : seen) {
                if (s.value.equals(name.value)) {
                    throw Errors.typeError(type.name + "() got multiple sub-patterns for attribute "
                            + Ops.reprString(name));
                }
            }
            seen.add(name);
            f.position = this;
            try {
                return Ops.getattr(subject, name);
            } catch (PyException e) {
                if (!Ops.matches(e, ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                decref(e.value);
                return null;
            }
        }
    }
}
