package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Types;

/**
 * locals() and f_locals: the namespace of a module or class body; for a function frame
 * one dict per frame, brought up to date from the fast slots at each request, as CPython
 * 3.11's FastToLocals does (so it keeps the values it was last given alive).
 */
public final class FrameLocals {
    private FrameLocals() {
    }

    /** A new reference to the frame's locals mapping. */
    public static PyObject locals(Frame f) {
        if (f.locals != null) {
            return incref(f.locals);
        }
        PyDict d = f.fastLocals;
        if (d == null) {
            d = Heap.allocateUntracked(new PyDict(Types.DICT));
            f.fastLocals = d;
        }
        for (int i = 0; i < f.code.nslots(); i++) {
            PyStr name = Types.name(f.code.slotNames[i]);
            PyObject v = value(f, i);
            if (v != null) {
                d.put(name, v);
            } else {
                PyObject old = d.pop(name);
                if (old != null) {
                    Heap.decref(old);
                }
            }
        }
        return incref(d);
    }

    /**
     * A new dict of the frame's bound names that leaves the frame as it was (no f_locals
     * dict is made or updated): what the debugger evaluates against.
     */
    public static PyObject snapshot(Frame f) {
        if (f.locals != null) {
            return incref(f.locals);
        }
        PyDict d = Heap.allocateUntracked(new PyDict(Types.DICT));
        for (int i = 0; i < f.code.nslots(); i++) {
            PyObject v = value(f, i);
            if (v != null) {
                d.put(Types.name(f.code.slotNames[i]), v);
            }
        }
        return d;
    }

    /** The value bound to slot {@code i}, looking through cells; null when unbound. */
    private static PyObject value(Frame f, int i) {
        PyObject v = f.fast[i];
        if (v != null && f.code.isCellSlot(i)) {
            v = ((PyCell) v).contents;
        }
        return v;
    }
}
