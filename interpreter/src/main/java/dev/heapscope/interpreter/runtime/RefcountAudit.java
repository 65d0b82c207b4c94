package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.modules.Sys;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The refcount audit (a test switch): recounts every reference from the roots and from
 * the live objects, and compares the recount with each object's {@code refcnt}.
 *
 * <p>The heap graph is every object reachable, through {@link PyObject#traverse}, from
 * the roots (sys.modules, the sys module, the collector's gc.garbage and gc.callbacks)
 * and from every object on a generation list. An object of that graph is in order
 * when its count equals the references to it from the graph plus the references Java
 * code holds on purpose at the audit point: one for the __main__ module (the
 * interpreter's own) and one for the sys module (Sys keeps it). Immortal objects (types,
 * singletons, interned strings) are traversed but not checked. A count below the
 * recount is an over-release; a count above it a leak. Limits: objects no graph object
 * refers to and that are not tracked (a leaked int, say) are outside its reach, and
 * for code objects and constants only over-releases count (see
 * {@link #mayBeHeldByCompiledCode}).
 */
public final class RefcountAudit {
    private RefcountAudit() {
    }

    /** Set by tests: audit at exit, before the __main__ module is cleared. */
    public static volatile boolean enabled;
    /** Mismatches found by the audits since the last {@link #takeReport}. */
    private static final List<String> mismatches = new ArrayList<>();

    public static synchronized List<String> takeReport() {
        List<String> r = new ArrayList<>(mismatches);
        mismatches.clear();
        return r;
    }

    /** Audits the heap at exit; {@code main} is the __main__ module the interpreter holds. */
    static void atExit(PyModule main) {
        Map<PyObject, Long> javaHeld = new IdentityHashMap<>();
        javaHeld.merge(main, 1L, Long::sum);
        javaHeld.merge(Sys.module(), 1L, Long::sum);
        List<String> found = audit(javaHeld);
        synchronized (RefcountAudit.class) {
            mismatches.addAll(found);
        }
    }

    static List<String> audit(Map<PyObject, Long> javaHeld) {
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
            PyObject o = pending.poll();
            boolean[] visitedType = {false};
            o.traverse(referent -> {
                if (referent == o.type) {
                    visitedType[0] = true;
                }
                edge.visit(referent);
            });
            // Every object of a class owns a reference to it (subtype_dealloc releases
            // it), including instances of subclasses of builtin types, whose own
            // traverse does not report it.
            if (!visitedType[0] && o.type != null && o.type.heapType && !(o instanceof dev.heapscope.interpreter.objects.PyType)) {
                edge.visit(o.type);
            }
        }
        List<String> found = new ArrayList<>();
        for (PyObject o : seen.keySet()) {
            if (o.refcnt >= Heap.IMMORTAL_BASE / 2 || o.type == null) {
                continue;
            }
            long expected = incoming.getOrDefault(o, 0L) + javaHeld.getOrDefault(o, 0L);
            if (o.refcnt > expected && mayBeHeldByCompiledCode(o)) {
                continue;
            }
            if (o.refcnt != expected) {
                found.add(describe(o) + ": refcnt " + o.refcnt + ", references found " + expected
                        + (o.refcnt < expected ? " (over-released)" : " (leaked)"));
            }
        }
        return found;
    }

    /**
     * Code objects and constants are also owned by the compiled node trees (a
     * function-making node holds its code, a constant node its value), which no
     * traverse reports; for them only over-releases are detectable.
     */
    private static boolean mayBeHeldByCompiledCode(PyObject o) {
        return o instanceof dev.heapscope.interpreter.compiler.PyCode
                || o.type == Types.INT || o.type == Types.FLOAT || o.type == Types.STR
                || o.type == Types.BYTES || o.type == Types.TUPLE || o.type == Types.FROZENSET;
    }

    private static String describe(PyObject o) {
        String repr;
        try {
            repr = o.type.name;
            if (o instanceof dev.heapscope.interpreter.objects.PyStr s) {
                repr += " " + (s.value.length() > 40 ? s.value.substring(0, 40) + "..." : s.value);
            } else if (o instanceof dev.heapscope.interpreter.objects.PyModule m) {
                repr += " " + m.name;
            }
        } catch (RuntimeException e) {
            repr = "?";
        }
        return "<" + repr + " at 0x" + Long.toHexString(o.address) + ">";
    }
}
