package dev.heapscope.interpreter.memory;

import java.util.Arrays;

/**
 * A map from long keys to long values with open addressing (linear probing
 * and backward-shift deletion), so that lookups and updates allocate no Java
 * objects. {@link #MISSING} is returned for absent keys and may not be stored.
 */
final class LongLongMap {
    static final long MISSING = Long.MIN_VALUE;
    private static final long EMPTY_KEY = Long.MIN_VALUE;

    private long[] keys;
    private long[] values;
    private int size;
    private int mask;

    LongLongMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new long[capacity];
        Arrays.fill(keys, EMPTY_KEY);
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    long get(long key) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY_KEY) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, long value) {
        if (key == EMPTY_KEY || value == MISSING) {
            throw new IllegalArgumentException("reserved key or value");
        }
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == key) {
                values[i] = value;
                return;
            }
            if (k == EMPTY_KEY) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** Removes {@code key} and returns its value, or {@link #MISSING}. */
    long remove(long key) {
        int i = slot(key);
        while (true) {
            long k = keys[i];
            if (k == EMPTY_KEY) {
                return MISSING;
            }
            if (k == key) {
                break;
            }
            i = (i + 1) & mask;
        }
        long removed = values[i];
        // Backward-shift: move later members of the probe run into the hole so
        // that every key stays reachable from its home slot without tombstones.
        int hole = i;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            long k = keys[j];
            if (k == EMPTY_KEY) {
                break;
            }
            int home = slot(k);
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                keys[hole] = k;
                values[hole] = values[j];
                hole = j;
            }
        }
        keys[hole] = EMPTY_KEY;
        size--;
        return removed;
    }

    private int slot(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY_KEY);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY_KEY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
