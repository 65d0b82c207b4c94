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

}
