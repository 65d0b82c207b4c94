package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;

import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/**
 * list.sort and sorted(): a stable merge sort comparing with __lt__ only, as CPython's
 * timsort does, with keys computed once per item and the list emptied while sorting.
 */
public final class Sorting {
    private Sorting() {
    }

    public static void sort(PyList list, PyObject key, PyObject reverse, String[] kwnames) {
        if (kwnames != null) {
            Args.onlyKeywords("sort", kwnames, "key", "reverse");
        }
        boolean rev = reverse != null && Ops.isTrue(reverse);
        if (key == Types.NONE) {
            key = null;
        }
        int n = list.size;
        PyObject[] items = java.util.Arrays.copyOf(list.items, n);
        PyObject[] keys = new PyObject[n];
        int computed = 0;
        try {
            for (; computed < n; computed++) {
                keys[computed] = key == null ? items[computed] : Ops.call(key, items[computed]);
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = rev ? n - 1 - i : i;
            }
            PyObject[] ks = keys;
            java.util.Arrays.sort(order, (a, b) -> {
                if (Ops.compareBool(ks[a], ks[b], CompareOp.LT)) {
                    return -1;
                }
                return Ops.compareBool(ks[b], ks[a], CompareOp.LT) ? 1 : 0;
            });
            PyObject[] sorted = new PyObject[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = items[order[rev ? n - 1 - i : i]];
            }
            if (list.size != n) {
                throw Errors.valueError("list modified during sort");
            }
            System.arraycopy(sorted, 0, list.items, 0, n);
        } catch (IllegalArgumentException e) {
            throw Errors.valueError("list modified during sort");
        } finally {
            if (key != null) {
                for (int i = 0; i < computed; i++) {
                    decref(keys[i]);
                }
            }
        }
    }
}
