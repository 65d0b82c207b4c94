package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyWeakref;
import java.util.ArrayList;
import java.util.List;

/**
 * Finalizers (__del__, PEP 442: called at most once per object), weakref clearing with
 * callbacks, and "Exception ignored in" reports for errors nobody can catch.
 */
public final class Finalization {
    private Finalization() {
    }

    public static boolean hasFinalizer(PyObject o) {
        if (o instanceof dev.heapscope.interpreter.compiler.Generators.PyGenerator g) {
            return g.hasFinalizerHook();
        }
        return o.type != null && o.type.heapType && o.type.hasFinalizer();
    }

    /**
     * Runs the finalizer of an object whose count reached zero, resurrecting it for the
     * duration. Returns false when the finalizer left new references to it (resurrected).
     */
    static boolean finalizeFromDealloc(PyObject o) {
        o.refcnt = 1;
        callFinalizer(o);
        if (--o.refcnt != 0) {
            return false;
        }
        return true;
    }

    /** Calls o.__del__() once; errors are reported as unraisable. Used by dealloc and the collector. */
    public static void callFinalizer(PyObject o) {
        if (o.finalized) {
            return;
        }
        o.finalized = true;
        if (o instanceof dev.heapscope.interpreter.compiler.Generators.PyGenerator g) {
            g.finalizeSuspended();
            return;
        }
        PyObject del = o.type.lookup(Names.__del__);
        if (del == null) {
            return;
        }
        Tracing.Listener l = Tracing.listener;
        if (l != null) {
            l.finalize(o);
        }
        try {
            decref(Ops.callMethod(del, o, new PyObject[0], null));
        } catch (PyException e) {
            PyObject bound = Descriptors.get(del, o, o.type);
            unraisable(e, bound);
            decref(bound);
        }
    }

    /** Clears every weakref to {@code o} and calls their callbacks, as PyObject_ClearWeakRefs does. */
    public static void clearWeakrefs(PyObject o) {
        if (o.weakrefList == null) {
            return;
        }
        List<PyWeakref> withCallbacks = new ArrayList<>();
        PyWeakref w = (PyWeakref) o.weakrefList;
        o.weakrefList = null;
        while (w != null) {
            PyWeakref next = w.next;
            w.referent = null;
            w.next = null;
            if (w.callback != null) {
                Heap.incref(w);
                withCallbacks.add(w);
            }
            w = next;
        }
        for (PyWeakref ref : withCallbacks) {
            PyObject cb = ref.callback;
            ref.callback = null;
            try {
                decref(Ops.call(cb, ref));
            } catch (PyException e) {
                unraisable(e, cb);
            } finally {
                decref(cb);
                decref(ref);
            }
        }
    }

    /** sys.unraisablehook's default output: "Exception ignored in: <obj>" and the traceback. */
    public static void unraisable(PyException e, PyObject where) {
        StringBuilder out = new StringBuilder();
        String repr;
        try {
            repr = Ops.reprString(where);
        } catch (PyException inner) {
            decref(inner.value);
            repr = "<object repr() failed>";
        }
        out.append("Exception ignored in: ").append(repr).append('\n');
        out.append(TracebackPrinter.format(e.value, false));
        Interpreter.stderr().write(out.toString());
        decref(e.value);
    }
}
