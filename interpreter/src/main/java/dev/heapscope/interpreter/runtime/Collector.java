package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.compiler.Generators;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyWeakref;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's cyclic garbage collector (Modules/gcmodule.c): three generations plus
 * the permanent one, each a doubly linked list of tracked objects through their
 * gcPrev/gcNext links.
 *
 * <p>Counts as CPython keeps them: generation 0's count is container allocations minus
 * deallocations since the last collection; an older generation's count is the number of
 * collections of the next younger one since its own last collection.
 *
 * <p>{@link #collectMain} reads as the table of contents of a collection, one method per
 * phase named after CPython's. Between phases every object of the collected generations
 * is on exactly one list: the young generation, the unreachable list, or (after a
 * phase says so) the next older generation.
 */
public final class Collector {
    public static final int NUM_GENERATIONS = 3;
    public static final int PERMANENT = 3;

    public static final int DEBUG_STATS = 1;
    public static final int DEBUG_COLLECTABLE = 2;
    public static final int DEBUG_UNCOLLECTABLE = 4;
    public static final int DEBUG_SAVEALL = 32;

    /** Sentinel heads of the generation lists; index 3 is the permanent generation. */
    final PyObject[] heads = new PyObject[NUM_GENERATIONS + 1];
    final int[] threshold = {700, 10, 10};
    final int[] count = new int[NUM_GENERATIONS];
    boolean enabled = true;
    boolean collecting;
    int debug;

    /** Objects that survived a partial collection into the oldest generation since the last full one. */
    long longLivedPending;
    /** Objects that survived the last full collection. */
    long longLivedTotal;

    /** Per generation: collections, objects collected, objects found uncollectable (gc.get_stats). */
    final long[] statCollections = new long[NUM_GENERATIONS];
    final long[] statCollected = new long[NUM_GENERATIONS];
    final long[] statUncollectable = new long[NUM_GENERATIONS];

    /** True while delete_garbage clears cycles: the deallocations it causes are the collector's. */
    boolean deletingGarbage;

    /**
     * The heads of the unreachable and legacy-finalizer lists of the collection in
     * progress while a tracing listener is told what it found (null otherwise): the
     * objects on them are on no generation list then.
     */
    private PyObject pendingUnreachable;
    private PyObject pendingFinalizers;

    /** gc.garbage and gc.callbacks, owned; null until the gc module creates them. */
    PyList garbage;
    PyList callbacks;

    Collector() {
        for (int g = 0; g < heads.length; g++) {
            heads[g] = newListHead();
        }
    }

    static PyObject newListHead() {
        PyObject head = new Sentinel();
        head.gcPrev = head;
        head.gcNext = head;
        return head;
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
        append(object, heads[0]);
        object.gcGeneration = 0;
    }

    /** PyObject_GC_UnTrack. */
    public void untrack(PyObject object) {
        if (object.gcGeneration < 0) {
            return;
        }
        unlink(object);
        object.gcGeneration = -1;
        object.gcCollecting = false;
        object.gcUnreachable = false;
    }

    /** Links {@code object} (on no list) at the end of the list headed by {@code head}. */
    private static void append(PyObject object, PyObject head) {
        PyObject last = head.gcPrev;
        last.gcNext = object;
        object.gcPrev = last;
        object.gcNext = head;
        head.gcPrev = object;
    }

    static void unlink(PyObject object) {
        object.gcPrev.gcNext = object.gcNext;
        object.gcNext.gcPrev = object.gcPrev;
        object.gcPrev = null;
        object.gcNext = null;
    }

    /** gc_list_move: from whatever list it is on to the end of {@code head}'s. */
    private static void move(PyObject object, PyObject head) {
        unlink(object);
        append(object, head);
    }

    /** gc_list_merge: appends every object of {@code from} to {@code to}, leaving {@code from} empty. */
    private static void merge(PyObject from, PyObject to) {
        if (from.gcNext == from) {
            return;
        }
        PyObject first = from.gcNext;
        PyObject last = from.gcPrev;
        PyObject tail = to.gcPrev;
        tail.gcNext = first;
        first.gcPrev = tail;
        last.gcNext = to;
        to.gcPrev = last;
        from.gcNext = from;
        from.gcPrev = from;
    }

    /** Records the generation number of every object on {@code head}'s list. */
    private static void setGeneration(PyObject head, int generation) {
        for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
            o.gcGeneration = (byte) generation;
        }
    }

    static long size(PyObject head) {
        long n = 0;
        for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
            n++;
        }
        return n;
    }

    /** The objects of generation {@code g} (3: permanent), in list order. */
    public List<PyObject> objects(int generation) {
        List<PyObject> result = new ArrayList<>();
        PyObject head = heads[generation];
        for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
            result.add(o);
        }
        return result;
    }

    /**
     * _PyObject_GC_Link: a container was allocated, before it is tracked. Counts it and
     * collects when generation 0 passes its threshold.
     */
    void countAllocation() {
        count[0]++;
        if (count[0] > threshold[0] && enabled && threshold[0] != 0 && !collecting) {
            collecting = true;
            try {
                collectGenerations();
            } finally {
                collecting = false;
            }
        }
    }

    /** PyObject_GC_Del: a container was deallocated. */
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

    /** gc.set_threshold: only the thresholds given change. */
    public void setThresholds(int[] values) {
        System.arraycopy(values, 0, threshold, 0, Math.min(values.length, NUM_GENERATIONS));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean on) {
        enabled = on;
    }

    public int debugFlags() {
        return debug;
    }

    public void setDebugFlags(int flags) {
        debug = flags;
    }

    public long[][] stats() {
        return new long[][] {statCollections.clone(), statCollected.clone(), statUncollectable.clone()};
    }

    /** Gives the collector gc.garbage and gc.callbacks (the gc module's lists); takes new references. */
    public void attachLists(PyList garbageList, PyList callbackList) {
        if (garbage == null) {
            garbage = (PyList) Heap.incref(garbageList);
            callbacks = (PyList) Heap.incref(callbackList);
        }
    }

    public PyList garbage() {
        return garbage;
    }

    public PyList callbacks() {
        return callbacks;
    }

    /** gc.freeze: every tracked object moves to the permanent generation, ignored by collections. */
    public void freeze() {
        for (int g = 0; g < NUM_GENERATIONS; g++) {
            setGeneration(heads[g], PERMANENT);
            merge(heads[g], heads[PERMANENT]);
            count[0] = 0;
        }
    }

    /** gc.unfreeze: the permanent generation joins the oldest one. */
    public void unfreeze() {
        setGeneration(heads[PERMANENT], NUM_GENERATIONS - 1);
        merge(heads[PERMANENT], heads[NUM_GENERATIONS - 1]);
    }

    public long freezeCount() {
        return size(heads[PERMANENT]);
    }

    /**
     * gc.collect(generation): collects unless a collection is already running; returns
     * the number of unreachable objects found (collected plus uncollectable).
     */
    public long collect(int generation) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            return collectWithCallback(generation);
        } finally {
            collecting = false;
        }
    }

    /**
     * gc_collect_generations: collects the oldest generation whose count exceeds its
     * threshold, except that a full collection waits until the objects that survived
     * partial collections since the last one are at least a quarter of those that
     * survived it (the long-lived-objects rule, which keeps full collections linear).
     */
    void collectGenerations() {
        for (int g = NUM_GENERATIONS - 1; g >= 0; g--) {
            if (count[g] > threshold[g]) {
                if (g == NUM_GENERATIONS - 1 && longLivedPending < longLivedTotal / 4) {
                    continue;
                }
                collectWithCallback(g);
                break;
            }
        }
    }

    /** gc_collect_with_callback: the callbacks see "start", then the collection, then "stop". */
    private long collectWithCallback(int generation) {
        invokeCallbacks("start", generation, 0, 0);
        Tracing.Listener l = Tracing.listener;
        if (l != null) {
            l.gcStart(generation);
        }
        RunOptions options = Heap.options();
        int[] countsBefore = options.traceGc() ? count.clone() : null;
        long started = System.nanoTime();
        long[] result = collectMain(generation);
        if (countsBefore != null) {
            Interpreter.originalStderr().write(GcTrace.line(generation, countsBefore, result[0], result[1],
                    System.nanoTime() - started));
        }
        if (options.audit() != null) {
            options.audit().afterCollection(generation);
        }
        if (l != null) {
            l.gcStop(generation, result[0], result[1]);
        }
        invokeCallbacks("stop", generation, result[0], result[1]);
        return result[0] + result[1];
    }

    private void invokeCallbacks(String phase, int generation, long collected, long uncollectable) {
        if (callbacks == null || callbacks.size == 0) {
            return;
        }
        PyDict info = Heap.allocateUntracked(new PyDict(Types.DICT));
        putInt(info, "generation", generation);
        putInt(info, "collected", collected);
        putInt(info, "uncollectable", uncollectable);
        PyStr phaseName = Types.newStr(phase);
        try {
            for (int i = 0; i < callbacks.size; i++) {
                PyObject cb = Heap.incref(callbacks.items[i]);
                try {
                    Heap.decref(Ops.call(cb, phaseName, info));
                } catch (PyException e) {
                    Finalization.unraisable(e, cb);
                } finally {
                    Heap.decref(cb);
                }
            }
        } finally {
            Heap.decref(phaseName);
            Heap.decref(info);
        }
    }

    private static void putInt(PyDict d, String key, long value) {
        PyStr k = Types.intern(key);
        PyObject v = Types.newInt(value);
        d.put(k, v);
        Heap.decref(k);
        Heap.decref(v);
    }

    /**
     * gc_collect_main: one collection of {@code generation} and every younger one.
     * Returns {collected, uncollectable}.
     */
    long[] collectMain(int generation) {
        long started = System.nanoTime();
        if ((debug & DEBUG_STATS) != 0) {
            stderr("gc: collecting generation " + generation + "...\n");
            showStatsEachGenerations();
        }
        if (generation + 1 < NUM_GENERATIONS) {
            count[generation + 1]++;
        }
        for (int g = 0; g <= generation; g++) {
            count[g] = 0;
        }
        // Only the younger lists need relabelling: every object on a list carries that
        // list's generation, so the collected generation's own objects already do.
        for (int g = 0; g < generation; g++) {
            setGeneration(heads[g], generation);
            merge(heads[g], heads[generation]);
        }
        PyObject young = heads[generation];
        PyObject old = generation < NUM_GENERATIONS - 1 ? heads[generation + 1] : young;

        PyObject unreachable = newListHead();
        // The survivors are counted as the phases go, so no phase walks the list just to count.
        long survivors = deduceUnreachable(young, unreachable);
        survivors -= untrackTuples(young);
        assert survivors == size(young);
        if (young != old) {
            if (generation == NUM_GENERATIONS - 2) {
                longLivedPending += survivors;
            }
            setGeneration(young, generation + 1);
            merge(young, old);
        } else {
            survivors -= untrackDicts(young);
            longLivedPending = 0;
            longLivedTotal = survivors;
        }
        int oldGeneration = Math.min(generation + 1, NUM_GENERATIONS - 1);

        PyObject finalizers = newListHead();
        moveLegacyFinalizers(unreachable, finalizers);
        moveLegacyFinalizerReachable(finalizers);
        if ((debug & DEBUG_COLLECTABLE) != 0) {
            for (PyObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
                debugCycle("collectable", o);
            }
        }
        Tracing.Listener listener = Tracing.listener;
        if (listener != null && (unreachable.gcNext != unreachable || finalizers.gcNext != finalizers)) {
            reportUnreachable(listener, generation, unreachable, finalizers);
        }
        long collected = handleWeakrefs(unreachable, old, oldGeneration);
        finalizeGarbage(unreachable);
        PyObject stillUnreachable = newListHead();
        handleResurrectedObjects(unreachable, stillUnreachable, old, oldGeneration);
        collected += size(stillUnreachable);
        deleteGarbage(stillUnreachable, old, oldGeneration);

        long uncollectable = 0;
        for (PyObject o = finalizers.gcNext; o != finalizers; o = o.gcNext) {
            uncollectable++;
            if ((debug & DEBUG_UNCOLLECTABLE) != 0) {
                debugCycle("uncollectable", o);
            }
        }
        if ((debug & DEBUG_STATS) != 0) {
            double seconds = (System.nanoTime() - started) / 1e9;
            stderr(String.format("gc: done, %d unreachable, %d uncollectable, %.4fs elapsed\n",
                    collected + uncollectable, uncollectable, seconds));
        }
        handleLegacyFinalizers(finalizers, old, oldGeneration);

        statCollections[generation]++;
        statCollected[generation] += collected;
        statUncollectable[generation] += uncollectable;
        return new long[] {collected, uncollectable};
    }

    /**
     * Tells the listener what this collection found, before any weakref callback or
     * finalizer has run: the garbage is still intact and inspectable through
     * {@link #pendingGarbage} until the listener returns.
     */
    private void reportUnreachable(Tracing.Listener listener, int generation, PyObject unreachable,
            PyObject finalizers) {
        pendingUnreachable = unreachable;
        pendingFinalizers = finalizers;
        try {
            listener.gcUnreachable(generation, size(unreachable), size(finalizers));
        } finally {
            pendingUnreachable = null;
            pendingFinalizers = null;
        }
    }

    /**
     * The objects the collection in progress found unreachable, collectable ones first,
     * while a tracing listener is being told about them (empty at any other time). They
     * are on none of the generation lists then.
     */
    public List<PyObject> pendingGarbage() {
        List<PyObject> out = new ArrayList<>();
        for (PyObject head : new PyObject[] {pendingUnreachable, pendingFinalizers}) {
            if (head != null) {
                for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /**
     * deduce_unreachable. After it: {@code young} holds the objects reachable from
     * outside it (their collecting flag cleared), {@code unreachable} the rest, in the
     * order CPython leaves them.
     */
    private static long deduceUnreachable(PyObject young, PyObject unreachable) {
        updateRefs(young);
        subtractRefs(young);
        return moveUnreachable(young, unreachable);
    }

    /** update_refs. After it: every object in {@code young} is collecting and its gcRefs is its refcount. */
    static void updateRefs(PyObject young) {
        for (PyObject o = young.gcNext; o != young; o = o.gcNext) {
            o.gcRefs = o.refcnt;
            o.gcCollecting = true;
            o.gcUnreachable = false;
        }
    }

    /**
     * subtract_refs. After it: each object's gcRefs counts only the references from
     * outside {@code young}; an object with gcRefs 0 is referenced only from inside.
     */
    static void subtractRefs(PyObject young) {
        PyObject.Visitor decref = referent -> {
            if (referent.gcGeneration >= 0 && referent.gcCollecting) {
                referent.gcRefs--;
            }
        };
        for (PyObject o = young.gcNext; o != young; o = o.gcNext) {
            traverse(o, decref);
        }
    }

    /**
     * move_unreachable. Invariant of the walk: every object before the cursor is
     * reachable and no longer collecting; objects after it either still have their
     * outside count or were found reachable (gcRefs set to 1, appended at the end).
     * After it: {@code young} holds only reachable objects, {@code unreachable} the
     * objects that nothing outside the generation reaches, still flagged collecting.
     * Returns how many objects {@code young} holds then: each passes the cursor as
     * reachable exactly once (one moved back from the unreachable list passes it later).
     */
    static long moveUnreachable(PyObject young, PyObject unreachable) {
        PyObject.Visitor visitReachable = referent -> {
            if (referent.gcGeneration < 0 || !referent.gcCollecting) {
                return;
            }
            if (referent.gcUnreachable) {
                move(referent, young);
                referent.gcUnreachable = false;
                referent.gcRefs = 1;
            } else if (referent.gcRefs == 0) {
                referent.gcRefs = 1;
            }
        };
        long reachable = 0;
        PyObject o = young.gcNext;
        while (o != young) {
            PyObject next;
            if (o.gcRefs > 0) {
                traverse(o, visitReachable);
                o.gcCollecting = false;
                reachable++;
                next = o.gcNext;
            } else {
                next = o.gcNext;
                move(o, unreachable);
                o.gcUnreachable = true;
            }
            o = next;
        }
        for (PyObject u = unreachable.gcNext; u != unreachable; u = u.gcNext) {
            u.gcUnreachable = false;
        }
        return reachable;
    }

    /**
     * tp_traverse as the collector sees it: the object's own references and, for an
     * instance of a builtin subclass, its __dict__ kept in {@link SubclassDicts}.
     */
    static void traverse(PyObject o, PyObject.Visitor visitor) {
        o.traverse(visitor);
        if (o.type != null && o.type.heapType && !(o instanceof dev.heapscope.interpreter.objects.PyInstance)) {
            SubclassDicts.visit(o, visitor);
        }
    }

    /**
     * untrack_tuples. After it: no tuple in {@code young} holds only objects that can never
     * be tracked. Returns how many it untracked.
     */
    static long untrackTuples(PyObject young) {
        long untracked = 0;
        PyObject o = young.gcNext;
        while (o != young) {
            PyObject next = o.gcNext;
            if (o instanceof PyTuple t && !holdsTrackable(t)) {
                Heap.collector().untrack(t);
                untracked++;
            }
            o = next;
        }
        return untracked;
    }

    /** untrack_dicts (full collections only). After it: no dict in {@code young} holds only untrackable keys and values. */
    static long untrackDicts(PyObject young) {
        long untracked = 0;
        PyObject o = young.gcNext;
        while (o != young) {
            PyObject next = o.gcNext;
            if (o instanceof PyDict d && d.type == Types.DICT && !holdsTrackable(d)) {
                Heap.collector().untrack(d);
                untracked++;
            }
            o = next;
        }
        return untracked;
    }

    /** Whether a tuple or dict holds anything that may be tracked, with no visitor allocated. */
    private static boolean holdsTrackable(PyTuple tuple) {
        for (PyObject item : tuple.items) {
            if (item != null && mayBeTracked(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsTrackable(PyDict dict) {
        for (int i = 0, n = dict.entryLimit(); i < n; i++) {
            PyObject key = dict.keyAt(i);
            if (key != null && (mayBeTracked(key) || mayBeTracked(dict.valueAt(i)))) {
                return true;
            }
        }
        return false;
    }

    /** _PyObject_GC_MAY_BE_TRACKED: a container other than a tuple, or a tuple still tracked. */
    public static boolean mayBeTracked(PyObject o) {
        if (!o.isGcType()) {
            return false;
        }
        return !(o instanceof PyTuple) || o.gcGeneration >= 0;
    }

    /**
     * move_legacy_finalizers. Legacy finalizers are tp_del slots of extension types; a
     * class's __del__ is a PEP 442 tp_finalize and stays collectable, and Heapscope has
     * no type with tp_del. After it: {@code finalizers} holds the unreachable objects
     * with a legacy finalizer, so it stays empty here, and every object left in
     * {@code unreachable} is collectable.
     */
    static void moveLegacyFinalizers(PyObject unreachable, PyObject finalizers) {
        PyObject o = unreachable.gcNext;
        while (o != unreachable) {
            PyObject next = o.gcNext;
            if (hasLegacyFinalizer(o)) {
                o.gcCollecting = false;
                move(o, finalizers);
            }
            o = next;
        }
    }

    private static boolean hasLegacyFinalizer(PyObject o) {
        return false;
    }

    /**
     * move_legacy_finalizer_reachable. After it: everything reachable from
     * {@code finalizers} has moved there from the unreachable list too.
     */
    static void moveLegacyFinalizerReachable(PyObject finalizers) {
        PyObject.Visitor moveReachable = referent -> {
            if (referent.gcGeneration >= 0 && referent.gcCollecting) {
                referent.gcCollecting = false;
                move(referent, finalizers);
            }
        };
        for (PyObject o = finalizers.gcNext; o != finalizers; o = o.gcNext) {
            o.traverse(moveReachable);
        }
    }

    /**
     * handle_weakrefs. After it: no weakref anywhere refers to an unreachable object;
     * weakrefs that are themselves unreachable are cleared without calling their
     * callbacks; the callbacks of reachable weakrefs to unreachable objects have run (all
     * after every weakref was cleared, so none can resurrect trash), and those weakrefs
     * that survived their callback are in {@code old}. Returns the number of them freed.
     */
    long handleWeakrefs(PyObject unreachable, PyObject old, int oldGeneration) {
        List<PyWeakref> callbacksToCall = new ArrayList<>();
        for (PyObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
            if (o instanceof PyWeakref self) {
                self.unlink();
            }
            PyWeakref w = (PyWeakref) o.weakrefList;
            while (w != null) {
                PyWeakref next = w.next;
                w.unlink();
                if (w.callback != null && !(w.gcGeneration >= 0 && w.gcCollecting)) {
                    Heap.incref(w);
                    callbacksToCall.add(w);
                }
                w = next;
            }
            o.weakrefList = null;
        }
        long freed = 0;
        for (PyWeakref w : callbacksToCall) {
            try {
                Heap.decref(Ops.call(w.callback, w));
            } catch (PyException e) {
                Finalization.unraisable(e, w.callback);
            }
            if (w.refcnt == 1) {
                freed++;
                Heap.decref(w);
            } else {
                Heap.decref(w);
                if (w.gcGeneration >= 0) {
                    move(w, old);
                    w.gcGeneration = (byte) oldGeneration;
                }
            }
        }
        return freed;
    }

    /**
     * finalize_garbage. After it: every unreachable object's __del__ has run once (PEP
     * 442; the object is marked finalized, so it never runs again). Finalizers may have
     * freed or resurrected objects; those freed have left the list.
     */
    static void finalizeGarbage(PyObject collectable) {
        PyObject seen = newListHead();
        while (collectable.gcNext != collectable) {
            PyObject o = collectable.gcNext;
            move(o, seen);
            if (!o.finalized && Finalization.hasFinalizer(o)) {
                Heap.incref(o);
                Finalization.callFinalizer(o);
                Heap.decref(o);
            } else if (!o.finalized && o instanceof Generators.PyGenerator g) {
                // A generator's tp_finalize (_PyGen_Finalize) closes it when it is paused.
                o.finalized = true;
                Heap.incref(o);
                g.finalizeSuspended();
                Heap.decref(o);
            }
        }
        merge(seen, collectable);
    }

    /**
     * handle_resurrected_objects. After it: {@code stillUnreachable} holds the objects
     * that are still garbage after the finalizers ran; those the finalizers made
     * reachable again (and everything they reach) are in {@code old}.
     */
    static void handleResurrectedObjects(PyObject unreachable, PyObject stillUnreachable,
                                         PyObject old, int oldGeneration) {
        for (PyObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
            o.gcCollecting = false;
        }
        deduceUnreachable(unreachable, stillUnreachable);
        setGeneration(unreachable, oldGeneration);
        merge(unreachable, old);
    }

    /**
     * delete_garbage. After it: every object of {@code collectable} has been cleared
     * (tp_clear), so the cycles are broken and reference counting has freed them; with
     * DEBUG_SAVEALL they are appended to gc.garbage instead. Objects that a clear did not
     * free are in {@code old}.
     */
    void deleteGarbage(PyObject collectable, PyObject old, int oldGeneration) {
        deletingGarbage = true;
        try {
            deleteEach(collectable, old, oldGeneration);
        } finally {
            deletingGarbage = false;
        }
    }

    private void deleteEach(PyObject collectable, PyObject old, int oldGeneration) {
        while (collectable.gcNext != collectable) {
            PyObject o = collectable.gcNext;
            if ((debug & DEBUG_SAVEALL) != 0 && garbage != null) {
                garbage.append(o);
            } else {
                Heap.incref(o);
                o.clear();
                if (o.type.heapType && !(o instanceof dev.heapscope.interpreter.objects.PyInstance)) {
                    SubclassDicts.clear(o);
                }
                Heap.decref(o);
            }
            if (collectable.gcNext == o) {
                o.gcCollecting = false;
                move(o, old);
                o.gcGeneration = (byte) oldGeneration;
            }
        }
    }

    /**
     * handle_legacy_finalizers. After it: the uncollectable objects are in gc.garbage
     * (those with a legacy finalizer, or all of them under DEBUG_SAVEALL) and in {@code old}.
     */
    void handleLegacyFinalizers(PyObject finalizers, PyObject old, int oldGeneration) {
        for (PyObject o = finalizers.gcNext; o != finalizers; o = o.gcNext) {
            if (garbage != null && ((debug & DEBUG_SAVEALL) != 0 || hasLegacyFinalizer(o))) {
                garbage.append(o);
            }
        }
        setGeneration(finalizers, oldGeneration);
        merge(finalizers, old);
    }

    private void showStatsEachGenerations() {
        StringBuilder b = new StringBuilder("gc: objects in each generation:");
        for (int g = 0; g < NUM_GENERATIONS; g++) {
            b.append(' ').append(size(heads[g]));
        }
        b.append("\ngc: objects in permanent generation: ").append(size(heads[PERMANENT])).append('\n');
        stderr(b.toString());
    }

    private static void debugCycle(String message, PyObject o) {
        stderr("gc: " + message + " <" + o.type.name + " 0x" + Long.toHexString(o.address) + ">\n");
    }

    private static void stderr(String text) {
        Interpreter.stderr().write(text);
    }

    /** Stands at the ends of a generation list; holds no references and is never freed. */
    private static final class Sentinel extends PyObject {
        Sentinel() {
            super(null);
        }
    }
}
