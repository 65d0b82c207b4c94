package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/** cell: the box a closure variable lives in, shared by the frames and functions that use it. */
public final class PyCell extends PyObject {
    /** Owned reference to the variable's value, or null while unbound. */
    public PyObject contents;

    public PyCell(PyType type, PyObject contents) {
        super(type);
        this.contents = contents;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (contents != null) {
            visitor.visit(contents);
        }
    }

    @Override
    public void clear() {
        PyObject c = contents;
        contents = null;
        if (c != null) {
            Heap.decref(c);
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.CELL_SIZE;
    }
}
