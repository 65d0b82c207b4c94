package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;

/**
 * dict, laid out as CPython 3.11's combined table: an index array probed with CPython's
 * perturbation scheme and a dense, insertion-ordered entry array holding up to two
 * thirds of the index size. Resizes happen where CPython's do, so iteration order,
 * sys.getsizeof and the allocations behind them match.
 *
 * <p>Invariants: {@code used} live entries among the first {@code nentries}; a deleted
 * entry keeps its slot with a null key until the next resize; every live key's index
 * is reachable from its hash's probe sequence. Keys and values are owned references.
 */
public class PyDict extends PyObject {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    /** log2 of the index size; -1 while the dict uses the shared empty keys table. */
    private int log2Size = -1;
    private int[] indices;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    private int nentries;
    private int used;
    private int usable;
    /** Whether every key is an exact str (CPython's unicode-keys table, 16-byte entries). */
    private boolean unicodeKeys = true;
    /** Address of the keys table block; 0 for the shared empty table. */
    private long keysBlock;

    /** ma_keys: the address of the keys table block (0 for the shared empty table). */
    public long keysBlock() {
        return keysBlock;
    }
    /** The keys table is of the minimum size with str keys: freeing it goes to the keys free list. */
    private boolean keysBlockKeepable;
    /**
     * The dict holds an instance's attributes as 3.11's inline values (PyDictValues in the
     * object's managed-dict slot) and is not yet a dict object of its own: the program
     * cannot see it, the collector neither counts nor tracks it, and the owning instance
     * traverses its values. {@link #materialize} turns it into a real dict when
     * {@code __dict__} is asked for, as _PyObject_GetManagedDict does.
     */
    public boolean inlineValues;
    /**
     * The class's shared keys while this is a split dict (an instance's attributes), else
     * null. A split dict's size is that of its values array, as long as the table of the
     * shared keys; it becomes combined on a key the table cannot take.
     */
    public ObjectSizes.SharedKeys splitKeys;
    /** Bumped on every change, so iterators and caches notice mutation. */
    public long version;
    /**
     * Bumped whenever a key is added or removed (not when a value is replaced): an inline
     * cache that saw a key absent stays exact while this is unchanged (dk_version).
     */
    public long keysVersion;

    public PyDict(PyType type) {
        super(type);
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public boolean countedByCollector() {
        return !inlineValues;
    }

    /**
     * make_dict_from_instance_attributes: inline values become a dict object, counted
     * as a GC allocation and tracked when it holds anything trackable.
     */
    public void materialize() {
        if (!inlineValues) {
            return;
        }
        inlineValues = false;
        Heap.countGcAllocation();
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null && (mayBeTracked(keys[i]) || mayBeTracked(values[i]))) {
                Heap.collector().track(this);
                return;
            }
        }
    }

    public int size() {
        return used;
    }

    /** Index just past the last entry slot; iterate entries with {@link #keyAt}/{@link #valueAt}. */
    public int entryLimit() {
        return nentries;
    }

    /** The key of entry slot {@code i}, or null if that entry was deleted. */
    public PyObject keyAt(int i) {
        return keys[i];
    }

    public PyObject valueAt(int i) {
        return values[i];
    }

    public long hashAt(int i) {
        return hashes[i];
    }

    /** What {@link #findStr} returns when a non-str key with the same hash needs the general lookup. */
    private static final int NEEDS_GENERAL_LOOKUP = -2;

    /**
     * Probes for a str key without running Python code: the entry slot of an equal str
     * key, -1 when there is none, or {@link #NEEDS_GENERAL_LOOKUP}.
     */
    private int findStr(PyStr key, long hash) {
        int mask = (1 << log2Size) - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key || (hashes[ix] == hash && k instanceof PyStr s && s.value.equals(key.value))) {
                    return ix;
                }
                if (!unicodeKeys && hashes[ix] == hash && !(k instanceof PyStr)) {
                    return NEEDS_GENERAL_LOOKUP;
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    /**
     * The entry slot holding exactly this str object as its key, or -1 (also when an equal
     * key is another object): what an inline cache remembers, to find the entry again with
     * {@link #valueIfKeyAt} without probing.
     */
    public int entryOf(PyStr key) {
        if (used == 0) {
            return -1;
        }
        int ix = findStr(key, key.hash());
        return ix >= 0 && keys[ix] == key ? ix : -1;
    }

    /** The value of entry slot {@code ix} (borrowed) when that slot's key is {@code key} itself, else null. */
    public PyObject valueIfKeyAt(int ix, PyStr key) {
        PyObject[] k = keys;
        return k != null && ix >= 0 && ix < nentries && k[ix] == key ? values[ix] : null;
    }

    /**
     * d[key] = value (value borrowed) when entry slot {@code ix} holds {@code key} itself,
     * exactly as {@link #putOwned} replaces an existing key's value; false, with nothing
     * changed, otherwise. What an attribute store's inline cache uses.
     */
    public boolean replaceIfKeyAt(int ix, PyStr key, PyObject value) {
        PyObject[] k = keys;
        if (k == null || ix < 0 || ix >= nentries || k[ix] != key) {
            return false;
        }
        if (gcGeneration < 0 && !inlineValues && mayBeTracked(value)) {
            Heap.collector().track(this);
        }
        value.refcnt++;
        PyObject old = values[ix];
        values[ix] = value;
        version++;
        Heap.decref(old);
        return true;
    }

    /** The value for a str key (borrowed), or null. Never runs Python code. */
    public PyObject getStr(PyStr key) {
        if (used == 0) {
            return null;
        }
        long hash = key.hash();
        int ix = findStr(key, hash);
        if (ix >= 0) {
            return values[ix];
        }
        return ix == NEEDS_GENERAL_LOOKUP ? getGeneral(key, hash) : null;
    }

    /** The value for {@code key} (borrowed), or null; may run __eq__ and __hash__. */
    public PyObject get(PyObject key) {
        if (key instanceof PyStr s && s.type == dev.heapscope.interpreter.runtime.Types.STR) {
            return getStr(s);
        }
        return getGeneral(key, Ops.hash(key));
    }

    public PyObject get(PyObject key, long hash) {
        return getGeneral(key, hash);
    }

    private PyObject getGeneral(PyObject key, long hash) {
        int ix = lookup(key, hash);
        return ix >= 0 ? values[ix] : null;
    }

    /** Entry index of {@code key}, or -1. */
    private int lookup(PyObject key, long hash) {
        if (used == 0) {
            return -1;
        }
        int mask = (1 << log2Size) - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key) {
                    return ix;
                }
                if (hashes[ix] == hash) {
                    long version0 = version;
                    PyObject[] keys0 = keys;
                    Heap.incref(k);
                    boolean equal;
                    try {
                        equal = Ops.eq(k, key);
                    } finally {
                        Heap.decref(k);
                    }
                    if (keys0 != keys || version0 != version) {
                        return lookup(key, hash);
                    }
                    if (equal) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
    }

    /** Index slot of entry {@code ix} whose hash is {@code hash}. */
    private int slotOf(int ix, long hash) {
        int mask = (1 << log2Size) - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (indices[i] != ix) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        return i;
    }

    /** d[key] = value. Borrows both: the dict takes new references of its own. */
    public void put(PyObject key, PyObject value) {
        put(key, Ops.hash(key), value);
    }

    public void put(PyObject key, long hash, PyObject value) {
        Heap.incref(key);
        Heap.incref(value);
        putOwned(key, hash, value);
    }

    /** d[key] = value, taking over the caller's references to both. */
    public void putOwned(PyObject key, long hash, PyObject value) {
        if (gcGeneration < 0 && !inlineValues && (mayBeTracked(key) || mayBeTracked(value))) {
            Heap.collector().track(this);
        }
        if (unicodeKeys && !(key instanceof PyStr && key.type == dev.heapscope.interpreter.runtime.Types.STR)
                && log2Size >= 0) {
            unicodeKeys = false;
            splitKeys = null;
            resize(ObjectSizes.dictGrowthLog2(used));
        }
        if (!(key instanceof PyStr && key.type == dev.heapscope.interpreter.runtime.Types.STR)) {
            unicodeKeys = false;
        }
        int ix = lookup(key, hash);
        if (ix >= 0) {
            PyObject old = values[ix];
            values[ix] = value;
            version++;
            Heap.decref(key);
            Heap.decref(old);
            return;
        }
        if (splitKeys != null && !(unicodeKeys && splitKeys.addName(((PyStr) key).value))) {
            // insertion_resize: the dict becomes combined, with room for three times its items.
            splitKeys = null;
            if (log2Size >= 0) {
                resize(ObjectSizes.dictGrowthLog2(used));
            }
        }
        if (log2Size < 0) {
            resize(ObjectSizes.DICT_LOG2_MINSIZE);
        } else if (usable <= 0) {
            resize(ObjectSizes.dictGrowthLog2(used));
        }
        int mask = (1 << log2Size) - 1;
        int i = (int) hash & mask;
        long perturb = hash;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        ix = nentries++;
        keysVersion++;
        indices[i] = ix;
        hashes[ix] = hash;
        keys[ix] = key;
        values[ix] = value;
        used++;
        usable--;
        version++;
    }

    /** Whether CPython's _PyObject_GC_MAY_BE_TRACKED holds: a container, or a tracked tuple. */
    static boolean mayBeTracked(PyObject o) {
        if (!o.isGcType()) {
            return false;
        }
        return !(o instanceof PyTuple) || o.gcGeneration >= 0;
    }

    /** Removes {@code key}; returns the removed value (a reference the caller now owns) or null. */
    public PyObject pop(PyObject key) {
        return pop(key, Ops.hash(key));
    }

    public PyObject pop(PyObject key, long hash) {
        int ix = lookup(key, hash);
        if (ix < 0) {
            return null;
        }
        indices[slotOf(ix, hash)] = DUMMY;
        PyObject k = keys[ix];
        PyObject v = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        keysVersion++;
        Heap.decref(k);
        return v;
    }

    /** Removes every entry (dict.clear), releasing keys and values in entry order. */
    @Override
    public void clear() {
        splitKeys = null;
        if (log2Size < 0) {
            return;
        }
        PyObject[] oldKeys = keys;
        PyObject[] oldValues = values;
        int n = nentries;
        freeKeysBlock();
        keysVersion++;
        log2Size = -1;
        indices = null;
        hashes = null;
        keys = null;
        values = null;
        nentries = 0;
        used = 0;
        usable = 0;
        unicodeKeys = true;
        version++;
        for (int i = 0; i < n; i++) {
            if (oldKeys[i] != null) {
                Heap.decref(oldKeys[i]);
                Heap.decref(oldValues[i]);
            }
        }
    }

    @Override
    /**
     * dict_traverse: a table of str keys visits only the values (exact str keys hold no
     * references); any other table visits each value, then its key.
     */
    public void traverse(Visitor visitor) {
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                visitor.visit(values[i]);
                if (!unicodeKeys) {
                    visitor.visit(keys[i]);
                }
            }
        }
    }

    /** Rebuilds the table with 2**newLog2 index slots, dropping deleted entries. */
    private void resize(int newLog2) {
        int size = 1 << newLog2;
        int cap = (int) ObjectSizes.dictUsable(size);
        int[] newIndices = new int[size];
        java.util.Arrays.fill(newIndices, EMPTY);
        long[] newHashes = new long[cap];
        PyObject[] newKeys = new PyObject[cap];
        PyObject[] newValues = new PyObject[cap];
        int mask = size - 1;
        int n = 0;
        for (int j = 0; j < nentries; j++) {
            if (keys[j] == null) {
                continue;
            }
            long hash = hashes[j];
            int i = (int) hash & mask;
            long perturb = hash;
            while (newIndices[i] != EMPTY) {
                perturb >>>= 5;
                i = (int) (i * 5L + perturb + 1) & mask;
            }
            newIndices[i] = n;
            newHashes[n] = hash;
            newKeys[n] = keys[j];
            newValues[n] = values[j];
            n++;
        }
        freeKeysBlock();
        // new_keys_object: a minimum-size table of str keys comes from the keys free list.
        keysBlockKeepable = newLog2 == ObjectSizes.DICT_LOG2_MINSIZE && unicodeKeys && splitKeys == null
                && !inlineValues;
        long kept = keysBlockKeepable ? DictKeysFreeList.take() : 0;
        keysBlock = kept != 0 ? kept : Heap.allocateBlock(ObjectSizes.dictKeysSize(newLog2, unicodeKeys));
        log2Size = newLog2;
        indices = newIndices;
        hashes = newHashes;
        keys = newKeys;
        values = newValues;
        nentries = n;
        usable = cap - n;
        version++;
    }

    /** free_keys_object: a keepable table goes to the keys free list while it has room. */
    private void freeKeysBlock() {
        if (keysBlock != 0 && !(keysBlockKeepable && DictKeysFreeList.keep(keysBlock))) {
            Heap.freeBlock(keysBlock);
        }
        keysBlock = 0;
        keysBlockKeepable = false;
    }

    /** Makes room for {@code n} items at once, as dict displays presize their table. */
    public void presize(int n) {
        int log2 = ObjectSizes.dictPresizeLog2(n);
        if (log2 > 0 && log2Size < 0) {
            resize(log2);
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.DICT_OBJECT_REQUEST;
    }

    @Override
    public long sizeOf() {
        if (splitKeys != null) {
            // _PyDict_SizeOf: the values array, sized from the shared keys as they are now;
            // the keys table itself is the class's.
            return ObjectSizes.splitDictSize(splitKeys.valuesSize()) - ObjectSizes.GC_HEAD;
        }
        return ObjectSizes.dictSize(log2Size, unicodeKeys) - ObjectSizes.GC_HEAD;
    }
}
