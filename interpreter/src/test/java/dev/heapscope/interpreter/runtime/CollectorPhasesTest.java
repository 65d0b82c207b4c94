package dev.heapscope.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.interpreter.modules.WeakrefModule;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyWeakref;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each phase of the collector on small heaps of lists, against what CPython 3.11's
 * gcmodule.c leaves after the same phase: gc_refs, the collecting and unreachable flags,
 * list membership and order, generations and counts.
 */
class CollectorPhasesTest {
    private Collector collector;

    @BeforeEach
    void freshHeap() {
        Heap.reset();
        collector = Heap.collector();
    }

    private static PyList list() {
        return Heap.allocate(new PyList(Types.LIST));
    }

    /** a -> b with only a held from outside: b's creator reference is dropped. */
    private static PyList[] chain() {
        PyList a = list();
        PyList b = list();
        a.append(b);
        Heap.decref(b);
        return new PyList[] {a, b};
    }

    /** c <-> d with no reference from outside the pair. */
    private static PyList[] unreachableCycle() {
        PyList c = list();
        PyList d = list();
        c.append(d);
        d.append(c);
        Heap.decref(c);
        Heap.decref(d);
        return new PyList[] {c, d};
    }

    private static List<PyObject> members(PyObject head) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
            out.add(o);
        }
        return out;
    }

    @Test
    void updateRefsCopiesEachRefcountAndMarksCollecting() {
        PyList[] ab = chain();
        ab[0].append(ab[1]);
        Collector.updateRefs(collector.heads[0]);
        assertEquals(1, ab[0].gcRefs);
        assertEquals(2, ab[1].gcRefs);
        assertTrue(ab[0].gcCollecting && ab[1].gcCollecting);
        assertFalse(ab[0].gcUnreachable || ab[1].gcUnreachable);
    }

    @Test
    void subtractRefsLeavesOnlyReferencesFromOutside() {
        PyList[] ab = chain();
        PyList[] cd = unreachableCycle();
        PyObject young = collector.heads[0];
        Collector.updateRefs(young);
        Collector.subtractRefs(young);
        assertEquals(1, ab[0].gcRefs, "a is held by its creator");
        assertEquals(0, ab[1].gcRefs, "b is held only by a");
        assertEquals(0, cd[0].gcRefs);
        assertEquals(0, cd[1].gcRefs);
        assertEquals(1, ab[0].refcnt, "refcounts themselves are untouched");
    }

    @Test
    void subtractRefsIgnoresReferencesToObjectsOutsideTheGeneration() {
        PyList held = list();
        collector.untrack(held);
        PyList holder = list();
        holder.append(held);
        Collector.updateRefs(collector.heads[0]);
        Collector.subtractRefs(collector.heads[0]);
        assertEquals(1, holder.gcRefs);
        assertEquals(2, held.refcnt);
    }

    @Test
    void moveUnreachableSeparatesGarbageAndKeepsCPythonsOrder() {
        // b is tracked before a, so the walk meets b (gc_refs 0) first, moves it to the
        // unreachable list, and moves it back behind a when a's traversal reaches it.
        PyList b = list();
        PyList a = list();
        a.append(b);
        Heap.decref(b);
        PyList[] cd = unreachableCycle();
        PyObject young = collector.heads[0];
        PyObject unreachable = Collector.newListHead();
        Collector.updateRefs(young);
        Collector.subtractRefs(young);
        long reachable = Collector.moveUnreachable(young, unreachable);
        assertEquals(2, reachable);
        assertEquals(List.of(a, b), members(young));
        assertEquals(List.of(cd[0], cd[1]), members(unreachable));
        assertFalse(a.gcCollecting || b.gcCollecting, "reachable objects are no longer collecting");
        assertTrue(cd[0].gcCollecting && cd[1].gcCollecting, "garbage stays collecting");
        for (PyObject o : List.of(a, b, cd[0], cd[1])) {
            assertFalse(o.gcUnreachable, "the unreachable flag is cleared when the walk ends");
        }
    }

    @Test
    void untrackTuplesUntracksTuplesOfUntrackableItems() {
        PyTuple ints = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {Types.newInt(1), Types.newInt(2)}));
        PyList inner = list();
        PyTuple holding = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {inner}));
        assertEquals(1, Collector.untrackTuples(collector.heads[0]));
        assertFalse(collector.isTracked(ints));
        assertTrue(collector.isTracked(holding));
        assertTrue(collector.isTracked(inner));
    }

    @Test
    void moveLegacyFinalizersFindsNoTpDelAndMovesNothing() {
        unreachableCycle();
        PyObject young = collector.heads[0];
        PyObject unreachable = Collector.newListHead();
        Collector.updateRefs(young);
        Collector.subtractRefs(young);
        Collector.moveUnreachable(young, unreachable);
        PyObject finalizers = Collector.newListHead();
        Collector.moveLegacyFinalizers(unreachable, finalizers);
        Collector.moveLegacyFinalizerReachable(finalizers);
        assertEquals(0, Collector.size(finalizers));
        assertEquals(2, Collector.size(unreachable));
    }

    @Test
    void handleWeakrefsClearsWeakrefsToGarbage() {
        PyList[] cd = unreachableCycle();
        PyWeakref w = Heap.allocate(new PyWeakref(WeakrefModule.REFERENCE_TYPE, cd[0], null));
        cd[0].weakrefList = w;
        PyObject young = collector.heads[0];
        PyObject unreachable = Collector.newListHead();
        Collector.updateRefs(young);
        Collector.subtractRefs(young);
        Collector.moveUnreachable(young, unreachable);
        assertEquals(List.of(w), members(young), "the weakref is held from outside");
        collector.handleWeakrefs(unreachable, collector.heads[1], 1);
        assertNull(w.referent, "a weakref to garbage is cleared before anything is freed");
        assertNull(cd[0].weakrefList);
        assertEquals(2, Collector.size(unreachable), "clearing weakrefs frees nothing");
    }

    @Test
    void handleResurrectedObjectsFindsTheStillUnreachable() {
        PyList[] cd = unreachableCycle();
        PyObject young = collector.heads[0];
        PyObject unreachable = Collector.newListHead();
        Collector.updateRefs(young);
        Collector.subtractRefs(young);
        Collector.moveUnreachable(young, unreachable);
        // A finalizer resurrected c: something outside now holds it.
        Heap.incref(cd[0]);
        PyObject still = Collector.newListHead();
        Collector.handleResurrectedObjects(unreachable, still, collector.heads[1], 1);
        assertEquals(0, Collector.size(still), "d is reachable from resurrected c");
        assertEquals(List.of(cd[0], cd[1]), members(collector.heads[1]));
        assertEquals(1, cd[0].gcGeneration);
        assertEquals(1, cd[1].gcGeneration);
        Heap.decref(cd[0]);
    }

    @Test
    void deleteGarbageClearsCyclesSoRefcountingFreesThem() {
        unreachableCycle();
        PyList[] ab = chain();
        assertEquals(4, collector.counts()[0]);
        long[] result = collector.collectMain(0);
        assertEquals(2, result[0], "the two lists of the cycle are collected");
        assertEquals(0, result[1]);
        assertEquals(0, collector.counts()[0]);
        assertEquals(1, collector.counts()[1], "a collection of generation 0 counts in generation 1");
        assertEquals(List.of(ab[0], ab[1]), collector.objects(1), "survivors are promoted, in order");
        assertEquals(1, ab[0].gcGeneration);
    }

    @Test
    void survivorsOfAFullCollectionStayInTheOldestGeneration() {
        PyList[] ab = chain();
        collector.collectMain(0);
        collector.collectMain(1);
        assertEquals(List.of(ab[0], ab[1]), collector.objects(2));
        collector.collectMain(2);
        assertEquals(List.of(ab[0], ab[1]), collector.objects(2));
        assertEquals(2, collector.longLivedTotal);
        assertEquals(0, collector.longLivedPending);
        assertEquals(List.of(), collector.objects(0));
    }

    @Test
    void promotionIntoTheMiddleGenerationCountsAsLongLivedPending() {
        chain();
        collector.collectMain(1);
        assertEquals(2, collector.longLivedPending, "survivors of generation 1 enter generation 2");
        assertEquals(2, collector.objects(2).size());
    }
}
