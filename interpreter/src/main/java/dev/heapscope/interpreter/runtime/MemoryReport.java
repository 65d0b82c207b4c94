package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.memory.Pymalloc;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code heapscope run --memory-report}: counts every heap object's allocation and
 * deallocation during the run and prints, at exit, a table of them on stderr.
 *
 * <p>Counted are the objects that get an address from the simulated allocators
 * ({@link Heap#allocate}, {@link Heap#allocateUntracked}); statically allocated objects
 * (builtin types, small ints, singletons) are not. An object is "freed by the collector"
 * when its deallocation happens while delete_garbage clears a cycle, and "freed by
 * reference counting" otherwise. Invariant while counting: allocated = freed by refcount +
 * freed by the collector + live, and live is the sum of the per-type counts.
 *
 * <p>Static like the heap (one program per JVM at a time); {@link #begin} starts a run's count.
 */
final class MemoryReport {
    private MemoryReport() {
    }

    /** On for a run with --memory-report: Heap's allocation and deallocation paths test it. */
    static boolean counting;
    private static long allocated;
    private static long freedByRefcount;
    private static long freedByCollector;
    private static long live;
    private static long peakLive;
    /** Live objects per exact type at this moment. */
    private static final Map<PyType, long[]> liveByType = new IdentityHashMap<>();

    static void begin(boolean on) {
        counting = on;
        allocated = freedByRefcount = freedByCollector = live = peakLive = 0;
        liveByType.clear();
    }

    static void allocated(PyObject o) {
        allocated++;
        if (++live > peakLive) {
            peakLive = live;
        }
        liveByType.computeIfAbsent(o.type, t -> new long[1])[0]++;
    }

    static void freed(PyObject o, boolean byCollector) {
        if (byCollector) {
            freedByCollector++;
        } else {
            freedByRefcount++;
        }
        live--;
        long[] n = liveByType.get(o.type);
        if (n != null) {
            n[0]--;
        }
    }

    /** The report: a table of figures, then the survivors by type, most numerous first. */
    static String format(Collector gc, Pymalloc memory) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"objects allocated", Long.toString(allocated)});
        rows.add(new String[] {"  freed by reference counting", Long.toString(freedByRefcount)});
        rows.add(new String[] {"  freed by the collector", Long.toString(freedByCollector)});
        rows.add(new String[] {"  alive at exit", Long.toString(live)});
        rows.add(new String[] {"peak live objects", Long.toString(peakLive)});
        rows.add(new String[] {"peak bytes in pymalloc blocks", Long.toString(memory.peakPymallocBytesInUse())});
        rows.add(new String[] {"bytes in use at exit", Long.toString(memory.bytesInUse())});
        long[] collections = gc.stats()[0];
        for (int g = 0; g < collections.length; g++) {
            rows.add(new String[] {"collections of generation " + g, Long.toString(collections[g])});
        }
        rows.add(new String[] {"arenas in use", Integer.toString(memory.arenasCurrentlyAllocated())});
        rows.add(new String[] {"  highest at once", Integer.toString(memory.arenasHighWater())});
        rows.add(new String[] {"pools in use", Integer.toString(memory.poolsInUse())});

        Map<String, Long> survivors = new TreeMap<>();
        for (Map.Entry<PyType, long[]> e : liveByType.entrySet()) {
            if (e.getValue()[0] > 0) {
                survivors.merge(typeName(e.getKey()), e.getValue()[0], Long::sum);
            }
        }
        List<Map.Entry<String, Long>> byCount = new ArrayList<>(survivors.entrySet());
        byCount.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));

        int labelWidth = "survivors by type".length();
        int numberWidth = 1;
        for (String[] row : rows) {
            labelWidth = Math.max(labelWidth, row[0].length());
            numberWidth = Math.max(numberWidth, row[1].length());
        }
        for (Map.Entry<String, Long> e : byCount) {
            labelWidth = Math.max(labelWidth, e.getKey().length() + 2);
        }
        StringBuilder b = new StringBuilder("heapscope memory report\n");
        for (String[] row : rows) {
            appendRow(b, row[0], row[1], labelWidth, numberWidth);
        }
        b.append("survivors by type\n");
        if (byCount.isEmpty()) {
            b.append("  (none)\n");
        }
        for (Map.Entry<String, Long> e : byCount) {
            appendRow(b, "  " + e.getKey(), Long.toString(e.getValue()), labelWidth, numberWidth);
        }
        return b.toString();
    }

    private static void appendRow(StringBuilder b, String label, String number, int labelWidth, int numberWidth) {
        b.append("  ").append(label).append(" ".repeat(labelWidth - label.length() + 2))
                .append(" ".repeat(Math.max(0, numberWidth - number.length()))).append(number).append('\n');
    }

    /** type.__qualname__, after its module unless that is builtins. */
    private static String typeName(PyType t) {
        if (t == null) {
            return "?";
        }
        String module = t.heapType ? moduleOf(t) : null;
        String name = t.qualname != null ? t.qualname : t.name;
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    private static String moduleOf(PyType t) {
        if (t.dict == null) {
            return null;
        }
        // Scanned, not looked up: the report must not hash or intern anything.
        for (int i = 0; i < t.dict.entryLimit(); i++) {
            if (t.dict.keyAt(i) instanceof dev.heapscope.interpreter.objects.PyStr k && k.value.equals("__module__")) {
                return t.dict.valueAt(i) instanceof dev.heapscope.interpreter.objects.PyStr s ? s.value : null;
            }
        }
        return null;
    }
}
