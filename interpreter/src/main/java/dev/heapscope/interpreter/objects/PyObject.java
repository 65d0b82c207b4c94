package dev.heapscope.interpreter.objects;

/**
 * Every Python object: a type, a reference count and an address, as CPython's
 * {@code PyObject} header. The count is exact: each owned reference held by a frame,
 * container, attribute or temporary is one unit, and the object is deallocated by
 * {@link dev.heapscope.interpreter.runtime.Heap#decref} the moment it reaches zero.
 *
 * <p>The protocol methods below are the "C slots" of the object's Java class
 * (tp_repr, tp_hash, tp_iter, ...). Builtin classes override them; instances of classes
 * defined in Python dispatch to dunder methods through {@link PyInstance}. Callers go
 * through {@link dev.heapscope.interpreter.runtime.Ops}, which also handles user
 * subclasses of builtin types. Every method returning a PyObject returns a new reference;
 * arguments are borrowed.
 */
public abstract class PyObject {
    /** ob_refcnt. Objects start with the single reference their creator owns. */
    public long refcnt = 1;
    /** id(): the simulated address of the object's first byte after any pre-header. */
    public long address;
    /** ob_type. Only assignment to {@code __class__} changes it after creation. */
    public PyType type;

    /**
     * The collector's links (PyGC_Head): previous and next object in the list of the
     * generation that tracks this one; both null while untracked. Kept in fields rather
     * than bits of a pointer, as STYLE.md asks.
     */
    public PyObject gcPrev;
    public PyObject gcNext;
    /** gc_refs during a collection: the count minus references from inside the generation. */
    public long gcRefs;
    /** PREV_MASK_COLLECTING: in the generations being collected and not yet proven reachable. */
    public boolean gcCollecting;
    /** NEXT_MASK_UNREACHABLE: on the collector's tentatively unreachable list. */
    public boolean gcUnreachable;
    /** Generation 0..2, 3 for the permanent generation (gc.freeze), -1 while untracked. */
    public byte gcGeneration = -1;
    /** Set once the finalizer (__del__) has run, so PEP 442 calls it at most once. */
    public boolean finalized;
    /** Head of the list of weak references to this object (tp_weaklist); null when there are none. */
    public PyObject weakrefList;

    protected PyObject(PyType type) {
        this.type = type;
    }

    /** Whether the cyclic collector can track this kind of object (it holds references). */
    public boolean isGcType() {
        return false;
    }

    /**
     * Whether allocating and freeing this object count in generation 0 (a GC object's
     * _PyObject_GC_Link and PyObject_GC_Del); decided at allocation and unchanged until freed.
     */
    public boolean countedByCollector() {
        return isGcType();
    }

    /** Calls {@code visitor} on each object this one holds a reference to (tp_traverse). */
    public void traverse(Visitor visitor) {
    }

    /** Drops every reference this object holds (tp_clear), to break cycles. */
    public void clear() {
    }

    /**
     * Releases the references this object holds when it is deallocated; the default is
     * {@link #clear}. Runs once, after any finalizer, before the address is freed.
     */
    public void releaseReferences() {
        clear();
    }

    /** Bytes this object's main block asked the allocator for, pre-headers included. */
    public long allocationRequest() {
        return 16;
    }

    /** Bytes before {@link #address} within the block: GC head, managed-dict pointers. */
    public int preHeader() {
        return isGcType() ? 16 : 0;
    }

    /** sys.getsizeof without the pre-header (the object's __sizeof__). */
    public long sizeOf() {
        return allocationRequest() - preHeader();
    }

    /** Receives references during traversal. */
    @FunctionalInterface
    public interface Visitor {
        void visit(PyObject referent);
    }

    @Override
    public String toString() {
        return "<" + type.name + " object at 0x" + Long.toHexString(address) + ">";
    }
}
