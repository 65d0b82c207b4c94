package dev.heapscope.interpreter.objects;

/**
 * CPython 3.11's free list of dict keys tables (dictobject.c's keys_free_list): up to 80
 * tables of the minimum size (8 index slots) with str keys keep their blocks when freed,
 * and the next such table takes the most recently kept one. Tables are blocks without an
 * object of their own, so only their addresses are kept.
 */
public final class DictKeysFreeList {
    private DictKeysFreeList() {
    }

    public static final int CAPACITY = 80;
    private static final long[] kept = new long[CAPACITY];
    private static int numFree;

    /** The address of the most recently kept table, or 0 when none is kept. */
    static long take() {
        return numFree == 0 || dev.heapscope.interpreter.runtime.Heap.freeListsBypassed() ? 0 : kept[--numFree];
    }

    /** Keeps the table at {@code block} if there is room; false means free it. */
    static boolean keep(long block) {
        if (numFree >= CAPACITY || dev.heapscope.interpreter.runtime.Heap.freeListsBypassed()) {
            return false;
        }
        kept[numFree++] = block;
        return true;
    }

    /** Forgets every kept table (a new heap). */
    public static void clear() {
        numFree = 0;
    }
}
