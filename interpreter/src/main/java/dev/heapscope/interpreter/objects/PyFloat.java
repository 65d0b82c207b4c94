package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;

/**
 * float: a double in a 24-byte object. The value is set once per life of the object; a
 * float taken from the free list is the same Java object with its new value.
 */
public final class PyFloat extends PyObject {
    public double value;

    public PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.FLOAT_SIZE;
    }

}
