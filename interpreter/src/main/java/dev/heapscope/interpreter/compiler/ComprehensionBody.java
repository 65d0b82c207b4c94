package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;

/**
 * The body of a comprehension's function: nested loops over its generators, filtered by
 * their conditions, appending to the result (or yielding, for a generator expression).
 */
final class ComprehensionBody extends StmtNode {
    enum Kind { LIST, SET, DICT, GENERATOR }

    /** One "for target in iter if cond..." clause. */
    record Level(NameNodes.Target target, ExprNode iter, ExprNode[] conditions, boolean outermost, boolean isAsync) {
    }

    final Kind kind;
    final Level[] levels;
    final ExprNode element;
    final ExprNode value;
    /** First resume slot of a suspendable generator expression (one per level, holding its iterator), or -1. */
    final int resumeBase;

    ComprehensionBody(Kind kind, Level[] levels, ExprNode element, ExprNode value, int resumeBase) {
        this.kind = kind;
        this.levels = levels;
        this.element = element;
        this.value = value;
        this.resumeBase = resumeBase;
    }

    @Override
    public int exec(Frame f) {
        if (resumeBase >= 0) {
            int c = resumableLoop(f, 0);
            if (c == Resumable.SUSPEND) {
                return c;
            }
            f.returnValue = Heap.incref(Types.NONE);
            return RETURN;
        }
        PyObject result = switch (kind) {
            case LIST -> Heap.allocate(new PyList(Types.LIST));
            case SET -> Builtins.newSetOwned(new PyObject[0]);
            case DICT -> Heap.allocateUntracked(new PyDict(Types.DICT));
            case GENERATOR -> null;
        };
        try {
            loop(f, 0, result);
        } catch (PyException e) {
            if (result != null) {
                decref(result);
            }
            throw e;
        }
        f.returnValue = result == null ? Heap.incref(Types.NONE) : result;
        return RETURN;
    }

    private void loop(Frame f, int depth, PyObject result) {
        Level level = levels[depth];
        PyObject it;
        if (level.outermost) {
            it = level.iter.eval(f);
        } else {
            PyObject iterable = level.iter.eval(f);
            f.position = level.iter;
            try {
                it = level.isAsync ? AsyncNodes.aiter(iterable) : Ops.iter(iterable);
            } finally {
                decref(iterable);
            }
        }
        try {
            while (true) {
                f.lineno = lineno;
                PyObject item = level.isAsync ? AsyncNodes.anext(f, it)
                        : it instanceof Iterators.JavaIterator j ? j.next() : Ops.next(it);
                if (item == null) {
                    return;
                }
                level.target.assign(f, item);
                boolean pass = true;
                for (ExprNode cond : level.conditions) {
                    if (!Stmts.truth(f, cond)) {
                        pass = false;
                        break;
                    }
                }
                if (!pass) {
                    continue;
                }
                if (depth + 1 < levels.length) {
                    loop(f, depth + 1, result);
                } else {
                    emit(f, result);
                }
            }
        } finally {
            decref(it);
        }
    }

    /**
     * The loops of a generator expression that suspends at each element: each level's
     * iterator waits in its resume slot, and resuming re-enters the loops down to the
     * innermost, which goes on with its next item.
     */
    private int resumableLoop(Frame f, int depth) {
        Level level = levels[depth];
        int slot = resumeBase + depth;
        PyObject it;
        boolean resume = f.resuming;
        if (resume) {
            it = f.resumeObj[slot];
            f.resumeObj[slot] = null;
        } else if (level.outermost) {
            it = level.iter.eval(f);
        } else {
            PyObject iterable = level.iter.eval(f);
            f.position = level.iter;
            try {
                it = Ops.iter(iterable);
            } finally {
                decref(iterable);
            }
        }
        try {
            while (true) {
                if (resume && depth + 1 == levels.length) {
                    f.resuming = false;
                    resume = false;
                    PyException thrown = f.thrown;
                    f.thrown = null;
                    if (thrown != null) {
                        throw thrown;
                    }
                    decref(f.sent);
                    f.sent = null;
                }
                if (!resume) {
                    f.lineno = lineno;
                    PyObject item = it instanceof Iterators.JavaIterator j ? j.next() : Ops.next(it);
                    if (item == null) {
                        return NORMAL;
                    }
                    level.target.assign(f, item);
                    boolean pass = true;
                    for (ExprNode cond : level.conditions) {
                        if (!Stmts.truth(f, cond)) {
                            pass = false;
                            break;
                        }
                    }
                    if (!pass) {
                        continue;
                    }
                }
                if (depth + 1 < levels.length) {
                    resume = false;
                    int c = resumableLoop(f, depth + 1);
                    if (c == Resumable.SUSPEND) {
                        f.resumeObj[slot] = it;
                        it = null;
                        return c;
                    }
                } else {
                    f.yielded = element.eval(f);
                    f.resumeObj[slot] = it;
                    it = null;
                    return Resumable.SUSPEND;
                }
            }
        } finally {
            if (it != null) {
                decref(it);
            }
        }
    }

    private void emit(Frame f, PyObject result) {
        switch (kind) {
            case LIST:
                ((PyList) result).appendOwned(element.eval(f));
                break;
            case SET: {
                PyObject v = element.eval(f);
                f.position = element;
                try {
                    Builtins.setAdd(result, v);
                } finally {
                    decref(v);
                }
                break;
            }
            case DICT: {
                PyObject k = element.eval(f);
                PyObject v;
                try {
                    v = value.eval(f);
                } catch (PyException e) {
                    decref(k);
                    throw e;
                }
                f.position = this;
                try {
                    ((PyDict) result).put(k, v);
                } finally {
                    decref(k);
                    decref(v);
                }
                break;
            }
            default:
                PyObject v = element.eval(f);
                decref(Generators.of(f).yield(f.code.coroutine ? new Coroutines.WrappedValue(v) : v));
        }
    }
}
