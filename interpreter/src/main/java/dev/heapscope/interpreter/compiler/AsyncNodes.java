package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Traceback;
import dev.heapscope.interpreter.runtime.Types;

/** The executable nodes of await, async with, async for and an async generator's yield. */
final class AsyncNodes {
    private AsyncNodes() {
    }

    /** {@code await value}. */
    static final class Await extends ExprNode {
        final ExprNode value;

        Await(ExprNode value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject awaitable = value.eval(f);
            f.position = this;
            return Coroutines.await(f, awaitable, Coroutines.PLAIN);
        }
    }

    /** {@code yield value} in an async generator: the value goes out wrapped, to end the asend step it belongs to. */
    static final class Yield extends ExprNode {
        final ExprNode value;

        Yield(ExprNode value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = value == null ? incref(Types.NONE) : value.eval(f);
            return Generators.of(f).yield(new Coroutines.WrappedValue(v));
        }
    }

    /** The asynchronous iterator of {@code iterable} (borrowed): GET_AITER. */
    static PyObject aiter(PyObject iterable) {
        PyObject method = iterable.type.lookup(Coroutines.AITER);
        if (method == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + iterable.type.name);
        }
        PyObject it = Ops.callMethod(method, iterable, Exprs.NO_ARGS, null);
        if (it.type.lookup(Coroutines.ANEXT) == null) {
            String name = it.type.name;
            decref(it);
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + name);
        }
        return it;
    }

    /** The next item of the asynchronous iterator {@code it}, awaited in {@code f}; null at StopAsyncIteration. */
    static PyObject anext(Frame f, PyObject it) {
        PyObject method = it.type.lookup(Coroutines.ANEXT);
        PyObject awaitable = Ops.callMethod(method, it, Exprs.NO_ARGS, null);
        PyObject awaitIt;
        try {
            awaitIt = Coroutines.awaitableIter(awaitable, Coroutines.PLAIN);
        } catch (PyException e) {
            if (!Ops.matches(e, ExceptionTypes.TYPE_ERROR)) {
                throw e;
            }
            PyException wrapped = Errors.typeError("'async for' received an invalid object from __anext__: "
                    + awaitable.type.name);
            wrapped.value.cause = e.value;
            wrapped.value.context = incref(e.value);
            wrapped.value.suppressContext = true;
            throw wrapped;
        } finally {
            decref(awaitable);
        }
        try {
            return Coroutines.delegateTo(f, awaitIt);
        } catch (PyException e) {
            if (Ops.matches(e, ExceptionTypes.STOP_ASYNC_ITERATION)) {
                decref(e.value);
                return null;
            }
            throw e;
        }
    }

    static final class AsyncFor extends StmtNode {
        final NameNodes.Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orelse;

        AsyncFor(NameNodes.Target target, ExprNode iter, StmtNode body, StmtNode orelse) {
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public int exec(Frame f) {
            PyObject iterable = iter.eval(f);
            PyObject it;
            f.position = this;
            try {
                it = aiter(iterable);
            } finally {
                decref(iterable);
            }
            try {
                while (true) {
                    f.position = this;
                    PyObject item = anext(f, it);
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

    static final class AsyncWith extends StmtNode {
        final ExprNode context;
        final NameNodes.Target target;
        final StmtNode body;

        AsyncWith(ExprNode context, NameNodes.Target target, StmtNode body) {
            this.context = context;
            this.target = target;
            this.body = body;
        }

        @Override
        public int exec(Frame f) {
            PyObject mgr = context.eval(f);
            f.position = this;
            PyObject exit;
            PyObject awaitable;
            try {
                PyObject enter = mgr.type.lookup(Coroutines.AENTER);
                if (enter == null) {
                    throw Errors.typeError("'" + mgr.type.name
                            + "' object does not support the asynchronous context manager protocol");
                }
                PyObject exitMethod = mgr.type.lookup(Coroutines.AEXIT);
                if (exitMethod == null) {
                    throw Errors.typeError("'" + mgr.type.name
                            + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                exit = dev.heapscope.interpreter.runtime.Descriptors.get(exitMethod, mgr, mgr.type);
                try {
                    awaitable = Ops.callMethod(enter, mgr, Exprs.NO_ARGS, null);
                } catch (PyException e) {
                    decref(exit);
                    throw e;
                }
            } finally {
                decref(mgr);
            }
            PyObject entered;
            try {
                entered = Coroutines.await(f, awaitable, Coroutines.AENTER_RESULT);
            } catch (PyException e) {
                decref(exit);
                throw e;
            }
            int c;
            try {
                // The target is bound inside the protected region, as SETUP_WITH has it.
                if (target != null) {
                    target.assign(f, entered);
                } else {
                    decref(entered);
                }
                c = body.exec(f);
            } catch (PyException e) {
                if (exitWithException(f, exit, e)) {
                    return NORMAL;
                }
                throw e;
            }
            f.position = this;
            PyObject r;
            try {
                r = Ops.call(exit, Types.NONE, Types.NONE, Types.NONE);
            } finally {
                decref(exit);
            }
            decref(Coroutines.await(f, r, Coroutines.AEXIT_RESULT));
            return c;
        }

        /**
         * await __aexit__(type, value, traceback) for an exception leaving the body, with the
         * exception as the one being handled. Releases {@code exit}; true when it suppressed
         * the exception (whose reference is then released).
         */
        private boolean exitWithException(Frame f, PyObject exit, PyException e) {
            Traceback.here(e, f);
            PyBaseException v = e.value;
            PyObject tb = v.traceback == null ? Types.NONE : v.traceback;
            PyObject r;
            PyBaseException saved = ThreadState.handled;
            Generators.PyGenerator inheriting = Generators.inheriting(f, saved);
            ThreadState.handled = v;
            try {
                f.position = this;
                PyObject awaitable;
                try {
                    awaitable = Ops.call(exit, v.type, v, tb);
                } finally {
                    decref(exit);
                }
                r = Coroutines.await(f, awaitable, Coroutines.AEXIT_RESULT);
            } catch (PyException inner) {
                Builtins.chainContext(inner.value, v);
                decref(v);
                throw inner;
            } finally {
                ThreadState.handled = Generators.restored(inheriting, saved);
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
    }
}
