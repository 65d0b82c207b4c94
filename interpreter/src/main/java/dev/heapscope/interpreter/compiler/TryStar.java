package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.ExceptionGroups;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Traceback;
import dev.heapscope.interpreter.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * try/except* (without its finally, which a plain Try around it runs). Every clause in
 * turn takes the part of the exception group it matches, and what is left goes on to the
 * next; what the clauses raise and the unhandled rest are raised together at the end, as
 * CPython 3.11's CHECK_EG_MATCH and PREP_RERAISE_STAR do. The clauses cannot return,
 * break or continue (a SyntaxError), so each ends normally or by raising.
 */
final class TryStar extends StmtNode {
    final StmtNode body;
    final Stmts.Handler[] handlers;
    final StmtNode orelse;

    TryStar(StmtNode body, Stmts.Handler[] handlers, StmtNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public int exec(Frame f) {
        int c;
        try {
            c = body.exec(f);
        } catch (PyException e) {
            Traceback.here(e, f);
            handle(f, e.value);
            return NORMAL;
        }
        return c == NORMAL && orelse != null ? orelse.exec(f) : c;
    }

    /** Runs the matching clauses for {@code orig} (owned, released here); raises what remains. */
    private void handle(Frame f, PyBaseException orig) {
        List<PyObject> raised = new ArrayList<>();
        PyObject rest = incref(orig);
        PyBaseException saved = ThreadState.handled;
        ThreadState.handled = orig;
        PyObject result;
        try {
            for (Stmts.Handler h : handlers) {
                PyObject[] parts;
                PyObject type = h.type.eval(f);
                try {
                    f.position = h.type;
                    ExceptionGroups.checkStarType(type);
                    parts = ExceptionGroups.match(rest, type);
                } finally {
                    decref(type);
                }
                PyObject match = parts[0];
                if (match == Types.NONE) {
                    decref(match);
                    decref(parts[1]);
                    continue;
                }
                decref(rest);
                rest = parts[1];
                try {
                    runClause(f, h, (PyBaseException) match);
                } catch (PyException e) {
                    Traceback.here(e, f);
                    raised.add(e.value);
                } finally {
                    decref(match);
                }
            }
            raised.add(rest);
            rest = null;
            result = ExceptionGroups.prepReraiseStar(orig, raised);
        } catch (PyException e) {
            Builtins.chainContext(e.value, orig);
            throw e;
        } finally {
            ThreadState.handled = saved;
            if (rest != null) {
                decref(rest);
            }
            raised.forEach(dev.heapscope.interpreter.runtime.Heap::decref);
            decref(orig);
        }
        if (result == Types.NONE) {
            decref(result);
            return;
        }
        // RERAISE: the frame's entry is already in the traceback of what was caught.
        PyException again = new PyException((PyBaseException) result);
        Builtins.markTraced(again, f);
        throw again;
    }

    private static void runClause(Frame f, Stmts.Handler h, PyBaseException match) {
        if (h.name != null) {
            h.name.assign(f, incref(match));
        }
        try {
            Stmts.withHandled(f, match, h.body);
        } finally {
            if (h.name != null) {
                h.name.assign(f, incref(Types.NONE));
                h.name.delete(f);
            }
        }
    }
}
