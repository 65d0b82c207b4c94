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

    /**
     * A new reference to a bytes object of {@code value}: the shared empty bytes and the
     * shared one-byte objects, as CPython 3.11 keeps them, or a new object.
     */
    public static PyBytes of(byte[] value) {
        if (value.length == 0) {
            return (PyBytes) Heap.incref(Singletons.EMPTY);
        }
        if (value.length == 1) {
            return (PyBytes) Heap.incref(Singletons.CHARACTERS[value[0] & 0xff]);
        }
        return Heap.allocate(new PyBytes(Types.BYTES, value));
    }

    /** Made on first use, after the bytes type exists. */
    private static final class Singletons {
        static final PyBytes EMPTY = Heap.immortal(new PyBytes(Types.BYTES, new byte[0]), ObjectSizes.bytesSize(0));
        static final PyBytes[] CHARACTERS = new PyBytes[256];

        static {
            for (int b = 0; b < 256; b++) {
                CHARACTERS[b] = Heap.immortal(new PyBytes(Types.BYTES, new byte[] {(byte) b}), ObjectSizes.bytesSize(1));
            }
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.bytesSize(value.length);
    }
}
