package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Traceback;
import dev.heapscope.interpreter.runtime.Tracing;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Stmt;
import java.util.List;

/**
 * Generators whose frame can be suspended and resumed on the caller's thread. A yield at
 * statement level ({@code yield x}, {@code v = yield x}, {@code yield from g}) returns
 * {@link #SUSPEND} up the statement nodes; each compound statement on the way records
 * where it was (the statement index, the loop's iterator, the try phase, the with's exit)
 * in the frame's resume slots. Resuming runs the body again with {@link Frame#resuming}
 * set: each node jumps to its recorded place, and the yield that suspended consumes the
 * flag and delivers the sent value or raises the thrown exception where it stands.
 *
 * <p>Bodies with a yield anywhere else (inside an expression) run on a thread of their own
 * instead (see {@link Generators}).
 */
final class Resumable {
    private Resumable() {
    }

    /** Completion of a statement whose frame suspended at a yield. */
    static final int SUSPEND = 4;

    // ---- which bodies can be compiled this way ----

    /** Whether every yield of this function body is at statement level, in statements that know how to resume. */
    static boolean supports(List<Stmt> body) {
        for (Stmt s : body) {
            if (!supports(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean supports(Stmt s) {
        if (s instanceof Stmt.Return r && r.value instanceof Expr.Await a) {
            return !containsYield(a.value);
        }
        if (s instanceof Stmt.Expr e && e.value instanceof Expr.Await a) {
            return !containsYield(a.value);
        }
        if (s instanceof Stmt.Assign a && a.value instanceof Expr.Await w) {
            return a.targets.size() == 1 && !containsYield(w.value) && !anyYield(a.targets);
        }
        if (s instanceof Stmt.Expr e) {
            if (e.value instanceof Expr.Yield y) {
                return y.value == null || !containsYield(y.value);
            }
            if (e.value instanceof Expr.YieldFrom y) {
                return !containsYield(y.value);
            }
            return !containsYield(e.value);
        }
        if (s instanceof Stmt.Assign a) {
            if (a.value instanceof Expr.Yield y) {
                return a.targets.size() == 1 && (y.value == null || !containsYield(y.value)) && !anyYield(a.targets);
            }
            if (a.value instanceof Expr.YieldFrom y) {
                return a.targets.size() == 1 && !containsYield(y.value) && !anyYield(a.targets);
            }
            return !containsYield(a.value) && !anyYield(a.targets);
        }
        if (s instanceof Stmt.If i) {
            return !containsYield(i.test) && supports(i.body) && supports(i.orelse);
        }
        if (s instanceof Stmt.While w) {
            return !containsYield(w.test) && supports(w.body) && supports(w.orelse);
        }
        if (s instanceof Stmt.For f) {
            return !containsYield(f.iter) && !containsYield(f.target) && supports(f.body) && supports(f.orelse);
        }
        if (s instanceof Stmt.Try t) {
            for (var h : t.handlers) {
                if ((h.type != null && containsYield(h.type)) || !supports(h.body)) {
                    return false;
                }
            }
            return supports(t.body) && supports(t.orelse) && supports(t.finalbody);
        }
        if (s instanceof Stmt.With w) {
            for (var item : w.items) {
                if (containsYield(item.contextExpr) || (item.optionalVars != null && containsYield(item.optionalVars))) {
                    return false;
                }
            }
            return supports(w.body);
        }
        return !containsYield(s);
    }

    private static boolean anyYield(List<Expr> es) {
        for (Expr e : es) {
            if (containsYield(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a yield, yield from or await occurs in this node outside nested scopes. */
    static boolean containsYield(dev.heapscope.language.ast.Node n) {
        boolean[] found = {false};
        scan(n, found);
        return found[0];
    }

    /** A list, set or dict comprehension that the enclosing coroutine awaits (async for or await in it). */
    private static boolean awaitedComprehension(Object n) {
        List<dev.heapscope.language.ast.Comprehension> gens;
        if (n instanceof Expr.ListComp lc) {
            gens = lc.generators;
        } else if (n instanceof Expr.SetComp sc) {
            gens = sc.generators;
        } else if (n instanceof Expr.DictComp dc) {
            gens = dc.generators;
        } else {
            return false;
        }
        for (dev.heapscope.language.ast.Comprehension g : gens) {
            if (g.isAsync != 0) {
                return true;
            }
        }
        return containsAwait(n);
    }

    /** Whether an await occurs anywhere in {@code n}, nested comprehensions included (not nested functions). */
    private static boolean containsAwait(Object n) {
        if (n instanceof Expr.Await) {
            return true;
        }
        if (n instanceof Expr.Lambda || n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef
                || n instanceof Stmt.ClassDef) {
            return false;
        }
        if (n instanceof List<?> list) {
            for (Object o : list) {
                if (containsAwait(o)) {
                    return true;
                }
            }
            return false;
        }
        if (!(n instanceof dev.heapscope.language.ast.Node)) {
            return false;
        }
        for (java.lang.reflect.Field field : n.getClass().getFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object v = field.get(n);
                if ((v instanceof dev.heapscope.language.ast.Node || v instanceof List<?>) && containsAwait(v)) {
                    return true;
                }
            } catch (IllegalAccessException e) {
                continue;
            }
        }
        return false;
    }

    private static void scan(Object n, boolean[] found) {
        if (found[0] || n == null) {
            return;
        }
        if (n instanceof Expr.Yield || n instanceof Expr.YieldFrom || n instanceof Expr.Await
                || n instanceof Stmt.AsyncFor || n instanceof Stmt.AsyncWith || awaitedComprehension(n)) {
            // async for and async with await inside their nodes; so does an async comprehension.
            found[0] = true;
            return;
        }
        if (n instanceof Expr.Lambda || n instanceof Expr.ListComp || n instanceof Expr.SetComp
                || n instanceof Expr.DictComp || n instanceof Expr.GeneratorExp) {
            if (n instanceof Expr.ListComp lc) {
                scan(lc.generators.get(0).iter, found);
            } else if (n instanceof Expr.SetComp sc) {
                scan(sc.generators.get(0).iter, found);
            } else if (n instanceof Expr.DictComp dc) {
                scan(dc.generators.get(0).iter, found);
            } else if (n instanceof Expr.GeneratorExp g) {
                scan(g.generators.get(0).iter, found);
            }
            return;
        }
        if (n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef) {
            return;
        }
        if (n instanceof List<?> list) {
            for (Object o : list) {
                scan(o, found);
            }
            return;
        }
        if (!(n instanceof dev.heapscope.language.ast.Node)) {
            return;
        }
        for (java.lang.reflect.Field field : n.getClass().getFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object v;
            try {
                v = field.get(n);
            } catch (IllegalAccessException e) {
                continue;
            }
            if (v instanceof dev.heapscope.language.ast.Node || v instanceof List<?>) {
                scan(v, found);
            }
        }
    }

    // ---- nodes ----

    static void traceLine(Frame f, StmtNode s) {
        f.lineno = s.lineno;
        f.position = s;
        Tracing.Listener l = Tracing.listener();
        if (l != null) {
            l.line(f, s.lineno);
        }
    }

    static final class Block extends StmtNode {
        final StmtNode[] body;
        final int slot;

        Block(StmtNode[] body, int slot) {
            this.body = body;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            int i = f.resuming ? f.resumeInt[slot] : 0;
            for (; i < body.length; i++) {
                StmtNode s = body[i];
                if (!f.resuming) {
                    traceLine(f, s);
                }
                int c = s.exec(f);
                if (c == SUSPEND) {
                    f.resumeInt[slot] = i;
                    return c;
                }
                if (c != NORMAL) {
                    return c;
                }
            }
            return NORMAL;
        }
    }

    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        If(ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            int branch = f.resuming ? f.resumeInt[slot] : Stmts.truth(f, test) ? 1 : 2;
            StmtNode n = branch == 1 ? body : orelse;
            if (n == null) {
                return NORMAL;
            }
            int c = n.exec(f);
            if (c == SUSPEND) {
                f.resumeInt[slot] = branch;
            }
            return c;
        }
    }

    static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        While(ExprNode test, StmtNode body, StmtNode orelse, int slot) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            boolean inElse = f.resuming && f.resumeInt[slot] == 2;
            if (!inElse) {
                boolean resume = f.resuming;
                while (true) {
                    if (!resume) {
                        f.lineno = lineno;
                        if (!Stmts.truth(f, test)) {
                            break;
                        }
                    }
                    resume = false;
                    int c = body.exec(f);
                    if (c == SUSPEND) {
                        f.resumeInt[slot] = 1;
                        return c;
                    }
                    if (c == BREAK) {
                        return NORMAL;
                    }
                    if (c == RETURN) {
                        return c;
                    }
                }
            }
            if (orelse == null) {
                return NORMAL;
            }
            int c = orelse.exec(f);
            if (c == SUSPEND) {
                f.resumeInt[slot] = 2;
            }
            return c;
        }
    }

    static final class For extends StmtNode {
        final NameNodes.Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;
        final int slot;

        For(NameNodes.Target target, ExprNode iter, StmtNode body, StmtNode orelse, int slot) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            if (!(f.resuming && f.resumeInt[slot] == 2)) {
                PyObject it;
                boolean resume = f.resuming;
                if (resume) {
                    it = f.resumeObj[slot];
                    f.resumeObj[slot] = null;
                } else {
                    PyObject iterable = iter.eval(f);
                    f.position = iter;
                    try {
                        it = Ops.iter(iterable);
                    } finally {
                        decref(iterable);
                    }
                }
                try {
                    while (true) {
                        if (!resume) {
                            f.position = this;
                            PyObject item = it instanceof Iterators.JavaIterator j ? j.next() : Ops.next(it);
                            if (item == null) {
                                break;
                            }
                            target.assign(f, item);
                        }
                        resume = false;
                        int c = body.exec(f);
                        if (c == SUSPEND) {
                            f.resumeInt[slot] = 1;
                            f.resumeObj[slot] = it;
                            it = null;
                            return c;
                        }
                        if (c == BREAK) {
                            return NORMAL;
                        }
                        if (c == RETURN) {
                            return c;
                        }
                    }
                } finally {
                    if (it != null) {
                        decref(it);
                    }
                }
            }
            if (orelse == null) {
                return NORMAL;
            }
            int c = orelse.exec(f);
            if (c == SUSPEND) {
                f.resumeInt[slot] = 2;
            }
            return c;
        }
    }

    /**
     * try statement. Phases recorded in resumeInt[slot]: 1 body, 2+k handler k (the
     * exception in resumeObj[slot]), 100 else, 200 finally (the pending outcome in
     * resumeInt[slot + 1], and a pending exception in resumeObj[slot + 1]).
     */
    static final class Try extends StmtNode {
        static final int BODY = 1;
        static final int HANDLER = 2;
        static final int ELSE = 100;
        static final int FINALLY = 200;
        /** Pending outcome of a finally clause: an exception to re-raise. */
        static final int EXCEPTION = -1;

        final StmtNode body;
        final Stmts.Handler[] handlers;
        final StmtNode orelse;
        final StmtNode finalbody;
        final int slot;

        Try(StmtNode body, Stmts.Handler[] handlers, StmtNode orelse, StmtNode finalbody, int slot) {
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
            this.finalbody = finalbody;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            int c;
            PyException pending = null;
            PyObject pendingReturn = null;
            if (f.resuming && f.resumeInt[slot] == FINALLY) {
                c = f.resumeInt[slot + 1];
                if (c == EXCEPTION) {
                    pending = new PyException((PyBaseException) f.resumeObj[slot + 1]);
                    Builtins.markTraced(pending, f);
                    f.resumeObj[slot + 1] = null;
                } else if (c == RETURN) {
                    pendingReturn = f.resumeObj[slot + 1];
                    f.resumeObj[slot + 1] = null;
                }
                return runFinally(f, c, pending, pendingReturn);
            }
            try {
                c = runExcept(f);
                if (c == SUSPEND || finalbody == null) {
                    return c;
                }
            } catch (PyException e) {
                if (finalbody == null) {
                    throw e;
                }
                Traceback.here(e, f);
                pending = e;
                c = EXCEPTION;
            }
            if (c == RETURN) {
                pendingReturn = f.returnValue;
                f.returnValue = null;
            }
            return runFinally(f, c, pending, pendingReturn);
        }

        private int runFinally(Frame f, int c, PyException pending, PyObject pendingReturn) {
            int fc;
            try {
                fc = pending != null ? Stmts.withHandled(f, pending.value, finalbody) : finalbody.exec(f);
            } catch (PyException e) {
                if (pending != null) {
                    decref(pending.value);
                }
                if (pendingReturn != null) {
                    decref(pendingReturn);
                }
                throw e;
            }
            if (fc == SUSPEND) {
                f.resumeInt[slot] = FINALLY;
                f.resumeInt[slot + 1] = c;
                f.resumeObj[slot + 1] = pending != null ? pending.value : pendingReturn;
                return SUSPEND;
            }
            if (fc != NORMAL) {
                if (pending != null) {
                    decref(pending.value);
                }
                if (pendingReturn != null) {
                    decref(pendingReturn);
                }
                return fc;
            }
            if (pending != null) {
                throw pending;
            }
            if (pendingReturn != null) {
                f.returnValue = pendingReturn;
            }
            return c;
        }

        private int runExcept(Frame f) {
            int phase = f.resuming ? f.resumeInt[slot] : BODY;
            if (phase >= HANDLER && phase < ELSE) {
                PyBaseException v = (PyBaseException) f.resumeObj[slot];
                f.resumeObj[slot] = null;
                return runHandler(f, phase - HANDLER, v);
            }
            if (phase == ELSE) {
                int c = orelse.exec(f);
                if (c == SUSPEND) {
                    f.resumeInt[slot] = ELSE;
                }
                return c;
            }
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                if (handlers.length == 0) {
                    throw e;
                }
                Traceback.here(e, f);
                for (int k = 0; k < handlers.length; k++) {
                    if (handlers[k].matches(f, e)) {
                        if (handlers[k].name != null) {
                            handlers[k].name.assign(f, incref(e.value));
                        }
                        return runHandler(f, k, e.value);
                    }
                }
                throw e;
            }
            if (c == SUSPEND) {
                f.resumeInt[slot] = BODY;
                return c;
            }
            if (c == NORMAL && orelse != null) {
                c = orelse.exec(f);
                if (c == SUSPEND) {
                    f.resumeInt[slot] = ELSE;
                }
            }
            return c;
        }

        /** Runs (or resumes) handler k for the exception {@code v}, whose reference this consumes when it ends. */
        private int runHandler(Frame f, int k, PyBaseException v) {
            Stmts.Handler h = handlers[k];
            int c;
            try {
                c = Stmts.withHandled(f, v, h.body);
            } catch (PyException e) {
                unbind(f, h);
                decref(v);
                throw e;
            }
            if (c == SUSPEND) {
                f.resumeInt[slot] = HANDLER + k;
                f.resumeObj[slot] = v;
                return c;
            }
            unbind(f, h);
            decref(v);
            return c;
        }

        private static void unbind(Frame f, Stmts.Handler h) {
            if (h.name != null) {
                h.name.assign(f, incref(Types.NONE));
                h.name.delete(f);
            }
        }
    }

    static final class With extends StmtNode {
        final ExprNode context;
        final NameNodes.Target target;
        final StmtNode body;
        final int slot;

        With(ExprNode context, NameNodes.Target target, StmtNode body, int slot) {
            this.context = context;
            this.target = target;
            this.body = body;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            PyObject exit;
            if (f.resuming) {
                exit = f.resumeObj[slot];
                f.resumeObj[slot] = null;
            } else {
                PyObject mgr = context.eval(f);
                f.position = this;
                PyObject[] exitOut = new PyObject[1];
                PyObject enterResult = Stmts.With.enter(mgr, exitOut);
                exit = exitOut[0];
                try {
                    if (target != null) {
                        target.assign(f, enterResult);
                    } else {
                        decref(enterResult);
                    }
                } catch (PyException e) {
                    decref(exit);
                    throw e;
                }
            }
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                if (Stmts.With.exitWithException(f, this, exit, e)) {
                    return NORMAL;
                }
                throw e;
            }
            if (c == SUSPEND) {
                f.resumeObj[slot] = exit;
                return c;
            }
            Stmts.With.exitNormally(f, this, exit);
            return c;
        }
    }

    /** {@code yield value} or {@code target = yield value} as a statement. */
    static final class Yield extends StmtNode {
        final ExprNode value;
        final NameNodes.Target target;

        Yield(ExprNode value, NameNodes.Target target) {
            this.value = value;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            if (f.resuming) {
                f.resuming = false;
                f.lineno = lineno;
                f.position = this;
                PyException thrown = f.thrown;
                f.thrown = null;
                if (thrown != null) {
                    throw thrown;
                }
                PyObject sent = f.sent;
                f.sent = null;
                if (target != null) {
                    target.assign(f, sent);
                } else {
                    decref(sent);
                }
                return NORMAL;
            }
            f.yielded = value == null ? incref(Types.NONE) : value.eval(f);
            return SUSPEND;
        }
    }

    /** {@code yield from source} or {@code target = yield from source}: delegates to a sub-iterator kept in a resume slot. */
    static final class YieldFrom extends StmtNode {
        final ExprNode source;
        final NameNodes.Target target;
        final int slot;

        YieldFrom(ExprNode source, NameNodes.Target target, int slot) {
            this.source = source;
            this.target = target;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            PyObject it;
            PyObject out;
            if (f.resuming) {
                f.resuming = false;
                f.position = this;
                it = f.resumeObj[slot];
                f.resumeObj[slot] = null;
                PyException thrown = f.thrown;
                f.thrown = null;
                PyObject sent = f.sent;
                f.sent = null;
                try {
                    out = thrown != null ? throwInto(it, thrown) : sendTo(it, sent);
                } catch (StopIterationResult done) {
                    decref(it);
                    return finish(f, done.value);
                } catch (PyException e) {
                    decref(it);
                    throw e;
                } finally {
                    if (sent != null) {
                        decref(sent);
                    }
                }
            } else {
                PyObject src = source.eval(f);
                f.position = this;
                try {
                    it = src instanceof Generators.PyGenerator ? incref(src) : Ops.iter(src);
                } finally {
                    decref(src);
                }
                try {
                    out = sendTo(it, Types.NONE);
                } catch (StopIterationResult done) {
                    decref(it);
                    return finish(f, done.value);
                } catch (PyException e) {
                    decref(it);
                    throw e;
                }
            }
            f.yielded = out;
            f.resumeObj[slot] = it;
            return SUSPEND;
        }

        private int finish(Frame f, PyObject result) {
            if (target != null) {
                target.assign(f, result);
            } else {
                decref(result);
            }
            return NORMAL;
        }

        /** The sub-iterator's next value; StopIterationResult when it is done. */
        private static PyObject sendTo(PyObject it, PyObject value) {
            try {
                if (it instanceof Generators.PyGenerator g) {
                    return g.send(value);
                }
                if (value == Types.NONE) {
                    PyObject r = Ops.next(it);
                    if (r == null) {
                        throw new StopIterationResult(incref(Types.NONE));
                    }
                    return r;
                }
                PyObject send = Ops.getattr(it, Types.name("send"));
                try {
                    return Ops.call(send, value);
                } finally {
                    decref(send);
                }
            } catch (PyException e) {
                if (Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
                    PyObject v = Builtins.stopIterationValue(e.value);
                    decref(e.value);
                    throw new StopIterationResult(v);
                }
                throw e;
            }
        }

        private static PyObject throwInto(PyObject it, PyException thrown) {
            if (Ops.matches(thrown, ExceptionTypes.GENERATOR_EXIT)) {
                if (it instanceof Generators.PyGenerator g) {
                    g.close();
                } else {
                    PyObject close = Ops.getattrOrNull(it, Types.name("close"));
                    if (close != null) {
                        try {
                            decref(Ops.call(close));
                        } finally {
                            decref(close);
                        }
                    }
                }
                throw thrown;
            }
            try {
                if (it instanceof Generators.PyGenerator g) {
                    return g.throwIn(thrown);
                }
                PyObject t = Ops.getattrOrNull(it, Types.name("throw"));
                if (t == null) {
                    throw thrown;
                }
                try {
                    return Ops.call(t, thrown.value);
                } finally {
                    decref(t);
                    decref(thrown.value);
                }
            } catch (PyException e) {
                if (Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
                    PyObject v = Builtins.stopIterationValue(e.value);
                    decref(e.value);
                    throw new StopIterationResult(v);
                }
                throw e;
            }
        }
    }

    /**
     * {@code await x}, {@code target = await x} or {@code return await x} as a statement of a
     * coroutine: delegates to the awaitable's iterator, kept in a resume slot (and as the
     * coroutine's cr_await) while the coroutine is suspended.
     */
    static final class Await extends StmtNode {
        /** The await expression: its operand, and the position tracebacks show. */
        final AsyncNodes.Await await;
        final NameNodes.Target target;
        final boolean isReturn;
        final int slot;

        Await(AsyncNodes.Await await, NameNodes.Target target, boolean isReturn, int slot) {
            this.await = await;
            this.target = target;
            this.isReturn = isReturn;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            Generators.PyGenerator self = Generators.of(f);
            PyObject it;
            PyObject out;
            if (f.resuming) {
                f.resuming = false;
                f.lineno = lineno;
                f.position = await;
                it = f.resumeObj[slot];
                f.resumeObj[slot] = null;
                self.delegate = null;
                PyException thrown = f.thrown;
                f.thrown = null;
                PyObject sent = f.sent;
                f.sent = null;
                try {
                    if (thrown != null && Ops.matches(thrown, ExceptionTypes.GENERATOR_EXIT)) {
                        Coroutines.closeIter(it);
                        throw thrown;
                    }
                    out = thrown != null ? Coroutines.throwInto(it, thrown) : Coroutines.sendInto(it, sent);
                } catch (PyException e) {
                    decref(it);
                    return endOrRaise(f, e);
                } finally {
                    if (sent != null) {
                        decref(sent);
                    }
                }
            } else {
                PyObject awaitable = await.value.eval(f);
                f.position = await;
                try {
                    it = Coroutines.awaitableIter(awaitable, Coroutines.PLAIN);
                } finally {
                    decref(awaitable);
                }
                try {
                    out = Coroutines.sendInto(it, Types.NONE);
                } catch (PyException e) {
                    decref(it);
                    return endOrRaise(f, e);
                }
            }
            f.yielded = out;
            f.resumeObj[slot] = it;
            self.delegate = it;
            return SUSPEND;
        }

        /** The delegate's StopIteration ends the await with its value; any other exception goes on. */
        private int endOrRaise(Frame f, PyException e) {
            if (!Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
            PyObject result = Builtins.stopIterationValue(e.value);
            decref(e.value);
            if (isReturn) {
                PyObject old = f.returnValue;
                f.returnValue = result;
                if (old != null) {
                    decref(old);
                }
                return RETURN;
            }
            if (target != null) {
                target.assign(f, result);
            } else {
                decref(result);
            }
            return NORMAL;
        }
    }

    /** A sub-iterator's end, carrying its return value (owned); never escapes YieldFrom. */
    static final class StopIterationResult extends RuntimeException {
        final PyObject value;

        StopIterationResult(PyObject value) {
            super(null, null, false, false);
            this.value = value;
        }
    }
}
