package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;

/** complex: two doubles in a 32-byte object. */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.COMPLEX_SIZE;
    }
}
