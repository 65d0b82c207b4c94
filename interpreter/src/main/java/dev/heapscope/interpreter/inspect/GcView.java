package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Collector;
import dev.heapscope.interpreter.runtime.Heap;

/**
 * The collector's state as gc.get_count(), gc.get_threshold(), gc.isenabled() and
 * gc.get_freeze_count() report it, plus how many objects each generation list holds.
 */
public record GcView(int[] counts, int[] thresholds, boolean enabled, long[] sizes, long freezeCount) {

    public static GcView now() {
        Collector c = Heap.collector();
        long[] sizes = new long[Collector.NUM_GENERATIONS];
        for (int g = 0; g < Collector.NUM_GENERATIONS; g++) {
            sizes[g] = length(c, g);
        }
        return new GcView(c.counts(), c.thresholds(), c.isEnabled(), sizes, length(c, Collector.PERMANENT));
    }

    private static long length(Collector c, int generation) {
        PyObject head = c.head(generation);
        long n = 0;
        for (PyObject o = head.gcNext; o != null && o != head; o = o.gcNext) {
            n++;
        }
        return n;
    }
}
