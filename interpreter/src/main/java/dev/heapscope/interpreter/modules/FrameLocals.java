package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Types;

/** locals() and f_locals: the namespace of a module or class body, or a snapshot of a function's names. */
public final class FrameLocals {
    private FrameLocals() {
    }

    /** A new reference to the frame's locals mapping. */
    public static PyObject locals(Frame f) {
        if (f.locals != null) {
            return incref(f.locals);
        }
        PyDict d = Heap.allocateUntracked(new PyDict(Types.DICT));
        for (int i = 0; i < f.code.nslots(); i++) {
            PyObject v = f.fast[i];
            if (v != null && f.code.isCellSlot(i)) {
                v = ((PyCell) v).contents;
            }
            if (v != null) {
                d.put(Types.intern(f.code.slotNames[i]), v);
            }
        }
        return d;
    }
}
