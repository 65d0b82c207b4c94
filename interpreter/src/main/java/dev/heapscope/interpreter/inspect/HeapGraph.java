package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Collector;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memory model as a textbook draws it, for one pause: the frames with their names,
 * the objects those names reach (breadth first, at most {@code maxDepth} references away,
 * at most {@code maxObjects} in all), the references between them, and the objects
 * that no frame reaches and only the cyclic collector can free. Building it reads
 * fields only: no Python object is allocated and no count or collector field changes.
 */
public final class HeapGraph {
    /** A frame of the stack, innermost first ({@code depth} 0 is where the program stopped), with its names. */
    public record FrameNode(Frame frame, int depth, List<FrameView.Name> names) {
    }

    /** An object of the drawing with its figures as the program would see them. */
    public record ObjectNode(PyObject object, String repr, long refcount, int generation, boolean immortal,
            boolean unreachable, long size) {
    }

    /** A reference: from a frame's name ({@code fromFrame} set) or from an object ({@code fromObject} set). */
    public record Edge(FrameNode fromFrame, PyObject fromObject, PyObject to, String label) {
    }

    /** Longest repr shown on a node, the "..." included. */
    public static final int REPR_LIMIT = 40;

    private final List<FrameNode> frames = new ArrayList<>();
    private final Map<PyObject, ObjectNode> objects = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private boolean truncated;

    private HeapGraph() {
    }

    public List<FrameNode> frames() {
        return frames;
    }

    public Collection<ObjectNode> objects() {
        return objects.values();
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Whether maxDepth or maxObjects left objects out. */
    public boolean truncated() {
        return truncated;
    }

    /**
     * Draws the heap seen from {@code stack} (innermost first). A name's object is one
     * reference away from its frame; its items and attributes two; and so on up to
     * {@code maxDepth}. Objects the collector alone can free are drawn too, one reference
     * away from nothing. {@code inspectorHeld} are references the debugger itself holds
     * (evaluation results kept for the client); they are left out of the counts shown.
     */
    public static HeapGraph build(List<Frame> stack, int maxDepth, int maxObjects,
            Collection<PyObject> inspectorHeld) {
        HeapGraph g = new HeapGraph();
        Map<PyObject, Integer> held = new IdentityHashMap<>();
        for (PyObject o : inspectorHeld) {
            held.merge(o, 1, Integer::sum);
        }
        List<PyObject> unreachableInOrder = unreachable();
        Set<PyObject> unreachable = Collections.newSetFromMap(new IdentityHashMap<>());
        unreachable.addAll(unreachableInOrder);
        Map<PyObject, Integer> depth = new IdentityHashMap<>();
        ArrayDeque<PyObject> queue = new ArrayDeque<>();
        for (int i = 0; i < stack.size(); i++) {
            FrameNode fn = new FrameNode(stack.get(i), i, FrameView.names(stack.get(i)));
            g.frames.add(fn);
            for (FrameView.Name n : fn.names()) {
                if (g.admit(n.value(), 1, maxDepth, maxObjects, depth, queue, held, unreachable)) {
                    g.edges.add(new Edge(fn, null, n.value(), n.name()));
                }
            }
        }
        for (PyObject o : unreachableInOrder) {
            g.admit(o, 1, maxDepth, maxObjects, depth, queue, held, unreachable);
        }
        while (!queue.isEmpty()) {
            PyObject parent = queue.poll();
            int d = depth.get(parent);
            for (ObjectView.Child c : children(parent)) {
                if (c.value() != null && g.admit(c.value(), d + 1, maxDepth, maxObjects, depth, queue, held,
                        unreachable)) {
                    g.edges.add(new Edge(null, parent, c.value(), label(c)));
                }
            }
        }
        return g;
    }

    /** Adds {@code o} at {@code d} unless a limit forbids it; true when it is (or already was) in the graph. */
    private boolean admit(PyObject o, int d, int maxDepth, int maxObjects, Map<PyObject, Integer> depth,
            ArrayDeque<PyObject> queue, Map<PyObject, Integer> held, Set<PyObject> unreachable) {
        if (objects.containsKey(o)) {
            return true;
        }
        if (d > maxDepth || objects.size() >= maxObjects) {
            truncated = true;
            return false;
        }
        MemoryInfo m = MemoryInfo.of(o);
        objects.put(o, new ObjectNode(o, ObjectView.shortRepr(o, REPR_LIMIT), m.refcount() - held.getOrDefault(o, 0),
                m.generation(), m.immortal(), unreachable.contains(o), m.size()));
        depth.put(o, d);
        queue.add(o);
        return true;
    }

    /**
     * What an object points at in the drawing: items, entries, attributes, cell contents,
     * a function's defaults and closure. Modules and builtin types are drawn as leaves:
     * their namespaces would bury the program's own objects.
     */
    private static List<ObjectView.Child> children(PyObject o) {
        if (o instanceof PyModule || o instanceof PyType t && !t.heapType) {
            return List.of();
        }
        List<ObjectView.Child> out = new ArrayList<>(ObjectView.named(o));
        out.addAll(ObjectView.indexed(o, 0, ObjectView.indexedCount(o)));
        return out;
    }

    private static String label(ObjectView.Child c) {
        if (c.name().startsWith("__closure__[")) {
            return "<closure cell>";
        }
        return c.accessor() != null ? c.accessor() : c.name();
    }

    /**
     * The tracked objects that nothing outside the collector's lists refers to, directly
     * or through other objects: what a full collection would find unreachable now. The
     * same deduction as Collector's update_refs / subtract_refs / move_unreachable, but
     * kept in a side table so that the objects' own collector fields stay untouched.
     * While a collection in progress is paused on what it found, its garbage is on the
     * collector's own lists, not on a generation's; it comes first, always unreachable.
     * Then the rest in the order of the collector's lists, youngest generation first.
     */
    public static List<PyObject> unreachable() {
        Collector collector = Heap.collector();
        Map<PyObject, long[]> refs = new IdentityHashMap<>();
        List<PyObject> tracked = new ArrayList<>();
        List<PyObject> pending = collector.pendingGarbage();
        for (PyObject o : pending) {
            refs.put(o, new long[] {o.refcnt});
            tracked.add(o);
        }
        for (int gen = 0; gen <= Collector.PERMANENT; gen++) {
            PyObject head = collector.head(gen);
            for (PyObject o = head.gcNext; o != null && o != head; o = o.gcNext) {
                refs.put(o, new long[] {o.refcnt});
                tracked.add(o);
            }
        }
        for (PyObject o : tracked) {
            o.traverse(child -> {
                long[] r = child == null ? null : refs.get(child);
                if (r != null) {
                    r[0]--;
                }
            });
        }
        Set<PyObject> reachable = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PyObject> garbage = Collections.newSetFromMap(new IdentityHashMap<>());
        garbage.addAll(pending);
        ArrayDeque<PyObject> work = new ArrayDeque<>();
        for (Map.Entry<PyObject, long[]> e : refs.entrySet()) {
            // The collector's verdict stands even when the debugger holds a reference to the garbage.
            if (e.getValue()[0] > 0 && !garbage.contains(e.getKey()) && reachable.add(e.getKey())) {
                work.push(e.getKey());
            }
        }
        while (!work.isEmpty()) {
            work.pop().traverse(child -> {
                if (child != null && refs.containsKey(child) && !garbage.contains(child) && reachable.add(child)) {
                    work.push(child);
                }
            });
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject o : tracked) {
            if (!reachable.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }
}
