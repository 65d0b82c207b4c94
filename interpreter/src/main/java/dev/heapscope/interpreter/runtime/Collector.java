package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyObject;

/**
 * CPython 3.11's cyclic garbage collector: three generations plus the permanent one,
 * each a doubly linked list of tracked objects through their gcPrev/gcNext links.
 *
 * <p>Counts as CPython keeps them: generation 0's count is container allocations minus
 * deallocations since the last collection; an older generation's count is the number of
 * collections of the next younger one since its own last collection.
 */
public final class Collector {
    public static final int NUM_GENERATIONS = 3;
    public static final int PERMANENT = 3;

    /** Sentinel heads of the generation lists; index 3 is the permanent generation. */
    final PyObject[] heads = new PyObject[NUM_GENERATIONS + 1];
    final int[] threshold = {700, 10, 10};
    final int[] count = new int[NUM_GENERATIONS];
    boolean enabled = true;
    boolean collecting;

    Collector() {
        for (int g = 0; g < heads.length; g++) {
            PyObject head = new Sentinel();
            head.gcPrev = head;
            head.gcNext = head;
            heads[g] = head;
        }
    }

    /** The object the list of generation {@code g} starts and ends at; never a Python object. */
    public PyObject head(int generation) {
        return heads[generation];
    }

    public boolean isTracked(PyObject object) {
        return object.gcGeneration >= 0;
    }

    /** PyObject_GC_Track: links the object at the end of generation 0. */
    public void track(PyObject object) {
        if (object.gcGeneration >= 0) {
            return;
        }
        append(object, 0);
    }

    /** PyObject_GC_UnTrack. */
    public void untrack(PyObject object) {
        if (object.gcGeneration < 0) {
            return;
        }
        unlink(object);
        object.gcGeneration = -1;
    }

    void append(PyObject object, int generation) {
        PyObject head = heads[generation];
        PyObject last = head.gcPrev;
        last.gcNext = object;
        object.gcPrev = last;
        object.gcNext = head;
        head.gcPrev = object;
        object.gcGeneration = (byte) generation;
    }

    static void unlink(PyObject object) {
        object.gcPrev.gcNext = object.gcNext;
        object.gcNext.gcPrev = object.gcPrev;
        object.gcPrev = null;
        object.gcNext = null;
    }

    /** A container was allocated: counts it and collects when generation 0 passes its threshold. */
    void countAllocation() {
        count[0]++;
        if (count[0] > threshold[0] && enabled && threshold[0] != 0 && !collecting) {
            collectGenerations();
        }
    }

    /** A container was deallocated. */
    void countDeallocation() {
        if (count[0] > 0) {
            count[0]--;
        }
    }

    public int[] counts() {
        return count.clone();
    }

    public int[] thresholds() {
        return threshold.clone();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    /** gc.collect(generation): the number of unreachable objects found. */
    public long collect(int generation) {
        return 0;
    }

    /**
     * Chooses the oldest generation whose count exceeds its threshold and collects it,
     * except that a full collection waits until the objects that survived partial
     * collections since the last one are at least a quarter of those that survived it.
     */
    void collectGenerations() {
        // The collection algorithm arrives with the memory-model work; until then
        // allocation only keeps CPython's counts, so gc.get_count() stays exact.
    }

    /** Stands at the ends of a generation list; holds no references and is never freed. */
    private static final class Sentinel extends PyObject {
        Sentinel() {
            super(null);
        }
    }
}
