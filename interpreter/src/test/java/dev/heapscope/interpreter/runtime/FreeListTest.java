package dev.heapscope.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CPython 3.11's free lists: LIFO reuse, capacities, and generation 0's count. */
class FreeListTest {
    @BeforeEach
    void freshHeap() {
        Heap.reset();
    }

    private static PyTuple tuple(int size) {
        PyObject[] items = new PyObject[size];
        for (int i = 0; i < size; i++) {
            items[i] = Types.newInt(i);
        }
        return Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    @Test
    void freedFloatsAreReusedLastInFirstOutWithoutANewJavaObject() {
        PyFloat a = Types.newFloat(1.5);
        PyFloat b = Types.newFloat(2.5);
        long addressB = b.address;
        Heap.decref(a);
        Heap.decref(b);
        PyFloat c = Types.newFloat(3.5);
        assertSame(b, c, "the most recently freed float is reinitialised in place");
        assertEquals(addressB, c.address);
        assertEquals(3.5, c.value);
        assertEquals(1, c.refcnt);
        assertEquals(1, Heap.FLOATS.numFree(1));
    }

    @Test
    void floatFreeListHoldsAHundred() {
        PyFloat[] floats = new PyFloat[101];
        for (int i = 0; i < floats.length; i++) {
            floats[i] = Types.newFloat(i);
        }
        long bytes = Heap.pymalloc().pymallocBytesInUse();
        for (PyFloat f : floats) {
            Heap.decref(f);
        }
        assertEquals(100, Heap.FLOATS.numFree(1));
        assertEquals(bytes - 32, Heap.pymalloc().pymallocBytesInUse(), "the 101st goes back to pymalloc");
    }

    @Test
    void reusedListsAreNeitherCountedNorUncounted() {
        PyList a = Heap.allocate(new PyList(Types.LIST));
        assertEquals(1, Heap.collector().counts()[0]);
        long address = a.address;
        Heap.decref(a);
        assertEquals(1, Heap.collector().counts()[0], "kept on the free list: no PyObject_GC_Del");
        PyList b = Heap.allocate(new PyList(Types.LIST));
        assertEquals(address, b.address);
        assertEquals(1, Heap.collector().counts()[0], "taken from the free list: no _PyObject_GC_Link");
        assertEquals(0, b.gcGeneration, "a reused list is tracked again");
    }

    @Test
    void tuplesAreKeptBySizeAndTwentyTuplesAreNeverReused() {
        PyTuple two = tuple(2);
        long address2 = two.address;
        Heap.decref(two);
        assertNotEquals(address2, tuple(3).address, "another size has its own list");
        assertEquals(address2, tuple(2).address);
        PyTuple twenty = tuple(20);
        long address20 = twenty.address;
        Heap.decref(twenty);
        assertEquals(1, Heap.TUPLES.numFree(20), "maybe_freelist_push keeps sizes up to 20");
        assertNotEquals(address20, tuple(20).address, "maybe_freelist_pop serves sizes below 20 only");
        assertEquals(1, Heap.TUPLES.numFree(20));
    }
}
