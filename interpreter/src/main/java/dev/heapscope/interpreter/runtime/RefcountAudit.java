package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.modules.Sys;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refcount audit ({@code heapscope run --audit-refs}, and the corpus tests): recounts
 * every reference from the roots and from the live objects, and compares the recount
 * with each object's {@code refcnt}.
 *
 * <p>The heap graph is every object reachable, through {@link PyObject#traverse}, from
 * the roots (sys.modules, the sys module, the collector's gc.garbage and gc.callbacks)
 * and from every object on a generation list; an instance of a builtin subclass also
 * refers to its __dict__ kept in {@link SubclassDicts}. Immortal objects (types, singletons, interned
 * strings) are traversed but not checked.
 *
 * <p>At exit (before __main__ is cleared) the only references outside the graph are the
 * ones Java code holds on purpose: one for the __main__ module (the interpreter's own)
 * and one for the sys module (Sys keeps it); so an object is in order when its count
 * equals the references found plus those. A count below the recount is an over-release,
 * a count above it a leak. After a collection the program is still running: frames and
 * the evaluator's temporaries hold references no traverse reports, so only over-releases
 * are detectable then.
 *
 * <p>Limits: objects no graph object refers to and that are not tracked (a leaked int,
 * say) are outside its reach, and for code objects and constants only over-releases
 * count (see {@link #mayBeHeldByCompiledCode}). The audit only reads: it changes no
 * count, address or generation, and allocates nothing on the simulated heap.
 */
public final class RefcountAudit {
    /** Holders listed per difference; the rest are counted. */
    private static final int HOLDERS_SHOWN = 4;

    private final List<String> differences = new ArrayList<>();
    private int audits;
    private final boolean reportOnStderr;

    /**
     * With {@code reportOnStderr} (heapscope run --audit-refs) the run ends by writing
     * {@link #report} to stderr and exits with status 1 if any count differed (or with the
     * program's own status when that is not 0); otherwise the differences are only kept
     * for {@link #differences}.
     */
    public RefcountAudit(boolean reportOnStderr) {
        this.reportOnStderr = reportOnStderr;
    }

    boolean reportsOnStderr() {
        return reportOnStderr;
    }

    /** Each difference found so far, one line each: when, the object, the counts, its holders. */
    public synchronized List<String> differences() {
        return List.copyOf(differences);
    }

    /** How many audits ran (one at exit, one after each collection). */
    public synchronized int audits() {
        return audits;
    }

    /** Audits the heap at exit; {@code main} is the __main__ module the interpreter holds. */
    void atExit(PyModule main) {
        Map<PyObject, Long> javaHeld = new IdentityHashMap<>();
        javaHeld.merge(main, 1L, Long::sum);
        javaHeld.merge(Sys.module(), 1L, Long::sum);
        record("at exit", audit(javaHeld, true));
    }

    /** Audits for over-releases after a collection of {@code generation} has finished. */
    void afterCollection(int generation) {
        record("after a collection of generation " + generation, audit(Map.of(), false));
    }

    private synchronized void record(String when, List<String> found) {
        audits++;
        for (String f : found) {
            differences.add(when + ": " + f);
        }
    }

    /** The audit's summary for stderr: every difference, then one line with the totals. */
    public synchronized String report() {
        StringBuilder b = new StringBuilder();
        for (String d : differences) {
            b.append("heapscope audit: ").append(d).append('\n');
        }
        b.append("heapscope audit: ").append(audits).append(audits == 1 ? " audit, " : " audits, ");
        b.append(differences.isEmpty() ? "every refcount matches the references found"
                : differences.size() + (differences.size() == 1 ? " refcount differs" : " refcounts differ")
                        + " from the references found").append('\n');
        return b.toString();
    }

    /**
     * Recounts the graph; {@code javaHeld} are the references known to be held outside it.
     * With {@code complete}, every reference is in the graph or {@code javaHeld}, so leaks
     * are reported too; otherwise only over-releases.
     */
    static List<String> audit(Map<PyObject, Long> javaHeld, boolean complete) {
        Map<PyObject, Long> incoming = new IdentityHashMap<>();
        ArrayDeque<PyObject> pending = new ArrayDeque<>();
        Map<PyObject, Boolean> seen = new IdentityHashMap<>();
        PyObject.Visitor edge = referent -> {
            incoming.merge(referent, 1L, Long::sum);
            if (seen.put(referent, Boolean.TRUE) == null) {
                pending.add(referent);
            }
        };
        Collector gc = Heap.collector();
        for (PyObject root : new PyObject[] {Sys.modules(), Sys.module(), gc.garbage, gc.callbacks}) {
            if (root != null && seen.put(root, Boolean.TRUE) == null) {
                pending.add(root);
            }
        }
        if (gc.garbage != null) {
            edge.visit(gc.garbage);
            edge.visit(gc.callbacks);
        }
        for (int g = 0; g <= Collector.PERMANENT; g++) {
            for (PyObject o : gc.objects(g)) {
                if (seen.put(o, Boolean.TRUE) == null) {
                    pending.add(o);
                }
            }
        }
        while (!pending.isEmpty()) {
            visitReferents(pending.poll(), edge);
        }
        Map<PyObject, String> differing = new IdentityHashMap<>();
        for (PyObject o : seen.keySet()) {
            if (o.refcnt >= Heap.IMMORTAL_BASE / 2 || o.type == null) {
                continue;
            }
            long expected = incoming.getOrDefault(o, 0L) + javaHeld.getOrDefault(o, 0L);
            if (o.refcnt > expected && (!complete || mayBeHeldByCompiledCode(o))) {
                continue;
            }
            if (o.refcnt != expected) {
                differing.put(o, describe(o) + ": refcount " + o.refcnt + ", references found " + expected
                        + (o.refcnt < expected ? " (over-released)" : " (leaked)"));
            }
        }
        if (differing.isEmpty()) {
            return List.of();
        }
        // A second walk names the holders of each differing object.
        Map<PyObject, List<String>> holders = new IdentityHashMap<>();
        for (PyObject holder : seen.keySet()) {
            visitReferents(holder, referent -> {
                if (differing.containsKey(referent)) {
                    holders.computeIfAbsent(referent, r -> new ArrayList<>()).add(describe(holder));
                }
            });
        }
        List<String> found = new ArrayList<>();
        for (Map.Entry<PyObject, String> e : differing.entrySet()) {
            List<String> h = new ArrayList<>(holders.getOrDefault(e.getKey(), List.of()));
            long byJava = javaHeld.getOrDefault(e.getKey(), 0L);
            if (byJava > 0) {
                h.add("the interpreter" + (byJava > 1 ? " (" + byJava + ")" : ""));
            }
            StringBuilder line = new StringBuilder(e.getValue()).append("; held by ");
            if (h.isEmpty()) {
                line.append("nothing found");
            }
            for (int i = 0; i < Math.min(HOLDERS_SHOWN, h.size()); i++) {
                line.append(i == 0 ? "" : ", ").append(h.get(i));
            }
            if (h.size() > HOLDERS_SHOWN) {
                line.append(" and ").append(h.size() - HOLDERS_SHOWN).append(" more");
            }
            found.add(line.toString());
        }
        found.sort(null);
        return found;
    }

    /**
     * Every reference {@code o} owns: its traverse, its class (every object of a heap type
     * owns one, as subtype_dealloc releases it, though builtin layouts do not traverse it),
     * and the __dict__ of a builtin subclass's instance kept in {@link SubclassDicts}.
     */
    private static void visitReferents(PyObject o, PyObject.Visitor visit) {
        boolean[] visitedType = {false};
        o.traverse(referent -> {
            if (referent == o.type) {
                visitedType[0] = true;
            }
            visit.visit(referent);
        });
        if (o.type != null && o.type.heapType && !(o instanceof PyType)) {
            if (!visitedType[0]) {
                visit.visit(o.type);
            }
            if (!(o instanceof dev.heapscope.interpreter.objects.PyInstance)) {
                SubclassDicts.visit(o, visit);
            }
        }
    }

    /**
     * Code objects and constants are also owned by the compiled node trees (a
     * function-making node holds its code, a constant node its value), which no
     * traverse reports; for them only over-releases are detectable.
     */
    private static boolean mayBeHeldByCompiledCode(PyObject o) {
        return o instanceof dev.heapscope.interpreter.compiler.PyCode
                || o.type == Types.INT || o.type == Types.FLOAT || o.type == Types.COMPLEX || o.type == Types.STR
                || o.type == Types.BYTES || o.type == Types.TUPLE || o.type == Types.FROZENSET;
    }

    private static String describe(PyObject o) {
        String repr;
        try {
            repr = o.type.name;
            if (o instanceof dev.heapscope.interpreter.objects.PyStr s) {
                repr += " " + (s.value.length() > 40 ? s.value.substring(0, 40) + "..." : s.value);
            } else if (o instanceof PyModule m) {
                repr += " " + m.name;
            } else if (o instanceof PyType t) {
                repr += " " + t.name;
            }
        } catch (RuntimeException e) {
            repr = "?";
        }
        return "<" + repr + " at 0x" + Long.toHexString(o.address) + ">";
    }
}
