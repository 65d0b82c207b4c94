package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.memory.Pymalloc;
import dev.heapscope.interpreter.objects.DictKeysFreeList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import java.util.ArrayList;

/**
 * The heap of the running program: addresses from the simulated pymalloc, reference
 * counting, deallocation, and the collector's generation lists.
 *
 * <p>One program runs per JVM at a time (the interpreter thread, or the generator
 * threads it hands control to, one at a time), so the heap is reached statically:
 * the evaluator's hottest operations, incref and decref, must be plain field updates.
 * {@link #reset} starts a fresh heap for the next program.
 */
public final class Heap {
    private Heap() {
    }

    /** Addresses of objects that CPython allocates statically (types, None, small ints). */
    private static final long STATIC_BASE = 0x5612_3a00_0000L;
    private static long staticNext = STATIC_BASE;

    /** A count far from zero for statically allocated objects, as CPython's are never freed. */
    public static final long IMMORTAL_BASE = 1L << 40;

    /**
     * Every statically allocated object, in order of allocation, and the counts of those
     * that existed when the runtime finished initialising. They outlive runs (a debugger's
     * restart runs the program again in the same JVM), so each run starts them from those
     * counts, and those made during a run from IMMORTAL_BASE, as a fresh process would.
     */
    private static final java.util.ArrayList<PyObject> STATICS = new java.util.ArrayList<>();
    private static long[] staticBaseline = new long[0];

    private static Pymalloc pymalloc = new Pymalloc();
    private static Collector collector = new Collector();
    private static RunOptions options = RunOptions.NONE;

    /** Trashcan: nesting of deallocations in progress and objects whose release was deferred. */
    private static final int TRASHCAN_UNWIND_LEVEL = 50;
    private static int deallocNesting;
    private static final ArrayList<PyObject> trashcan = new ArrayList<>();

    /** CPython 3.11's free lists (Objects/floatobject.c, tupleobject.c, listobject.c, dictobject.c). */
    public static final FreeList FLOATS = FreeList.single(100);
    public static final FreeList TUPLES = FreeList.tuples();
    public static final FreeList LISTS = FreeList.single(80);
    public static final FreeList DICTS = FreeList.dicts(80);

    /** Starts a fresh heap: a new allocator and collector state. Static objects keep their addresses. */
    public static void reset() {
        reset(RunOptions.NONE);
    }

    /** Starts a fresh heap for a run that observes its memory as {@code runOptions} ask. */
    public static void reset(RunOptions runOptions) {
        options = runOptions;
        MemoryReport.begin(runOptions.memoryReport());
        pymalloc = new Pymalloc();
        collector = new Collector();
        deallocNesting = 0;
        freeListsBypassed = false;
        restoreStaticCounts();
        Types.forgetHeapInterned();
        trashcan.clear();
        FLOATS.clear();
        TUPLES.clear();
        LISTS.clear();
        DICTS.clear();
        DictKeysFreeList.clear();
        SubclassDicts.reset();
    }

    /**
     * While set, the per-type free lists neither keep nor hand out blocks: the debugger's
     * own code (watch expressions, conditions) then allocates and frees through pymalloc
     * and PyObject_GC_Del, so it leaves the free lists, and with them generation 0's count
     * and the addresses the program gets next, as the program left them.
     */
    static boolean freeListsBypassed;

    public static boolean freeListsBypassed() {
        return freeListsBypassed;
    }

    /** Sets the bypass and returns what it was, for the caller to restore. */
    public static boolean bypassFreeLists(boolean on) {
        boolean was = freeListsBypassed;
        freeListsBypassed = on;
        // The outermost bypass is also the allocator's window of debugger work.
        if (on && !was) {
            pymalloc.beginDebuggerWork();
        } else if (!on && was) {
            pymalloc.endDebuggerWork();
        }
        return was;
    }

    /** What the running program's run observes (heapscope run's memory flags). */
    public static RunOptions options() {
        return options;
    }

    public static Pymalloc pymalloc() {
        return pymalloc;
    }

    public static Collector collector() {
        return collector;
    }

    /** Records the counts of the static objects made so far: the state every run starts from. */
    public static void markStaticBaseline() {
        staticBaseline = new long[STATICS.size()];
        for (int i = 0; i < staticBaseline.length; i++) {
            staticBaseline[i] = STATICS.get(i).refcnt;
        }
    }

    /** Every static object's count as at the baseline (IMMORTAL_BASE for those made since). */
    private static void restoreStaticCounts() {
        for (int i = 0; i < STATICS.size(); i++) {
            STATICS.get(i).refcnt = i < staticBaseline.length ? staticBaseline[i] : IMMORTAL_BASE;
        }
    }

    /** Whether {@code address} is a static object's (never a block of a run's heap). */
    public static boolean isStaticAddress(long address) {
        return address >= STATIC_BASE && address < staticNext;
    }

    /** Gives a statically allocated object (a builtin type, a singleton) its address. */
    public static <T extends PyObject> T immortal(T object, long size) {
        object.refcnt = IMMORTAL_BASE;
        STATICS.add(object);
        object.address = staticNext + object.preHeader();
        staticNext += (size + object.preHeader() + 15) & ~15L;
        return object;
    }

    /**
     * Gives a new heap object its address and, for container types, tracks it in
     * generation 0 as PyObject_GC_New + PyObject_GC_Track do. May run a collection, as
     * CPython's allocation does, before the new object is tracked (as in _PyObject_GC_Link),
     * so the collection never sees it; it must already be fully initialised.
     */
    public static <T extends PyObject> T allocate(T object) {
        FreeList freeList = object.type.freeList;
        if (freeList != null) {
            PyObject kept = freeList.takeBlock(object);
            if (kept != null) {
                object.address = kept.address;
                reused(object);
                if (object.isGcType()) {
                    collector.track(object);
                }
                return object;
            }
        }
        long block = pymalloc.allocate(object.allocationRequest());
        object.address = block + object.preHeader();
        if (MemoryReport.counting) {
            MemoryReport.allocated(object);
        }
        if (object.isGcType()) {
            collector.countAllocation();
            collector.track(object);
        }
        return object;
    }

    /** Gives a new heap object its address without tracking it yet (lazily tracked dicts, tuples being built). */
    public static <T extends PyObject> T allocateUntracked(T object) {
        FreeList freeList = object.type.freeList;
        if (freeList != null) {
            PyObject kept = freeList.takeBlock(object);
            if (kept != null) {
                object.address = kept.address;
                reused(object);
                return object;
            }
        }
        long block = pymalloc.allocate(object.allocationRequest());
        object.address = block + object.preHeader();
        if (MemoryReport.counting) {
            MemoryReport.allocated(object);
        }
        if (object.countedByCollector()) {
            collector.countAllocation();
        }
        return object;
    }

    /**
     * An object taken from its free list and reinitialised in place (a float): it starts
     * a new life with one reference, untracked, at the address it had. Nothing is
     * allocated and generation 0's count is unchanged, as _Py_NewReference alone does.
     */
    public static <T extends PyObject> T reuse(T object) {
        object.refcnt = 1;
        reused(object);
        return object;
    }

    private static void reused(PyObject object) {
        if (MemoryReport.counting) {
            MemoryReport.allocated(object);
        }
    }

    /** Counts a GC allocation of an object that already has its address (a materialized managed dict). */
    public static void countGcAllocation() {
        collector.countAllocation();
    }

    /** A separate block of {@code nbytes} (an item array, a dict's keys table); returns its address. */
    public static long allocateBlock(long nbytes) {
        return pymalloc.allocate(nbytes);
    }

    public static long reallocateBlock(long address, long nbytes) {
        return address == 0 ? pymalloc.allocate(nbytes) : pymalloc.reallocate(address, nbytes);
    }

    public static void freeBlock(long address) {
        if (address != 0) {
            pymalloc.free(address);
        }
    }

    public static PyObject incref(PyObject object) {
        object.refcnt++;
        return object;
    }

    /** Py_DECREF: releases one reference and deallocates the object when none is left. */
    public static void decref(PyObject object) {
        if (--object.refcnt == 0) {
            deallocate(object);
        }
    }

    public static void xdecref(PyObject object) {
        if (object != null && --object.refcnt == 0) {
            deallocate(object);
        }
    }

    /**
     * Deallocates an object whose count reached zero: its finalizer (which may
     * resurrect it), its weak references (callbacks called), then its references are
     * released and its block freed. Releasing references can deallocate more objects;
     * past a nesting of 50 the release is deferred to the outermost deallocation, as
     * CPython's trashcan does, so deep structures never exhaust the Java stack.
     */
    public static void deallocate(PyObject object) {
        if (object.refcnt != 0) {
            return;
        }
        if (object.type.freeList == FLOATS && FLOATS.keep(object)) {
            // An exact float has no finalizer, weakrefs, references or GC links: it goes
            // straight to its free list (float_dealloc).
            if (MemoryReport.counting) {
                MemoryReport.freed(object, collector.deletingGarbage);
            }
            Tracing.deallocated(object);
            return;
        }
        if (Finalization.hasFinalizer(object) && !object.finalized) {
            if (!Finalization.finalizeFromDealloc(object)) {
                return;
            }
        }
        // Untracked before weakref callbacks run: a collection they trigger must not
        // see an object whose count is zero as garbage (subtype_dealloc's order).
        if (object.gcGeneration >= 0) {
            collector.untrack(object);
        }
        Finalization.clearWeakrefs(object);
        if (deallocNesting >= TRASHCAN_UNWIND_LEVEL) {
            trashcan.add(object);
            return;
        }
        deallocNesting++;
        try {
            destroy(object);
        } finally {
            deallocNesting--;
        }
        if (deallocNesting == 0 && !trashcan.isEmpty()) {
            emptyTrashcan();
        }
    }

    private static void emptyTrashcan() {
        deallocNesting++;
        try {
            while (!trashcan.isEmpty()) {
                destroy(trashcan.remove(trashcan.size() - 1));
            }
        } finally {
            deallocNesting--;
        }
    }

    private static void destroy(PyObject object) {
        if (object.gcGeneration >= 0) {
            collector.untrack(object);
        }
        if (object.type.heapType && !(object instanceof dev.heapscope.interpreter.objects.PyInstance)) {
            SubclassDicts.release(object);
        }
        if (object instanceof dev.heapscope.interpreter.objects.PyStr s && s.interned) {
            Types.uninterned(s);
        }
        object.releaseReferences();
        // subtype_dealloc: every instance of a class defined in Python (of a builtin's
        // subclass too) owns a reference to its class, released last. Classes themselves
        // are excepted: a metaclass is not referenced by its classes here.
        PyType type = object.type;
        if (type.heapType && !(object instanceof PyType)) {
            decref(type);
        }
        FreeList freeList = type.freeList;
        if (freeList != null && freeList.keep(object)) {
            // Kept with its block: neither freed nor uncounted (no PyObject_GC_Del).
            if (MemoryReport.counting) {
                MemoryReport.freed(object, collector.deletingGarbage);
            }
            Tracing.deallocated(object);
            return;
        }
        if (object.countedByCollector()) {
            collector.countDeallocation();
        }
        if (MemoryReport.counting) {
            MemoryReport.freed(object, collector.deletingGarbage);
        }
        long block = object.address - object.preHeader();
        pymalloc.free(block);
        Tracing.deallocated(object);
    }
}
