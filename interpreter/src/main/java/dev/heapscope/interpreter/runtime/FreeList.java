package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;

/**
 * One of CPython 3.11's per-type free lists: objects of an exact builtin type that were
 * deallocated keep their memory block here instead of returning it to pymalloc, and
 * the next object of that type takes the most recently kept block (last in, first out).
 * A kept object is neither freed (PyObject_GC_Del) nor allocated again
 * (_PyObject_GC_Link), so generation 0's count sees neither, as in CPython.
 *
 * <p>Capacities are 3.11's: 100 floats, 80 lists, 80 dicts, and for tuples one list per
 * size of 2000 each. Tuples of sizes 1..20 are kept but only sizes 1..19 are reused
 * (maybe_freelist_push tests {@code size - 1 < 20}, maybe_freelist_pop {@code size < 20}),
 * so a freed 20-tuple's block stays unused until the list is cleared.
 *
 * <p>The kept Java objects are held so that reuse allocates nothing: a float is
 * reinitialised in place ({@link #takeObject}); other kinds give their address to the new
 * Java object ({@link #takeBlock}). Only the interpreter thread uses a free list.
 */
public final class FreeList {
    /** What decides which of the lists an object goes to. */
    enum Kind { SINGLE, TUPLE, DICT }

    private final Kind kind;
    private final int capacity;
    /** Lists that objects are pushed to (tuples: sizes 1..pushLists). */
    private final int pushLists;
    /** Lists that objects are popped from (tuples: sizes 1..popLists). */
    private final int popLists;
    private final PyObject[][] kept;
    private final int[] numFree;

    private FreeList(Kind kind, int lists, int popLists, int capacity) {
        this.kind = kind;
        this.capacity = capacity;
        this.pushLists = lists;
        this.popLists = popLists;
        this.kept = new PyObject[lists][];
        this.numFree = new int[lists];
    }

    /** A free list for objects of one exact type with room for {@code capacity} (floats, lists). */
    public static FreeList single(int capacity) {
        return new FreeList(Kind.SINGLE, 1, 1, capacity);
    }

    /** Dicts: only dict objects of their own (not an instance's inline values) are kept. */
    public static FreeList dicts(int capacity) {
        return new FreeList(Kind.DICT, 1, 1, capacity);
    }

    /** Tuples by size, with 3.11's asymmetric push (1..20) and pop (1..19) limits. */
    public static FreeList tuples() {
        return new FreeList(Kind.TUPLE, 20, 19, 2000);
    }

    /** Index of the list {@code o} belongs to, or -1 when it has none. */
    private int listOf(PyObject o, int limit) {
        switch (kind) {
            case TUPLE: {
                int size = ((PyTuple) o).size();
                return size >= 1 && size <= limit ? size - 1 : -1;
            }
            case DICT:
                return ((PyDict) o).inlineValues ? -1 : 0;
            default:
                return 0;
        }
    }

    /**
     * The kept object whose block a new object like {@code fresh} reuses, removed from the
     * list; null when the list is empty (the caller then asks pymalloc).
     */
    PyObject takeBlock(PyObject fresh) {
        if (Heap.freeListsBypassed) {
            return null;
        }
        int list = listOf(fresh, popLists);
        if (list < 0 || numFree[list] == 0) {
            return null;
        }
        PyObject[] objects = kept[list];
        int n = --numFree[list];
        PyObject reused = objects[n];
        objects[n] = null;
        return reused;
    }

    /** A kept object to reinitialise in place (single-list kinds only), or null. */
    public PyObject takeObject() {
        if (Heap.freeListsBypassed) {
            return null;
        }
        int n = numFree[0];
        if (n == 0) {
            return null;
        }
        PyObject[] objects = kept[0];
        numFree[0] = --n;
        PyObject reused = objects[n];
        objects[n] = null;
        return reused;
    }

    /** Keeps a deallocated object's block if its list has room; false means free it. */
    boolean keep(PyObject o) {
        if (Heap.freeListsBypassed) {
            return false;
        }
        int list = listOf(o, pushLists);
        if (list < 0) {
            return false;
        }
        int n = numFree[list];
        if (n >= capacity) {
            return false;
        }
        PyObject[] objects = kept[list];
        if (objects == null || n == objects.length) {
            PyObject[] grown = new PyObject[Math.min(capacity, Math.max(16, n * 2))];
            if (objects != null) {
                System.arraycopy(objects, 0, grown, 0, n);
            }
            kept[list] = objects = grown;
        }
        objects[n] = o;
        numFree[list] = n + 1;
        return true;
    }

    /** Objects kept in the list for tuples of {@code size} (or the only list: size 1). */
    public int numFree(int size) {
        return numFree[size - 1];
    }

    /** Forgets every kept object (a new heap: their blocks belonged to the old allocator). */
    void clear() {
        for (int i = 0; i < kept.length; i++) {
            kept[i] = null;
            numFree[i] = 0;
        }
    }
}
