package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.compiler.Generators.PyGenerator;
import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Interpreter;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.SourceLines;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import java.util.HashSet;
import java.util.Set;

/**
 * The coroutine protocol (CPython's genobject.c and the GET_AWAITABLE / SEND machinery of
 * ceval.c): what an await delegates to, the delegation itself, and the awaitables of
 * async generators (asend, athrow, aclose) and coroutines (__await__).
 *
 * <p>Coroutines and async generators are generators with another type: their frame runs
 * on a thread of its own (see {@link Generators}), and an await hands each value its
 * delegate yields up to whoever drives the outermost coroutine, an event loop usually.
 */
public final class Coroutines {
    private Coroutines() {
    }

    static final PyStr AWAIT = Types.name("__await__");
    static final PyStr AENTER = Types.name("__aenter__");
    static final PyStr AEXIT = Types.name("__aexit__");
    static final PyStr AITER = Types.name("__aiter__");
    static final PyStr ANEXT = Types.name("__anext__");
    private static final PyStr SEND = Types.name("send");
    private static final PyStr THROW = Types.name("throw");
    private static final PyStr CLOSE = Types.name("close");

    /** Where an await stands, for the message when its operand cannot be awaited (GET_AWAITABLE's oparg). */
    static final int PLAIN = 0;
    static final int AENTER_RESULT = 1;
    static final int AEXIT_RESULT = 2;

    /**
     * An iterator an await drives without attribute lookups. {@code send} borrows its
     * argument and raises StopIteration (with the result) when the iterator is done;
     * {@code throwIn} consumes the exception's reference.
     */
    interface Delegate {
        PyObject send(PyObject value);

        PyObject throwIn(PyException e);

        void close();
    }

    /** An async generator's {@code yield value}, told apart from what its awaits pass through (_PyAsyncGenWrappedValue). */
    static final class WrappedValue extends PyObject {
        /** The yielded value, owned. */
        final PyObject value;

        WrappedValue(PyObject value) {
            super(Types.OBJECT);
            this.value = value;
        }
    }

    /** Releases what a frame handed out: a wrapped value stands for its content. */
    static void release(PyObject r) {
        decref(r instanceof WrappedValue w ? w.value : r);
    }

    static boolean awaitableGenerator(PyObject o) {
        return o instanceof PyGenerator g && (g.isCoroutine() || g.frame.code.iterableCoroutine);
    }

    /**
     * _PyCoro_GetAwaitableIter and GET_AWAITABLE's checks: the iterator awaiting {@code o}
     * (borrowed) delegates to, as a new reference.
     */
    static PyObject awaitableIter(PyObject o, int where) {
        PyObject it;
        if (awaitableGenerator(o)) {
            it = incref(o);
        } else {
            PyObject method = o.type.lookup(AWAIT);
            if (method == null) {
                if (where == AENTER_RESULT) {
                    throw Errors.typeError("'async with' received an object from __aenter__ that does not implement __await__: "
                            + o.type.name);
                }
                if (where == AEXIT_RESULT) {
                    throw Errors.typeError("'async with' received an object from __aexit__ that does not implement __await__: "
                            + o.type.name);
                }
                throw Errors.typeError("object " + o.type.name + " can't be used in 'await' expression");
            }
            it = Ops.callMethod(method, o, Exprs.NO_ARGS, null);
            if (awaitableGenerator(it)) {
                decref(it);
                throw Errors.typeError("__await__() returned a coroutine");
            }
            if (it.type.lookup(dev.heapscope.interpreter.runtime.Names.__next__) == null) {
                String name = it.type.name;
                decref(it);
                throw Errors.typeError("__await__() returned non-iterator of type '" + name + "'");
            }
        }
        if (it instanceof PyGenerator g && g.isCoroutine() && g.delegate != null) {
            decref(it);
            throw Errors.runtimeError("coroutine is being awaited already");
        }
        return it;
    }

    /**
     * Awaits {@code awaitable} (consumed) in the coroutine running {@code f}: every value
     * its iterator yields goes up to our driver, every value or exception sent down goes
     * to the iterator, until it returns; its result is the await's value.
     */
    static PyObject await(Frame f, PyObject awaitable, int where) {
        PyObject it;
        try {
            it = awaitableIter(awaitable, where);
        } finally {
            decref(awaitable);
        }
        return delegateTo(f, it);
    }

    /** yield from {@code it} (consumed) for the frame {@code f} of a coroutine or async generator. */
    static PyObject delegateTo(Frame f, PyObject it) {
        PyGenerator self = Generators.of(f);
        PyObject sent = null;
        PyException pending = null;
        try {
            while (true) {
                PyObject out;
                try {
                    out = pending != null ? throwInto(it, pending) : sendInto(it, sent == null ? Types.NONE : sent);
                } catch (PyException e) {
                    if (Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
                        PyObject result = Builtins.stopIterationValue(e.value);
                        decref(e.value);
                        return result;
                    }
                    throw e;
                } finally {
                    if (sent != null) {
                        decref(sent);
                        sent = null;
                    }
                }
                pending = null;
                self.delegate = it;
                try {
                    sent = self.yield(out);
                } catch (PyException thrown) {
                    if (Ops.matches(thrown, ExceptionTypes.GENERATOR_EXIT)) {
                        closeIter(it);
                        throw thrown;
                    }
                    pending = thrown;
                } finally {
                    self.delegate = null;
                }
            }
        } finally {
            decref(it);
        }
    }

    /** The iterator's next value for {@code value} sent (borrowed); StopIteration when it returns. */
    static PyObject sendInto(PyObject it, PyObject value) {
        if (it instanceof Delegate d) {
            return d.send(value);
        }
        if (value == Types.NONE) {
            PyObject r = Ops.next(it);
            if (r == null) {
                throw Errors.stopIteration();
            }
            return r;
        }
        PyObject send = Ops.getattr(it, SEND);
        try {
            return Ops.call(send, value);
        } finally {
            decref(send);
        }
    }

    /** Throws {@code e} (consumed) into the iterator: its throw() if it has one, else {@code e} at the await. */
    static PyObject throwInto(PyObject it, PyException e) {
        if (it instanceof Delegate d) {
            return d.throwIn(e);
        }
        PyObject t = Ops.getattrOrNull(it, THROW);
        if (t == null) {
            throw e;
        }
        try {
            return Ops.call(t, e.value);
        } finally {
            decref(t);
            decref(e.value);
        }
    }

    /** gen_close_iter: closes the iterator an await leaves because GeneratorExit arrived. */
    static void closeIter(PyObject it) {
        if (it instanceof Delegate d) {
            d.close();
            return;
        }
        PyObject close = Ops.getattrOrNull(it, CLOSE);
        if (close != null) {
            try {
                decref(Ops.call(close));
            } finally {
                decref(close);
            }
        }
    }

    // ---- the never-awaited warning ----

    /** (module globals, line, message) already shown: the warnings module's "default" action shows each once. */
    private static final Set<String> SHOWN = new HashSet<>();

    /** A new run starts with no warning shown and no async generator hooks. */
    public static void reset() {
        SHOWN.clear();
        firstiter = null;
        finalizer = null;
    }

    // ---- sys.set_asyncgen_hooks ----

    /** The hooks sys.set_asyncgen_hooks installed (owned), or null. */
    private static PyObject firstiter;
    private static PyObject finalizer;

    public static PyObject firstiter() {
        return firstiter;
    }

    public static PyObject finalizer() {
        return finalizer;
    }

    /** Installs a hook (a new reference, or null for None); the old one is released. */
    public static void setHooks(PyObject newFirstiter, boolean setFirstiter, PyObject newFinalizer, boolean setFinalizer) {
        if (setFirstiter) {
            PyObject old = firstiter;
            firstiter = newFirstiter;
            if (old != null) {
                decref(old);
            }
        }
        if (setFinalizer) {
            PyObject old = finalizer;
            finalizer = newFinalizer;
            if (old != null) {
                decref(old);
            }
        }
    }

    /** async_gen_init_hooks: at its first asend/athrow/aclose a generator takes the finalizer and is shown to firstiter. */
    static void initHooks(PyGenerator gen) {
        if (gen.hooksInited) {
            return;
        }
        gen.hooksInited = true;
        if (finalizer != null) {
            gen.asyncgenFinalizer = incref(finalizer);
        }
        if (firstiter != null) {
            PyObject hook = incref(firstiter);
            try {
                decref(Ops.call(hook, gen));
            } finally {
                decref(hook);
            }
        }
    }

    /**
     * _PyErr_WarnUnawaitedCoroutine: the RuntimeWarning the warnings module prints for a
     * coroutine freed before it ran, attributed to the frame running when it is freed.
     */
    static void warnNeverAwaited(PyGenerator coroutine) {
        Frame at = ThreadState.current;
        if (at != null && warnThroughModule(coroutine, at)) {
            return;
        }
        String message = "coroutine '" + coroutine.frame.code.qualname + "' was never awaited";
        StringBuilder text = new StringBuilder();
        if (at == null) {
            if (!SHOWN.add("sys:1:" + message)) {
                return;
            }
            text.append("sys:1: RuntimeWarning: ").append(message).append('\n');
        } else {
            String filename = at.code.filename;
            if (!SHOWN.add(System.identityHashCode(at.globals) + ":" + at.lineno + ":" + message)) {
                return;
            }
            text.append(filename).append(':').append(at.lineno).append(": RuntimeWarning: ").append(message).append('\n');
            String line = SourceLines.line(filename, at.lineno);
            if (line != null && !line.strip().isEmpty()) {
                text.append("  ").append(line.strip()).append('\n');
            }
            text.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        Interpreter.stderr().write(text.toString());
    }

    /**
     * As CPython: the warning goes through warnings._warn_unawaited_coroutine, so that the
     * program's filters, catch_warnings and showwarning apply. It is given the coroutine's
     * qualified name, not the coroutine, which is being finalized and must not be kept by a
     * recorded warning. False when the warnings module cannot be imported (the warning is
     * then written directly); an exception from it (an "error" filter) is unraisable.
     */
    private static boolean warnThroughModule(PyGenerator coroutine, Frame at) {
        PyObject warnings;
        try {
            warnings = dev.heapscope.interpreter.modules.Importer.importModule("warnings", at, false);
        } catch (PyException e) {
            decref(e.value);
            return false;
        }
        PyObject fn = Ops.getattrOrNull(warnings, Types.intern("_warn_unawaited_coroutine"));
        decref(warnings);
        if (fn == null) {
            return false;
        }
        PyObject name = Types.newStr(coroutine.frame.code.qualname);
        try {
            decref(Ops.call(fn, name));
        } catch (PyException e) {
            dev.heapscope.interpreter.runtime.Finalization.unraisable(e, coroutine);
        } finally {
            decref(name);
            decref(fn);
        }
        return true;
    }

    // ---- coroutine.__await__() ----

    /** coroutine_wrapper: the iterator coroutine.__await__() returns, driving the coroutine. */
    static final class Wrapper extends PyObject implements Delegate {
        PyGenerator coroutine;

        Wrapper(PyGenerator coroutine) {
            super(Types.COROUTINE_WRAPPER);
            this.coroutine = (PyGenerator) incref(coroutine);
        }

        @Override
        public PyObject send(PyObject value) {
            return coroutine.send(value);
        }

        @Override
        public PyObject throwIn(PyException e) {
            return coroutine.throwIn(e);
        }

        @Override
        public void close() {
            coroutine.close();
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (coroutine != null) {
                visitor.visit(coroutine);
            }
        }

        @Override
        public void clear() {
            PyObject c = coroutine;
            coroutine = null;
            if (c != null) {
                decref(c);
            }
        }

        @Override
        public long allocationRequest() {
            return 40;
        }
    }

    // ---- async generators: asend, athrow, aclose ----

    private enum State { INIT, ITER, CLOSED }

    /**
     * async_gen_unwrap_value: what an asend or athrow step returns for {@code result}, what
     * the generator handed out: a yielded value ends the step with StopIteration(value);
     * anything else was passed up by an await and goes on to the event loop.
     */
    private static PyObject unwrap(PyGenerator gen, PyObject result) {
        if (result instanceof WrappedValue w) {
            gen.runningAsync = false;
            PyObject v = w.value;
            throw new PyException(Errors.newException(ExceptionTypes.STOP_ITERATION, new PyObject[] {v}));
        }
        return result;
    }

    /** The generator's end or error during an asend/athrow step, as async_gen_unwrap_value reports it. */
    private static PyException ended(PyGenerator gen, PyException e) {
        if (Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
            // The frame returned: the async iteration is over.
            decref(e.value);
            e = Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION);
        }
        if (Ops.matches(e, ExceptionTypes.STOP_ASYNC_ITERATION) || Ops.matches(e, ExceptionTypes.GENERATOR_EXIT)) {
            gen.closed = true;
        }
        gen.runningAsync = false;
        return e;
    }

    /** async_generator_asend: the awaitable of __anext__() and asend(value). */
    static final class Asend extends PyObject implements Delegate {
        PyGenerator gen;
        PyObject sendValue;
        State state = State.INIT;

        Asend(PyGenerator gen, PyObject sendValue) {
            super(Types.ASYNC_GENERATOR_ASEND);
            this.gen = (PyGenerator) incref(gen);
            this.sendValue = incref(sendValue);
        }

        @Override
        public PyObject send(PyObject value) {
            if (state == State.CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == State.INIT) {
                if (gen.runningAsync) {
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (value == Types.NONE) {
                    value = sendValue;
                }
                state = State.ITER;
            }
            gen.runningAsync = true;
            PyObject r;
            try {
                r = gen.send(value);
            } catch (PyException e) {
                state = State.CLOSED;
                throw ended(gen, e);
            }
            return step(r);
        }

        private PyObject step(PyObject r) {
            try {
                return unwrap(gen, r);
            } catch (PyException e) {
                state = State.CLOSED;
                throw e;
            }
        }

        @Override
        public PyObject throwIn(PyException e) {
            if (state == State.CLOSED) {
                decref(e.value);
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            PyObject r;
            try {
                r = gen.throwIn(e);
            } catch (PyException x) {
                state = State.CLOSED;
                throw ended(gen, x);
            }
            return step(r);
        }

        @Override
        public void close() {
            state = State.CLOSED;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (gen != null) {
                visitor.visit(gen);
            }
            if (sendValue != null) {
                visitor.visit(sendValue);
            }
        }

        @Override
        public void clear() {
            PyObject g = gen;
            PyObject v = sendValue;
            gen = null;
            sendValue = null;
            if (g != null) {
                decref(g);
            }
            if (v != null) {
                decref(v);
            }
        }

        @Override
        public long allocationRequest() {
            return 56;
        }
    }

    /** async_generator_athrow: the awaitable of athrow(...) and, with no exception given, of aclose(). */
    static final class Athrow extends PyObject implements Delegate {
        PyGenerator gen;
        /** The exception to throw in, owned; null for aclose(). */
        PyBaseException error;
        final boolean aclose;
        State state = State.INIT;

        Athrow(PyGenerator gen, PyBaseException error) {
            super(Types.ASYNC_GENERATOR_ATHROW);
            this.gen = (PyGenerator) incref(gen);
            this.error = error;
            this.aclose = error == null;
        }

        private String what() {
            return aclose ? "aclose()" : "athrow()";
        }

        @Override
        public PyObject send(PyObject value) {
            if (state == State.CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.finished) {
                state = State.CLOSED;
                throw Errors.stopIteration();
            }
            if (state == State.INIT) {
                if (gen.runningAsync) {
                    state = State.CLOSED;
                    throw Errors.runtimeError(what() + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = State.CLOSED;
                    throw Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION);
                }
                if (value != Types.NONE) {
                    throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = State.ITER;
                gen.runningAsync = true;
                PyException thrown;
                if (aclose) {
                    gen.closed = true;
                    thrown = Errors.raise(ExceptionTypes.GENERATOR_EXIT);
                } else {
                    thrown = new PyException((PyBaseException) incref(error));
                }
                PyObject r;
                try {
                    r = gen.throwIn(thrown);
                } catch (PyException e) {
                    throw checkError(e);
                }
                return result(r);
            }
            PyObject r;
            try {
                r = gen.send(value);
            } catch (PyException e) {
                throw checkError(e);
            }
            return result(r);
        }

        /** What one step returns: for aclose() a yielded value means GeneratorExit was ignored. */
        private PyObject result(PyObject r) {
            if (aclose) {
                if (r instanceof WrappedValue) {
                    release(r);
                    gen.runningAsync = false;
                    state = State.CLOSED;
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                }
                return r;
            }
            try {
                return unwrap(gen, r);
            } catch (PyException e) {
                state = State.CLOSED;
                throw e;
            }
        }

        /** The error or end of the generator during a step: aclose() ends with StopIteration when it closed it. */
        private PyException checkError(PyException e) {
            gen.runningAsync = false;
            state = State.CLOSED;
            if (Ops.matches(e, ExceptionTypes.STOP_ITERATION)) {
                decref(e.value);
                e = Errors.raise(ExceptionTypes.STOP_ASYNC_ITERATION);
            }
            if (Ops.matches(e, ExceptionTypes.STOP_ASYNC_ITERATION) || Ops.matches(e, ExceptionTypes.GENERATOR_EXIT)) {
                gen.closed = true;
                if (aclose) {
                    decref(e.value);
                    return Errors.stopIteration();
                }
            }
            return e;
        }

        @Override
        public PyObject throwIn(PyException e) {
            if (state == State.CLOSED) {
                decref(e.value);
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            PyObject r;
            try {
                r = gen.throwIn(e);
            } catch (PyException x) {
                throw checkError(x);
            }
            return result(r);
        }

        @Override
        public void close() {
            state = State.CLOSED;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (gen != null) {
                visitor.visit(gen);
            }
            if (error != null) {
                visitor.visit(error);
            }
        }

        @Override
        public void clear() {
            PyObject g = gen;
            PyObject x = error;
            gen = null;
            error = null;
            if (g != null) {
                decref(g);
            }
            if (x != null) {
                decref(x);
            }
        }

        @Override
        public long allocationRequest() {
            return 56;
        }
    }

    static PyObject asend(PyGenerator gen, PyObject value) {
        initHooks(gen);
        return Heap.allocate(new Asend(gen, value));
    }

    static PyObject athrow(PyGenerator gen, PyBaseException error) {
        try {
            initHooks(gen);
        } catch (PyException e) {
            if (error != null) {
                decref(error);
            }
            throw e;
        }
        return Heap.allocate(new Athrow(gen, error));
    }

    static PyObject wrapper(PyGenerator coroutine) {
        return Heap.allocate(new Wrapper(coroutine));
    }
}
