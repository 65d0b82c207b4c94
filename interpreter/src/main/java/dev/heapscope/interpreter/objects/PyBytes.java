package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Types;

/** bytes: an immutable byte string. */
public final class PyBytes extends PyObject {
    public final byte[] value;
    public long hash = -1;

    public PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    /** A new bytes object (a new reference). */
    public static PyBytes of(byte[] value) {
        return Heap.allocate(new PyBytes(Types.BYTES, value));
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.bytesSize(value.length);
    }
}
