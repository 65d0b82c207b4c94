package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.compiler.Node;
import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyObject;

/**
 * An executing frame (CPython's _PyInterpreterFrame): the code, the fast slots that hold
 * names (references, never objects), the globals and builtins dicts, the namespace of a
 * module or class body, the current line, and the caller.
 *
 * <p>Invariant: every non-null entry of {@link #fast} is an owned reference. When the
 * frame exits they are released, unless a frame object has taken them over (a traceback
 * or sys._getframe() keeps the frame alive, as in CPython).
 */
public final class Frame {
    public final PyCode code;
    public final PyObject[] fast;
    public final PyDict globals;
    public final PyDict builtins;
    /** The namespace dict of a module or class body (owned); null for functions. */
    public PyObject locals;
    /**
     * A function frame's f_locals dict (owned), made by the first locals() or f_locals and
     * brought up to date from the fast slots by each (CPython's FastToLocals); null until then.
     */
    public PyDict fastLocals;
    public final PyFunction function;
    public Frame back;
    public int lineno;
    /** The node being executed when an exception is raised: where the traceback points. */
    public Node position;
    /** Set by a return statement for the caller. */
    public PyObject returnValue;
    /** The frame object, once Python code asked for one; it then owns the fast slots. */
    public PyFrameObject frameObject;
    /** The exception being handled by an except clause in this frame (sys.exc_info()), borrowed from the clause. */
    public dev.heapscope.interpreter.objects.PyBaseException handled;
    /** The generator running this frame, or null. */
    public Object generator;
    /** Whether the frame has finished executing. */
    public boolean finished;

    /**
     * Resume state of a suspendable generator frame (compiler.Resumable): per compound
     * statement, where it was (ints) and what it held (owned references) when the frame
     * suspended. Null for other frames.
     */
    public int[] resumeInt;
    public PyObject[] resumeObj;
    /** Set while re-entering a suspended frame; the yield that suspended clears it. */
    public boolean resuming;
    /** The value sent into the frame at resumption (owned), or the exception thrown into it. */
    public PyObject sent;
    public PyException thrown;
    /** The value the frame yielded when it last suspended (owned until handed to the caller). */
    public PyObject yielded;

    public Frame(PyCode code, PyFunction function, PyDict globals, PyDict builtins, Frame back) {
        this(code, function, globals, builtins, back, new PyObject[code.nslots()]);
    }

    /**
     * A frame whose fast slots are {@code fast} (taken over: {@code code.nslots()} long,
     * every non-null entry an owned reference), as a call that bound its arguments in place
     * hands them over.
     */
    public Frame(PyCode code, PyFunction function, PyDict globals, PyDict builtins, Frame back, PyObject[] fast) {
        this.code = code;
        this.function = function;
        this.globals = globals;
        this.builtins = builtins;
        this.back = back;
        this.fast = fast;
        this.lineno = code.firstLineno;
    }

    /** Releases the fast slots when the frame exits, unless a frame object now owns them. */
    public void exit() {
        finished = true;
        if (frameObject != null) {
            frameObject.frameExited();
            return;
        }
        releaseSlots();
    }

    void releaseSlots() {
        if (resumeObj != null) {
            for (int i = 0; i < resumeObj.length; i++) {
                PyObject o = resumeObj[i];
                if (o != null) {
                    resumeObj[i] = null;
                    Heap.decref(o);
                }
            }
        }
        PyObject[] f = fast;
        for (int i = 0; i < f.length; i++) {
            PyObject o = f[i];
            if (o != null) {
                f[i] = null;
                Heap.decref(o);
            }
        }
        PyObject l = locals;
        locals = null;
        if (l != null) {
            Heap.decref(l);
        }
        PyDict fl = fastLocals;
        fastLocals = null;
        if (fl != null) {
            Heap.decref(fl);
        }
    }

    /** This frame as a Python object (a new reference), made on first request. */
    public PyFrameObject asObject() {
        if (frameObject == null) {
            frameObject = Heap.allocate(new PyFrameObject(this));
        } else {
            Heap.incref(frameObject);
        }
        return frameObject;
    }
}
