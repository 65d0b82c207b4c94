package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/**
 * tuple: a fixed array of owned references. Tuples are tracked when created; the
 * collector untracks those holding nothing trackable, as CPython's untrack_tuples does.
 */
public final class PyTuple extends PyObject {
    public final PyObject[] items;

    /** Takes over the references in {@code items}. */
    public PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** tupletraverse visits the items from the last to the first. */
    @Override
    public void traverse(Visitor visitor) {
        for (int i = items.length - 1; i >= 0; i--) {
            if (items[i] != null) {
                visitor.visit(items[i]);
            }
        }
    }

    @Override
    public void clear() {
        for (int i = 0; i < items.length; i++) {
            PyObject item = items[i];
            if (item != null) {
                items[i] = null;
                Heap.decref(item);
            }
        }
    }

    /** tupledealloc releases items from the last to the first. */
    @Override
    public void releaseReferences() {
        for (int i = items.length - 1; i >= 0; i--) {
            PyObject item = items[i];
            if (item != null) {
                items[i] = null;
                Heap.decref(item);
            }
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.tupleSize(items.length);
    }
}
