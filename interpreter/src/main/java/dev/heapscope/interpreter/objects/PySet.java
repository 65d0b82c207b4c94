package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;

/**
 * set and frozenset, laid out as CPython 3.11's open-addressing table: linear probes of
 * up to nine slots, then perturbation; deleted slots keep a dummy; the table grows when
 * it is three fifths full. Iteration order is table order, as in CPython.
 */
public final class PySet extends PyObject {
    private static final int LINEAR_PROBES = 9;
    private static final PyObject DUMMY = new PyObject(null) {
    };

    private PyObject[] keys = new PyObject[ObjectSizes.SET_MINSIZE];
    private long[] hashes = new long[ObjectSizes.SET_MINSIZE];
    private int fill;
    private int used;
    private long tableBlock;
    public long hash = -1;
    /** Bumped on every change. */
    public long version;

    public PySet(PyType type) {
        super(type);
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    public int size() {
        return used;
    }

    public int tableSize() {
        return keys.length;
    }

    /** The key in table slot {@code i}, or null for an empty or deleted slot. */
    public PyObject keyAt(int i) {
        PyObject k = keys[i];
        return k == DUMMY ? null : k;
    }

    public long hashAt(int i) {
        return hashes[i];
    }

    public boolean contains(PyObject key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    public boolean contains(PyObject key, long hash) {
        return find(key, hash) >= 0;
    }

    /** The slot holding {@code key}, or -1. */
    private int find(PyObject key, long hash) {
        int slot = probe(key, hash);
        return slot >= 0 ? slot : -1;
    }

    /**
     * CPython's set probe sequence (linear runs of up to nine slots, then perturbation):
     * the slot holding {@code key} (>= 0), or {@code -(slot + 1)} for the slot an insertion
     * takes: the first deleted slot passed, else the empty slot that ended the search.
     * Restarts when an __eq__ call changed the table.
     */
    private int probe(PyObject key, long hash) {
        restart:
        while (true) {
            int mask = keys.length - 1;
            int i = (int) (hash & mask);
            long perturb = hash;
            int freeSlot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        return -((freeSlot >= 0 ? freeSlot : j) + 1);
                    }
                    if (k == DUMMY) {
                        if (freeSlot < 0) {
                            freeSlot = j;
                        }
                    } else if (hashes[j] == hash) {
                        if (k == key) {
                            return j;
                        }
                        PyObject[] table = keys;
                        Heap.incref(k);
                        boolean eq;
                        try {
                            eq = Ops.eq(k, key);
                        } finally {
                            Heap.decref(k);
                        }
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                        if (eq) {
                            return j;
                        }
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** Adds {@code key} (borrowed); returns whether it was new. */
    public boolean add(PyObject key) {
        return add(key, Ops.hash(key));
    }

    public boolean add(PyObject key, long hash) {
        int found = probe(key, hash);
        if (found >= 0) {
            return false;
        }
        int slot = -found - 1;
        boolean wasEmpty = keys[slot] == null;
        keys[slot] = Heap.incref(key);
        hashes[slot] = hash;
        used++;
        version++;
        if (wasEmpty) {
            fill++;
            if ((long) fill * 5 >= (long) (keys.length - 1) * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
        return true;
    }

    /** Removes {@code key}; returns whether it was present. */
    public boolean discard(PyObject key, long hash) {
        int j = find(key, hash);
        if (j < 0) {
            return false;
        }
        PyObject k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        Heap.decref(k);
        return true;
    }

    /** set.pop(): the first key in table order, as CPython's finger search finds it. */
    public PyObject popFirst() {
        for (int j = 0; j < keys.length; j++) {
            PyObject k = keys[j];
            if (k != null && k != DUMMY) {
                keys[j] = DUMMY;
                hashes[j] = -1;
                used--;
                version++;
                return k;
            }
        }
        return null;
    }

    /**
     * set_merge: adds every key of {@code other}. Into an empty table of the same size
     * without dummies the slots are copied as they are, so the copy iterates in the same
     * order as {@code other}; into an empty table they are inserted cleanly in table order.
     */
    public void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        int mask = keys.length - 1;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
            mask = keys.length - 1;
        }
        if (fill == 0 && keys.length == other.keys.length && other.fill == other.used) {
            for (int i = 0; i < other.keys.length; i++) {
                PyObject k = other.keys[i];
                if (k != null) {
                    keys[i] = Heap.incref(k);
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            version++;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i < other.keys.length; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(Heap.incref(k), other.hashes[i], mask);
                }
            }
            fill = other.used;
            used = other.used;
            version++;
            return;
        }
        for (int i = 0; i < other.keys.length; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[i]);
            }
        }
    }

    /** set_table_resize: the smallest power of two above {@code minUsed}, at least 8, refilled in table order. */
    private void resize(int minUsed) {
        int newSize = (int) ObjectSizes.setResizeTarget(minUsed);
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newSize];
        hashes = new long[newSize];
        int mask = newSize - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            PyObject k = oldKeys[j];
            if (k == null || k == DUMMY) {
                continue;
            }
            insertClean(k, oldHashes[j], mask);
        }
        fill = used;
        Heap.freeBlock(tableBlock);
        tableBlock = newSize > ObjectSizes.SET_MINSIZE ? Heap.allocateBlock(ObjectSizes.setTableRequest(newSize)) : 0;
        version++;
    }

    private void insertClean(PyObject key, long hash, int mask) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @Override
    public void traverse(Visitor visitor) {
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                visitor.visit(k);
            }
        }
    }

    @Override
    public void clear() {
        PyObject[] old = keys;
        keys = new PyObject[ObjectSizes.SET_MINSIZE];
        hashes = new long[ObjectSizes.SET_MINSIZE];
        fill = 0;
        used = 0;
        Heap.freeBlock(tableBlock);
        tableBlock = 0;
        version++;
        for (PyObject k : old) {
            if (k != null && k != DUMMY) {
                Heap.decref(k);
            }
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.SET_OBJECT_REQUEST;
    }

    @Override
    public long sizeOf() {
        return ObjectSizes.setSize(keys.length) - ObjectSizes.GC_HEAD;
    }
}
