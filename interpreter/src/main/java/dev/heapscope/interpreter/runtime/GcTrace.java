package dev.heapscope.interpreter.runtime;

/**
 * {@code heapscope run --trace-gc}: one line on stderr per collection, written when the
 * collection has finished (before the "stop" callbacks of gc.callbacks run):
 *
 * <pre>heapscope gc: generation 0, counts before 701 3 0, collected 12, uncollectable 0, 0.052 ms</pre>
 *
 * The counts are gc.get_count() as the collection began; collected and uncollectable are
 * the figures a "stop" callback receives; the time is the collection's own, callbacks
 * excluded. The prefix differs from the "gc: " lines of gc.set_debug, which are CPython's.
 */
final class GcTrace {
    private GcTrace() {
    }

    static String line(int generation, int[] countsBefore, long collected, long uncollectable, long nanos) {
        StringBuilder b = new StringBuilder("heapscope gc: generation ").append(generation).append(", counts before");
        for (int c : countsBefore) {
            b.append(' ').append(c);
        }
        return b.append(", collected ").append(collected).append(", uncollectable ").append(uncollectable)
                .append(String.format(java.util.Locale.ROOT, ", %.3f ms", nanos / 1e6)).append('\n').toString();
    }
}
