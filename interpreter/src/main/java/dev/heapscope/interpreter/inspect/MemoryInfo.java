package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.memory.BlockPlacement;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Collector;
import dev.heapscope.interpreter.runtime.Heap;

/**
 * The memory model's figures for one object, read without side effects.
 *
 * @param id          id(o): the simulated address
 * @param typeName    type(o).__name__
 * @param refcount    ob_refcnt (sys.getrefcount(o) shows one more, for its argument)
 * @param immortal    statically allocated (types, None, small ints): the count is not meaningful
 * @param tracked     gc.is_tracked(o)
 * @param generation  0..2, 3 for the permanent generation, -1 when untracked
 * @param size        sys.getsizeof(o), or -1 when the type defines __sizeof__ in Python
 * @param placement   where the object's block lives in the simulated allocators
 */
public record MemoryInfo(long id, String typeName, long refcount, boolean immortal, boolean tracked,
        int generation, long size, BlockPlacement placement) {

    public static MemoryInfo of(PyObject o) {
        boolean immortal = o.refcnt >= Heap.IMMORTAL_BASE / 2;
        long size = -1;
        PyObject sizeof = lookupSizeof(o);
        if (sizeof == null || sizeof instanceof PyMethodDescr) {
            size = o.sizeOf() + o.preHeader();
        }
        BlockPlacement placement = immortal ? null : Heap.pymalloc().placement(o.address - o.preHeader());
        return new MemoryInfo(o.address, ObjectView.typeName(o), o.refcnt, immortal, o.gcGeneration >= 0,
                o.gcGeneration, size, placement);
    }

    private static PyObject lookupSizeof(PyObject o) {
        if (o.type == null || o.type.mro == null) {
            return null;
        }
        for (var t : o.type.mro) {
            if (t.dict != null) {
                PyObject m = ObjectView.lookupStr(t.dict, "__sizeof__");
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "gen 0", "permanent" or "untracked". */
    public String generationLabel() {
        if (generation < 0) {
            return "untracked";
        }
        return generation == Collector.PERMANENT ? "permanent" : "gen " + generation;
    }

    /** "2", or "static" for objects CPython allocates statically. */
    public String refcountLabel() {
        return immortal ? "static" : Long.toString(refcount);
    }
}
