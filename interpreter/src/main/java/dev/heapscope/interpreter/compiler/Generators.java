package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import java.util.concurrent.SynchronousQueue;

/**
 * Generators. A generator's frame runs on a Java thread of its own that takes turns with
 * its caller: {@code send} hands a value over and waits; {@code yield} hands one back
 * and waits. Exactly one of the two runs at any moment, and every hand-over goes through
 * a synchronous queue, so the heap needs no locking.
 */
public final class Generators {
    private Generators() {
    }

    /** Stack of a generator's thread: reserved address space, only touched as it is used. */
    private static final long GENERATOR_STACK = 512L << 20;

    public static PyObject create(Frame frame) {
        PyCode code = frame.code;
        PyType type = !code.coroutine ? Types.GENERATOR : code.generator ? Types.ASYNC_GENERATOR : Types.COROUTINE;
        PyGenerator g = new PyGenerator(type, frame);
        frame.generator = g;
        return Heap.allocate(g);
    }

    /** What passes between a generator and its caller. */
    private record Message(Kind kind, PyObject value, PyException error) {
    }

    private enum Kind { SEND, THROW, YIELD, RETURN, RAISE }

    /** generator: a frame that can be suspended at each yield. */
    public static final class PyGenerator extends Iterators.JavaIterator implements Coroutines.Delegate {
        public final Frame frame;
        /**
         * The iterator an await (or an async generator's await) in this frame delegates to
         * while it is suspended there: cr_await / ag_await. The await owns the reference.
         */
        public PyObject delegate;
        /** Async generators: an asend/athrow of it is in progress (ag_running). */
        public boolean runningAsync;
        /** Async generators: aclose() began, or the generator ended (ag_closed). */
        public boolean closed;
        /** Async generators: sys.set_asyncgen_hooks' finalizer when first iterated (owned), or null. */
        public PyObject asyncgenFinalizer;
        /** Async generators: the hooks were consulted (at the first asend/athrow/aclose). */
        boolean hooksInited;
        /** The finalizer hook was called: the generator is the hook's to close, not ours. */
        private boolean handedToFinalizer;
        /** Hand-over queues of a generator that runs on its own thread; unused by suspendable ones. */
        private SynchronousQueue<Message> toGenerator;
        private SynchronousQueue<Message> toCaller;
        private Thread thread;
        public boolean running;
        public boolean finished;
        /** The exception the caller was handling when it last resumed this threaded frame (borrowed). */
        private PyBaseException callerHandled;
        /** The caller's frame while the generator runs. */
        private Frame caller;
        private int callerDepth;

        PyGenerator(PyType type, Frame frame) {
            super(type);
            this.frame = frame;
        }

        /** The word CPython's messages use for this kind of frame object. */
        public String kind() {
            return type == Types.COROUTINE ? "coroutine" : type == Types.ASYNC_GENERATOR ? "async generator" : "generator";
        }

        public boolean isCoroutine() {
            return type == Types.COROUTINE;
        }

        /** Never resumed: the state a coroutine is warned about when it is freed unawaited. */
        public boolean isCreated() {
            return thread == null && !started && !finished;
        }

        /** for-loop protocol: the next value, or null when the generator returns. */
        @Override
        public PyObject next() {
            return resume(new Message(Kind.SEND, incref(Types.NONE), null), false);
        }

        /** gen.send(value) / next(gen): raises StopIteration(value) when the generator returns. */
        public PyObject send(PyObject value) {
            if (thread == null && !started && value != Types.NONE && !finished) {
                throw Errors.typeError("can't send non-None value to a just-started " + kind());
            }
            return resume(new Message(Kind.SEND, incref(value), null), true);
        }

        /** Paused at a yield: started, not running, not finished (gi_suspended). */
        public boolean isSuspended() {
            return (thread != null || started) && !running && !finished;
        }

        /** gen.throw(exc): raises {@code exc} at the paused yield. */
        public PyObject throwIn(PyException exc) {
            return resume(new Message(Kind.THROW, null, exc), true);
        }

        private PyObject resume(Message message, boolean stopIterationOnReturn) {
            if (frame.code.resumable && !running && !finished) {
                return resumeInline(message, stopIterationOnReturn);
            }
            if (running) {
                if (message.value != null) {
                    decref(message.value);
                }
                throw Errors.valueError(kind() + " already executing");
            }
            if (finished) {
                if (message.value != null) {
                    decref(message.value);
                }
                if (isCoroutine() && !closing) {
                    if (message.error != null) {
                        decref(message.error.value);
                    }
                    throw Errors.runtimeError("cannot reuse already awaited coroutine");
                }
                if (message.kind == Kind.THROW) {
                    throw message.error;
                }
                if (stopIterationOnReturn) {
                    throw Errors.stopIteration();
                }
                return null;
            }
            if (thread == null && message.kind == Kind.THROW) {
                finished = true;
                frame.exit();
                throw message.error;
            }
            running = true;
            caller = ThreadState.current;
            callerDepth = ThreadState.depth;
            PyBaseException handledByCaller = ThreadState.handled;
            callerHandled = handledByCaller;
            if (thread == null) {
                decref(message.value);
                toGenerator = new SynchronousQueue<>();
                toCaller = new SynchronousQueue<>();
                thread = new Thread(null, this::body, "generator " + frame.code.qualname, GENERATOR_STACK);
                thread.setDaemon(true);
                thread.start();
            } else {
                put(toGenerator, message);
            }
            Message reply = take(toCaller);
            running = false;
            ThreadState.current = caller;
            ThreadState.depth = callerDepth;
            ThreadState.handled = handledByCaller;
            switch (reply.kind) {
                case YIELD:
                    return reply.value;
                case RETURN:
                    finished = true;
                    if (stopIterationOnReturn) {
                        PyObject v = reply.value;
                        if (v == Types.NONE) {
                            decref(v);
                            throw Errors.stopIteration();
                        }
                        throw new PyException(Errors.newException(ExceptionTypes.STOP_ITERATION, new PyObject[] {v}));
                    }
                    decref(reply.value);
                    return null;
                default:
                    finished = true;
                    throw reply.error;
            }
        }

        /** Whether the frame has run up to a yield at least once (it is resumed rather than started). */
        private boolean started;

        /**
         * Runs a suspendable frame on the caller's thread up to its next yield (see
         * Resumable): the frame joins the call stack for the duration, as CPython's does.
         */
        private PyObject resumeInline(Message message, boolean stopIterationOnReturn) {
            if (!started && message.kind == Kind.THROW) {
                finished = true;
                frame.exit();
                throw message.error;
            }
            frame.resuming = started;
            if (started) {
                frame.sent = message.value;
                frame.thrown = message.error;
            } else if (message.value != null) {
                decref(message.value);
            }
            started = true;
            running = true;
            ThreadState.enter();
            Frame callerFrame = ThreadState.current;
            frame.back = callerFrame;
            ThreadState.current = frame;
            dev.heapscope.interpreter.runtime.Tracing.Listener listener = dev.heapscope.interpreter.runtime.Tracing.listener();
            if (listener != null) {
                listener.call(frame);
            }
            int completion;
            try {
                completion = frame.code.body.exec(frame);
            } catch (PyException e) {
                finished = true;
                dev.heapscope.interpreter.runtime.Traceback.here(e, frame);
                frame.exit();
                throw escaping(e);
            } finally {
                running = false;
                ThreadState.current = callerFrame;
                ThreadState.leave();
                frame.resuming = false;
                if (frame.sent != null) {
                    decref(frame.sent);
                    frame.sent = null;
                }
                frame.thrown = null;
            }
            if (completion == Resumable.SUSPEND) {
                PyObject v = frame.yielded;
                frame.yielded = null;
                if (listener != null) {
                    listener.ret(frame, v);
                }
                return v;
            }
            finished = true;
            PyObject result = completion == StmtNode.RETURN ? frame.returnValue : incref(Types.NONE);
            frame.returnValue = null;
            if (listener != null) {
                listener.ret(frame, result);
            }
            frame.exit();
            if (!stopIterationOnReturn) {
                decref(result);
                return null;
            }
            if (result == Types.NONE) {
                decref(result);
                throw Errors.stopIteration();
            }
            throw new PyException(Errors.newException(ExceptionTypes.STOP_ITERATION, new PyObject[] {result}));
        }

        /**
         * The exception that leaves the frame for {@code e} raised in it: a StopIteration (or,
         * in an async generator, a StopAsyncIteration) becomes a RuntimeError caused by it,
         * as PEP 479 has it, so that it cannot pass for the frame's end.
         */
        private PyException escaping(PyException e) {
            String what;
            if (e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                what = "StopIteration";
            } else if (type == Types.ASYNC_GENERATOR && e.value.type.isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                what = "StopAsyncIteration";
            } else {
                return e;
            }
            PyException wrapped = Errors.runtimeError(kind() + " raised " + what);
            wrapped.value.cause = e.value;
            wrapped.value.context = incref(e.value);
            wrapped.value.suppressContext = true;
            return wrapped;
        }

        /** The generator's thread: runs the frame, reporting how it ends. */
        private void body() {
            ThreadState.current = caller;
            ThreadState.depth = callerDepth;
            Message end;
            try {
                PyObject result = Calls.run(frame);
                end = new Message(Kind.RETURN, result, null);
            } catch (PyException e) {
                end = new Message(Kind.RAISE, null, escaping(e));
            } catch (RuntimeException | Error e) {
                end = new Message(Kind.RAISE, null, Errors.raise(ExceptionTypes.SYSTEM_ERROR, String.valueOf(e)));
            }
            put(toCaller, end);
        }

        /** Called by a yield in this generator's frame: hands {@code value} (owned) to the caller, returns what is sent next. */
        PyObject yield(PyObject value) {
            Frame self = ThreadState.current;
            int depth = ThreadState.depth;
            // The exception this frame is handling stays with it (gi_exc_state); without one of
            // its own it sees whatever its next caller is handling.
            PyBaseException current = ThreadState.handled;
            PyBaseException own = current == callerHandled ? null : current;
            put(toCaller, new Message(Kind.YIELD, value, null));
            Message m = take(toGenerator);
            ThreadState.current = self;
            ThreadState.depth = depth;
            ThreadState.handled = own != null ? own : callerHandled;
            self.back = caller;
            if (m.kind == Kind.THROW) {
                throw m.error;
            }
            return m.value;
        }

        /** gen.close(): GeneratorExit at the paused yield; the generator must not yield again. */
        public void close() {
            if (frame.code.resumable && started && !finished) {
                closeSuspended();
                return;
            }
            if (isCoroutine() && finished) {
                return;
            }
            if (finished || thread == null) {
                if (!finished) {
                    finished = true;
                    frame.exit();
                }
                return;
            }
            closing = true;
            try {
                PyObject r = resume(new Message(Kind.THROW, null, Errors.raise(ExceptionTypes.GENERATOR_EXIT)), false);
                if (r != null) {
                    Coroutines.release(r);
                    throw Errors.runtimeError(kind() + " ignored GeneratorExit");
                }
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)
                        && !e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                decref(e.value);
            } finally {
                closing = false;
            }
        }

        /** Set while close() runs: an exhausted coroutine is then closed silently. */
        private boolean closing;

        /** close() of a suspended frame: GeneratorExit raised at its yield; yielding again is an error. */
        private void closeSuspended() {
            try {
                PyObject r = resumeInline(new Message(Kind.THROW, null, Errors.raise(ExceptionTypes.GENERATOR_EXIT)), false);
                if (r != null) {
                    decref(r);
                    throw Errors.runtimeError(kind() + " ignored GeneratorExit");
                }
            } catch (PyException e) {
                if (!e.value.type.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)
                        && !e.value.type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                decref(e.value);
            }
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            // async_gen_traverse: the finalizer hook an async generator took from
            // sys.set_asyncgen_hooks (ag_origin_or_finalizer) is held until it is freed.
            if (asyncgenFinalizer != null) {
                visitor.visit(asyncgenFinalizer);
            }
            if (finished) {
                return;
            }
            if (delegate != null && !frame.code.resumable) {
                // A suspendable frame holds its delegate in a resume slot, visited below.
                visitor.visit(delegate);
            }
            for (PyObject o : frame.fast) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
            if (frame.resumeObj != null) {
                for (PyObject o : frame.resumeObj) {
                    if (o != null) {
                        visitor.visit(o);
                    }
                }
            }
        }

        @Override
        public void clear() {
            close();
        }

        /**
         * _PyGen_Finalize, which the collector calls on a generator found in garbage: a
         * generator that has not finished is closed; an error is reported as unraisable.
         */
        public void finalizeSuspended() {
            if (finished || handedToFinalizer) {
                return;
            }
            if (asyncgenFinalizer != null && !closed) {
                // _PyGen_Finalize: an event loop's finalizer closes the generator (asynchronously).
                handedToFinalizer = true;
                PyObject hook = asyncgenFinalizer;
                try {
                    decref(dev.heapscope.interpreter.runtime.Ops.call(hook, this));
                } catch (PyException e) {
                    dev.heapscope.interpreter.runtime.Finalization.unraisable(e, hook);
                }
                return;
            }
            if (isCoroutine() && isCreated()) {
                // _PyGen_Finalize: a coroutine freed before it ever ran is reported, not closed.
                Coroutines.warnNeverAwaited(this);
                finished = true;
                frame.exit();
                return;
            }
            try {
                close();
            } catch (PyException e) {
                dev.heapscope.interpreter.runtime.Finalization.unraisable(e, this);
            }
        }

        @Override
        public void releaseReferences() {
            refcnt = 1;
            finalizeSuspended();
            refcnt = 0;
            if (handedToFinalizer && !finished) {
                // The finalizer did not keep the generator: its frame goes without running on.
                finished = true;
                frame.exit();
            }
            PyObject hook = asyncgenFinalizer;
            asyncgenFinalizer = null;
            if (hook != null) {
                decref(hook);
            }
        }

        /** Whether freeing this generator calls a finalizer hook, which may keep it alive. */
        public boolean hasFinalizerHook() {
            return asyncgenFinalizer != null && !closed && !finished && !handedToFinalizer;
        }

        @Override
        public long allocationRequest() {
            return ObjectSizes.GC_HEAD + ObjectSizes.generatorSize(frame.code.nslots(), frame.code.stackSize);
        }
    }

    /**
     * The threaded generator running {@code f} when {@code saved}, the exception being
     * handled as a handler starts, is the one its caller was handling: the handler's end
     * must then restore whatever its caller is handling by then, which a resume may have
     * changed. Null otherwise (the plain saved value is restored).
     */
    static PyGenerator inheriting(Frame f, PyBaseException saved) {
        if (f.generator instanceof PyGenerator g && !f.code.resumable && g.callerHandled == saved) {
            return g;
        }
        return null;
    }

    /** What a handler's end makes the exception being handled (see {@link #inheriting}). */
    static PyBaseException restored(PyGenerator inheriting, PyBaseException saved) {
        return inheriting != null ? inheriting.callerHandled : saved;
    }

    /** The generator whose frame is {@code f}. */
    static PyGenerator of(Frame f) {
        return (PyGenerator) f.generator;
    }

    private static void put(SynchronousQueue<Message> q, Message m) {
        while (true) {
            try {
                q.put(m);
                return;
            } catch (InterruptedException e) {
                Thread.interrupted();
            }
        }
    }

    private static Message take(SynchronousQueue<Message> q) {
        while (true) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                Thread.interrupted();
            }
        }
    }
}
