package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;

/** float: a double in a 24-byte object. */
public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.FLOAT_SIZE;
    }

    /** An instance of a subclass holds a reference to its class (subtype_dealloc releases it). */
    @Override
    public void releaseReferences() {
        if (type.heapType) {
            dev.heapscope.interpreter.runtime.Heap.decref(type);
        }
    }
}
