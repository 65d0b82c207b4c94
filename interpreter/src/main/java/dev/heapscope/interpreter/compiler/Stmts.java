package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.modules.Importer;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.BinaryOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Numbers;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Traceback;
import dev.heapscope.interpreter.runtime.Tracing;
import dev.heapscope.interpreter.runtime.Types;

/** Statement nodes and the assignment targets beyond plain names. */
final class Stmts {
    private Stmts() {
    }

    /** Evaluates {@code test} and releases it, returning its truth. */
    static boolean truth(Frame f, ExprNode test) {
        PyObject v = test.eval(f);
        if (v == Types.TRUE) {
            v.refcnt--;
            return true;
        }
        if (v == Types.FALSE || v == Types.NONE) {
            v.refcnt--;
            return false;
        }
        try {
            f.position = test;
            return Ops.isTrue(v);
        } finally {
            decref(v);
        }
    }

    /** A sequence of statements: reports each line to the tracer and records where the frame is. */
    static final class Block extends StmtNode {
        final StmtNode[] body;

        Block(StmtNode[] body) {
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            for (StmtNode s : body) {
                f.lineno = s.lineno;
                f.position = s;
                Tracing.Listener l = Tracing.listener();
                if (l != null) {
                    l.line(f, s.lineno);
                }
                int c = s.exec(f);
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    static final class ExprStmt extends StmtNode {
        final ExprNode value;

        ExprStmt(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            decref(value.eval(f));
            return NORMAL;
        }
    }

    static final class Assign extends StmtNode {
        final NameNodes.Target[] targets;
        final ExprNode value;

        Assign(NameNodes.Target[] targets, ExprNode value) {
            this.targets = targets;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            PyObject v = value.eval(f);
            int n = targets.length;
            for (int i = 0; i < n - 1; i++) {
                incref(v);
            }
            for (int i = 0; i < n; i++) {
                try {
                    targets[i].assign(f, v);
                } catch (PyException e) {
                    for (int j = i + 1; j < n; j++) {
                        decref(v);
                    }
                    throw e;
                }
            }
            return NORMAL;
        }
    }

    /** x op= v: loads the target once, computes in place, stores back. */
    static final class AugAssign extends StmtNode {
        final AugTarget target;
        final BinaryOp op;
        final ExprNode value;

        AugAssign(AugTarget target, BinaryOp op, ExprNode value) {
            this.target = target;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            target.augment(f, this);
            return NORMAL;
        }

        /** {@code old op value}: evaluates the value and applies the operator; consumes {@code old}; owned result. */
        PyObject combine(Frame f, PyObject old) {
            PyObject v;
            try {
                v = value.eval(f);
            } catch (PyException e) {
                decref(old);
                throw e;
            }
            f.position = this;
            try {
                if (old.type == Types.INT && v.type == Types.INT) {
                    PyObject r = Numbers.intOp((PyInt) old, (PyInt) v, op);
                    if (r != null) {
                        return r;
                    }
                }
                return Ops.inplace(old, v, op);
            } finally {
                decref(old);
                decref(v);
            }
        }
    }

    /**
     * The target of an augmented assignment: evaluates its object and key once, loads,
     * lets the statement combine, stores. What it evaluated stays in Java locals of one
     * execution, never in the node, since the value may run this same statement again
     * (recursion, another thread's generator).
     */
    abstract static class AugTarget extends Node {
        abstract void augment(Frame f, AugAssign statement);
    }

    static final class AugName extends AugTarget {
        final ExprNode load;
        final NameNodes.Target store;

        AugName(ExprNode load, NameNodes.Target store) {
            this.load = load;
            this.store = store;
        }

        @Override
        void augment(Frame f, AugAssign statement) {
            store.assign(f, statement.combine(f, load.eval(f)));
        }
    }

    static final class AugAttr extends AugTarget {
        final ExprNode object;
        final PyStr name;

        AugAttr(ExprNode object, PyStr name) {
            this.object = object;
            this.name = name;
        }

        @Override
        void augment(Frame f, AugAssign statement) {
            PyObject o = object.eval(f);
            try {
                f.position = this;
                PyObject r = statement.combine(f, Ops.getattr(o, name));
                try {
                    Ops.setattr(o, name, r);
                } finally {
                    decref(r);
                }
            } finally {
                decref(o);
            }
        }
    }

    static final class AugItem extends AugTarget {
        final ExprNode object;
        final ExprNode index;

        AugItem(ExprNode object, ExprNode index) {
            this.object = object;
            this.index = index;
        }

        @Override
        void augment(Frame f, AugAssign statement) {
            PyObject o = object.eval(f);
            try {
                PyObject i = index.eval(f);
                try {
                    f.position = this;
                    PyObject r = statement.combine(f, Ops.getitem(o, i));
                    try {
                        Ops.setitem(o, i, r);
                    } finally {
                        decref(r);
                    }
                } finally {
                    decref(i);
                }
            } finally {
                decref(o);
            }
        }
    }

    static final class AttrTarget extends NameNodes.Target {
        final ExprNode object;
        final PyStr name;

        AttrTarget(ExprNode object, PyStr name) {
            this.object = object;
            this.name = name;
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyObject o;
            try {
                o = object.eval(f);
            } catch (PyException e) {
                decref(value);
                throw e;
            }
            f.position = this;
            try {
                if (!cache.store(o, name, value)) {
                    Ops.setattr(o, name, value);
                    cache.stored(o, name);
                }
            } finally {
                decref(value);
                decref(o);
            }
        }

        private final dev.heapscope.interpreter.runtime.AttributeCache cache =
                new dev.heapscope.interpreter.runtime.AttributeCache();

        @Override
        void delete(Frame f) {
            PyObject o = object.eval(f);
            f.position = this;
            try {
                Ops.delattr(o, name);
            } finally {
                decref(o);
            }
        }
    }

    static final class ItemTarget extends NameNodes.Target {
        final ExprNode object;
        final ExprNode index;

        ItemTarget(ExprNode object, ExprNode index) {
            this.object = object;
            this.index = index;
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyObject o = null;
            PyObject i = null;
            try {
                o = object.eval(f);
                i = index.eval(f);
                f.position = this;
                if (o instanceof PyList l && o.type == Types.LIST && i instanceof PyInt n && n.isSmall()
                        && i.type == Types.INT) {
                    long k = n.value < 0 ? n.value + l.size : n.value;
                    if (k >= 0 && k < l.size) {
                        PyObject old = l.items[(int) k];
                        l.items[(int) k] = value;
                        value = null;
                        decref(old);
                        return;
                    }
                }
                Ops.setitem(o, i, value);
            } finally {
                if (value != null) {
                    decref(value);
                }
                if (o != null) {
                    decref(o);
                }
                if (i != null) {
                    decref(i);
                }
            }
        }

        @Override
        void delete(Frame f) {
            PyObject o = object.eval(f);
            PyObject i;
            try {
                i = index.eval(f);
            } catch (PyException e) {
                decref(o);
                throw e;
            }
            f.position = this;
            try {
                Ops.delitem(o, i);
            } finally {
                decref(i);
                decref(o);
            }
        }
    }

    /** a, *b, c = value: unpacks an iterable with CPython's messages. */
    static final class UnpackTarget extends NameNodes.Target {
        final NameNodes.Target[] targets;
        /** Index of the starred target, or -1. */
        final int star;

        UnpackTarget(NameNodes.Target[] targets, int star) {
            this.targets = targets;
            this.star = star;
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyObject[] items;
            f.position = this;
            try {
                items = unpack(value);
            } finally {
                decref(value);
            }
            int i = 0;
            try {
                for (; i < targets.length; i++) {
                    PyObject item = items[i];
                    items[i] = null;
                    targets[i].assign(f, item);
                }
            } catch (PyException e) {
                for (int j = i + 1; j < items.length; j++) {
                    if (items[j] != null) {
                        decref(items[j]);
                    }
                }
                throw e;
            }
        }

        private PyObject[] unpack(PyObject value) {
            int n = targets.length;
            if (star < 0 && value instanceof PyTuple t && value.type == Types.TUPLE) {
                if (t.items.length != n) {
                    throw sizeError(t.items.length, n);
                }
                PyObject[] out = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    out[i] = incref(t.items[i]);
                }
                return out;
            }
            if (star < 0 && value instanceof PyList l && value.type == Types.LIST) {
                if (l.size != n) {
                    throw sizeError(l.size, n);
                }
                PyObject[] out = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    out[i] = incref(l.items[i]);
                }
                return out;
            }
            PyObject it;
            try {
                it = Ops.iter(value);
            } catch (PyException e) {
                if (Ops.matches(e, ExceptionTypes.TYPE_ERROR)) {
                    decref(e.value);
                    throw Errors.typeError("cannot unpack non-iterable " + value.type.name + " object");
                }
                throw e;
            }
            java.util.ArrayList<PyObject> got = new java.util.ArrayList<>();
            try {
                PyObject x;
                int before = star < 0 ? n : star;
                while (got.size() < before && (x = Ops.next(it)) != null) {
                    got.add(x);
                }
                if (got.size() < before) {
                    throw star < 0 ? sizeError(got.size(), n)
                            : Errors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got "
                                    + got.size() + ")");
                }
                if (star < 0) {
                    PyObject extra = Ops.next(it);
                    if (extra != null) {
                        decref(extra);
                        throw Errors.valueError("too many values to unpack (expected " + n + ")");
                    }
                    return got.toArray(new PyObject[0]);
                }
                java.util.ArrayList<PyObject> rest = new java.util.ArrayList<>();
                while ((x = Ops.next(it)) != null) {
                    rest.add(x);
                }
                int after = n - star - 1;
                if (rest.size() < after) {
                    int total = got.size() + rest.size();
                    for (PyObject r : rest) {
                        got.add(r);
                    }
                    throw Errors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got "
                            + total + ")");
                }
                int middle = rest.size() - after;
                PyObject[] mid = rest.subList(0, middle).toArray(new PyObject[0]);
                PyObject[] out = new PyObject[n];
                for (int i = 0; i < star; i++) {
                    out[i] = got.get(i);
                }
                out[star] = Heap.allocate(new PyList(Types.LIST, mid, mid.length));
                for (int i = 0; i < after; i++) {
                    out[star + 1 + i] = rest.get(middle + i);
                }
                got.clear();
                return out;
            } catch (PyException e) {
                for (PyObject g : got) {
                    decref(g);
                }
                throw e;
            } finally {
                decref(it);
            }
        }

        private PyException sizeError(int got, int expected) {
            if (got < expected) {
                return Errors.valueError("not enough values to unpack (expected " + expected + ", got " + got + ")");
            }
            return Errors.valueError("too many values to unpack (expected " + expected + ")");
        }

        @Override
        void delete(Frame f) {
            for (NameNodes.Target t : targets) {
                t.delete(f);
            }
        }
    }

    static final class Delete extends StmtNode {
        final NameNodes.Target[] targets;

        Delete(NameNodes.Target[] targets) {
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            for (NameNodes.Target t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    static final class Pass extends StmtNode {
        @Override
        public int exec(Frame f) {
            return NORMAL;
        }
    }

    static final class Break extends StmtNode {
        @Override
        public int exec(Frame f) {
            return BREAK;
        }
    }

    static final class Continue extends StmtNode {
        @Override
        public int exec(Frame f) {
            return CONTINUE;
        }
    }

    static final class Return extends StmtNode {
        final ExprNode value;

        Return(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            PyObject v = value == null ? incref(Types.NONE) : value.eval(f);
            PyObject old = f.returnValue;
            f.returnValue = v;
            if (old != null) {
                decref(old);
            }
            return RETURN;
        }
    }

    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;

        If(ExprNode test, StmtNode body, StmtNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            if (truth(f, test)) {
                return body.exec(f);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;

        While(ExprNode test, StmtNode body, StmtNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            while (true) {
                f.lineno = lineno;
                if (!truth(f, test)) {
                    break;
                }
                int c = body.exec(f);
                if (c == BREAK) {
                    return NORMAL;
                }
                if (c == RETURN) {
                    return c;
                }
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class For extends StmtNode {
        final NameNodes.Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;

        For(NameNodes.Target target, ExprNode iter, StmtNode body, StmtNode orelse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            PyObject iterable = iter.eval(f);
            PyObject it;
            // CPython 3.11 gives GET_ITER the location of the for statement, not of its iterable.
            f.position = this;
            try {
                it = Ops.iter(iterable);
            } finally {
                decref(iterable);
            }
            try {
                while (true) {
                    f.position = this;
                    PyObject item = it instanceof Iterators.JavaIterator j ? j.next() : Ops.next(it);
                    if (item == null) {
                        break;
                    }
                    target.assign(f, item);
                    int c = body.exec(f);
                    if (c == BREAK) {
                        return NORMAL;
                    }
                    if (c == RETURN) {
                        return c;
                    }
                }
            } finally {
                decref(it);
            }
            return orelse == null ? NORMAL : orelse.exec(f);
        }
    }

    static final class Raise extends StmtNode {
        final ExprNode exc;
        final ExprNode cause;

        Raise(ExprNode exc, ExprNode cause) {
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public int exec(Frame f) {
            if (exc == null) {
                PyBaseException handled = ThreadState.handled;
                if (handled == null) {
                    f.position = this;
                    throw Errors.runtimeError("No active exception to reraise");
                }
                PyException again = new PyException((PyBaseException) incref(handled));
                Builtins.markTraced(again, f);
                throw again;
            }
            PyObject value = exc.eval(f);
            PyBaseException e;
            f.position = this;
            try {
                e = Builtins.instantiateException(value);
            } finally {
                decref(value);
            }
            if (cause != null) {
                PyObject c;
                try {
                    c = cause.eval(f);
                } catch (PyException err) {
                    decref(e);
                    throw err;
                }
                f.position = this;
                PyObject causeValue;
                try {
                    causeValue = c == Types.NONE ? null : Builtins.instantiateException(c, "exception causes must derive from BaseException");
                } catch (PyException err) {
                    decref(e);
                    throw err;
                } finally {
                    decref(c);
                }
                PyObject old = e.cause;
                e.cause = causeValue;
                if (old != null) {
                    decref(old);
                }
                e.suppressContext = true;
            }
            throw new PyException(e);
        }
    }

    /** try/except/else/finally. */
    static final class Try extends StmtNode {
        final StmtNode body;
        final Handler[] handlers;
        final StmtNode orelse;
        final StmtNode finalbody;

        Try(StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
        }

        @Override
        public int exec(Frame f) {
            if (finalbody == null) {
                return execExcept(f);
            }
            int c;
            try {
                c = execExcept(f);
            } catch (PyException e) {
                Traceback.here(e, f);
                int fc;
                try {
                    fc = withHandled(f, e.value, finalbody);
                } catch (PyException inner) {
                    // The finally block raised: the new exception replaces the pending one,
                    // which lives on only as its __context__ (withHandled took that reference).
                    decref(e.value);
                    throw inner;
                }
                if (fc != NORMAL) {
                    decref(e.value);
                    return fc;
                }
                throw e;
            }
            PyObject pending = null;
            if (c == RETURN) {
                pending = f.returnValue;
                f.returnValue = null;
            }
            int fc;
            try {
                fc = finalbody.exec(f);
            } catch (PyException e) {
                if (pending != null) {
                    decref(pending);
                }
                throw e;
            }
            if (fc != NORMAL) {
                if (pending != null) {
                    decref(pending);
                }
                return fc;
            }
            if (pending != null) {
                f.returnValue = pending;
            }
            return c;
        }

        private int execExcept(Frame f) {
            if (handlers.length == 0) {
                int c = body.exec(f);
                return c == NORMAL && orelse != null ? orelse.exec(f) : c;
            }
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                Traceback.here(e, f);
                for (Handler h : handlers) {
                    if (h.matches(f, e)) {
                        return h.run(f, e);
                    }
                }
                throw e;
            }
            if (c == NORMAL && orelse != null) {
                return orelse.exec(f);
            }
            return c;
        }
    }

    /** Runs {@code body} with {@code handled} as the exception being handled; exceptions raised get it as __context__. */
    static int withHandled(Frame f, PyBaseException handled, StmtNode body) {
        PyBaseException saved = ThreadState.handled;
        Generators.PyGenerator inheriting = Generators.inheriting(f, saved);
        ThreadState.handled = handled;
        try {
            return body.exec(f);
        } catch (PyException inner) {
            Builtins.chainContext(inner.value, handled);
            throw inner;
        } finally {
            ThreadState.handled = Generators.restored(inheriting, saved);
        }
    }

    /** One except clause. */
    static final class Handler extends Node {
        final ExprNode type;
        final NameNodes.Target name;
        final StmtNode body;

        Handler(ExprNode type, NameNodes.Target name, StmtNode body) {
            this.type = type;
            this.name = name;
            this.body = body;
        }

        boolean matches(Frame f, PyException e) {
            if (type == null) {
                return true;
            }
            PyObject t;
            try {
                t = type.eval(f);
            } catch (PyException err) {
                Builtins.chainContext(err.value, e.value);
                decref(e.value);
                throw err;
            }
            try {
                f.position = type;
                return Builtins.exceptionMatches(e.value, t);
            } catch (PyException err) {
                Builtins.chainContext(err.value, e.value);
                decref(e.value);
                throw err;
            } finally {
                decref(t);
            }
        }

        /** Runs the clause; the exception's reference is released when the clause ends. */
        int run(Frame f, PyException e) {
            PyBaseException v = e.value;
            if (name != null) {
                name.assign(f, incref(v));
            }
            try {
                return withHandled(f, v, body);
            } finally {
                if (name != null) {
                    name.assign(f, incref(Types.NONE));
                    name.delete(f);
                }
                decref(v);
            }
        }
    }

    static final class Assert extends StmtNode {
        final ExprNode test;
        final ExprNode msg;

        Assert(ExprNode test, ExprNode msg) {
            this.test = test;
            this.msg = msg;
        }

        @Override
        public int exec(Frame f) {
            if (truth(f, test)) {
                return NORMAL;
            }
            PyObject[] args = msg == null ? new PyObject[0] : new PyObject[] {msg.eval(f)};
            f.position = test;
            throw new PyException(Errors.newException(ExceptionTypes.ASSERTION_ERROR, args));
        }
    }

    static final class With extends StmtNode {
        final ExprNode context;
        final NameNodes.Target target;
        final StmtNode body;

        With(ExprNode context, NameNodes.Target target, StmtNode body) {
            this.context = context;
            this.target = target;
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            PyObject mgr = context.eval(f);
            f.position = this;
            PyObject[] exit = new PyObject[1];
            PyObject enterResult = enter(mgr, exit);
            int c;
            try {
                if (target != null) {
                    target.assign(f, enterResult);
                } else {
                    decref(enterResult);
                }
                c = body.exec(f);
            } catch (PyException e) {
                if (exitWithException(f, this, exit[0], e)) {
                    return NORMAL;
                }
                throw e;
            }
            exitNormally(f, this, exit[0]);
            return c;
        }

        /**
         * The context manager protocol's start: looks up __enter__ and __exit__ on the type,
         * binds __exit__ (into {@code exitOut}, owned) and returns __enter__'s result.
         * Releases {@code mgr}.
         */
        static PyObject enter(PyObject mgr, PyObject[] exitOut) {
            try {
                PyObject enter = mgr.type.lookup(Names.__enter__);
                PyObject exitMethod = mgr.type.lookup(Names.__exit__);
                if (enter == null) {
                    throw Errors.typeError("'" + mgr.type.name + "' object does not support the context manager protocol");
                }
                if (exitMethod == null) {
                    throw Errors.typeError("'" + mgr.type.name
                            + "' object does not support the context manager protocol (missed __exit__ method)");
                }
                PyObject exit = dev.heapscope.interpreter.runtime.Descriptors.get(exitMethod, mgr, mgr.type);
                try {
                    PyObject result = Ops.callMethod(enter, mgr, Exprs.NO_ARGS, null);
                    exitOut[0] = exit;
                    return result;
                } catch (PyException e) {
                    decref(exit);
                    throw e;
                }
            } finally {
                decref(mgr);
            }
        }

        /**
         * __exit__(type, value, traceback) for an exception leaving the body, with the
         * exception as the one being handled. Releases {@code exit}; returns true when
         * __exit__ suppressed the exception (whose reference is then released).
         */
        static boolean exitWithException(Frame f, Node at, PyObject exit, PyException e) {
            Traceback.here(e, f);
            PyBaseException v = e.value;
            PyObject tb = v.traceback == null ? Types.NONE : v.traceback;
            PyObject r;
            PyBaseException saved = ThreadState.handled;
            ThreadState.handled = v;
            try {
                f.position = at;
                r = Ops.call(exit, v.type, v, tb);
            } catch (PyException inner) {
                Builtins.chainContext(inner.value, v);
                decref(v);
                throw inner;
            } finally {
                ThreadState.handled = saved;
                decref(exit);
            }
            boolean suppress;
            try {
                suppress = Ops.isTrue(r);
            } finally {
                decref(r);
            }
            if (suppress) {
                decref(v);
            }
            return suppress;
        }

        /** __exit__(None, None, None) after the body completed; releases {@code exit}. */
        static void exitNormally(Frame f, Node at, PyObject exit) {
            try {
                f.position = at;
                decref(Ops.call(exit, Types.NONE, Types.NONE, Types.NONE));
            } finally {
                decref(exit);
            }
        }
    }

    static final class Import extends StmtNode {
        final String module;
        final NameNodes.Target target;
        /** For "import a.b" bound as a: bind the top-level package. */
        final boolean bindTop;

        Import(String module, NameNodes.Target target, boolean bindTop) {
            this.module = module;
            this.target = target;
            this.bindTop = bindTop;
        }

        @Override
        public int exec(Frame f) {
            f.position = this;
            PyObject m = Importer.importModule(module, f, bindTop);
            target.assign(f, m);
            return NORMAL;
        }
    }

    static final class ImportFrom extends StmtNode {
        final String module;
        final int level;
        final String[] names;
        final NameNodes.Target[] targets;

        ImportFrom(String module, int level, String[] names, NameNodes.Target[] targets) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            f.position = this;
            PyObject m = Importer.importFrom(module, level, f);
            try {
                if (names.length == 1 && names[0].equals("*")) {
                    Importer.importStar(m, f);
                    return NORMAL;
                }
                for (int i = 0; i < names.length; i++) {
                    targets[i].assign(f, Importer.fromAttribute(m, names[i]));
                }
            } finally {
                decref(m);
            }
            return NORMAL;
        }
    }

    /** class statement: runs the body in a fresh namespace, then calls the metaclass. */
    static final class ClassDef extends StmtNode {
        final String name;
        final Exprs.MakeFunction body;
        final Exprs.Arguments bases;
        final ExprNode[] decorators;
        final NameNodes.Target target;

        ClassDef(String name, Exprs.MakeFunction body, Exprs.Arguments bases, ExprNode[] decorators,
                NameNodes.Target target) {
            this.name = name;
            this.body = body;
            this.bases = bases;
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            PyObject[] decos = evalAll(f, decorators);
            PyObject fn = body.eval(f);
            String[][] kw = new String[1][];
            PyObject[] args;
            try {
                args = bases.eval(f, null, kw);
            } catch (PyException e) {
                decref(fn);
                releaseAll(decos);
                throw e;
            }
            f.position = this;
            PyObject cls;
            try {
                cls = ClassBuilder.build((dev.heapscope.interpreter.objects.PyFunction) fn, name, args, kw[0]);
            } catch (PyException e) {
                releaseAll(decos);
                throw e;
            } finally {
                decref(fn);
                for (PyObject a : args) {
                    decref(a);
                }
            }
            target.assign(f, applyDecorators(f, decos, cls));
            return NORMAL;
        }
    }

    static final class FunctionDef extends StmtNode {
        final Exprs.MakeFunction function;
        final ExprNode[] decorators;
        final NameNodes.Target target;

        FunctionDef(Exprs.MakeFunction function, ExprNode[] decorators, NameNodes.Target target) {
            this.function = function;
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            PyObject[] decos = evalAll(f, decorators);
            PyObject fn;
            try {
                fn = function.eval(f);
            } catch (PyException e) {
                releaseAll(decos);
                throw e;
            }
            target.assign(f, applyDecorators(f, decos, fn));
            return NORMAL;
        }
    }

    static PyObject[] evalAll(Frame f, ExprNode[] nodes) {
        PyObject[] out = new PyObject[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            try {
                out[i] = nodes[i].eval(f);
            } catch (PyException e) {
                releaseAll(out);
                throw e;
            }
        }
        return out;
    }

    static void releaseAll(PyObject[] objects) {
        for (PyObject o : objects) {
            if (o != null) {
                decref(o);
            }
        }
    }

    /** Applies decorators innermost (last) first, taking over {@code value} and the decorators. */
    static PyObject applyDecorators(Frame f, PyObject[] decos, PyObject value) {
        for (int i = decos.length - 1; i >= 0; i--) {
            PyObject r;
            try {
                r = Ops.call(decos[i], value);
            } catch (PyException e) {
                decref(value);
                for (int j = i; j >= 0; j--) {
                    decref(decos[j]);
                }
                throw e;
            }
            decref(value);
            decref(decos[i]);
            value = r;
        }
        return value;
    }

    /** Declarations that only the compiler needs (global, nonlocal). */
    static final class Nothing extends StmtNode {
        @Override
        public int exec(Frame f) {
            return NORMAL;
        }
    }
}
