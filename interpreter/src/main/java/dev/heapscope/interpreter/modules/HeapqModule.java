package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/**
 * _heapq: the heap operations CPython 3.11 writes in C (Modules/_heapqmodule.c), with the
 * same comparisons in the same order, so heaps end up in exactly CPython's order and
 * {@code __lt__} methods see the same calls. The rest of heapq (merge, nsmallest,
 * nlargest) is Python, in the shipped heapq.py.
 *
 * <p>Invariant of a heap list: {@code items[k] <= items[2k+1]} and {@code items[k] <=
 * items[2k+2]} (by {@code <} only) for every k; a max-heap with the comparison reversed.
 * The sift loops swap the list's own slots, so the list holds every reference it held
 * before at every moment a comparison can run Python code.
 */
final class HeapqModule {
    private HeapqModule() {
    }

    static PyModule create() {
        PyModule m = Importer.newModule("_heapq", null);
        Builtins.function(m.dict, "heappush", (self, args, kw) -> {
            Args.noKeywords("_heapq.heappush", kw);
            Args.range("heappush", args, kw, 2, 2);
            PyList heap = list("heappush", "argument 1", args[0]);
            heap.append(args[1]);
            siftDown(heap, 0, heap.size - 1, false);
            return incref(Types.NONE);
        });
        Builtins.function(m.dict, "heappop", (self, args, kw) -> pop(list("heappop", "argument",
                Args.one("_heapq.heappop", args, kw)), false));
        Builtins.function(m.dict, "_heappop_max", (self, args, kw) -> pop(list("_heappop_max", "argument",
                Args.one("_heapq._heappop_max", args, kw)), true));
        Builtins.function(m.dict, "heapreplace", (self, args, kw) -> {
            Args.noKeywords("_heapq.heapreplace", kw);
            Args.range("heapreplace", args, kw, 2, 2);
            return replace(list("heapreplace", "argument 1", args[0]), args[1], false);
        });
        Builtins.function(m.dict, "_heapreplace_max", (self, args, kw) -> {
            Args.noKeywords("_heapq._heapreplace_max", kw);
            Args.range("_heapreplace_max", args, kw, 2, 2);
            return replace(list("_heapreplace_max", "argument 1", args[0]), args[1], true);
        });
        Builtins.function(m.dict, "heappushpop", (self, args, kw) -> {
            Args.noKeywords("_heapq.heappushpop", kw);
            Args.range("heappushpop", args, kw, 2, 2);
            return pushPop(list("heappushpop", "argument 1", args[0]), args[1]);
        });
        Builtins.function(m.dict, "heapify", (self, args, kw) -> {
            heapify(list("heapify", "argument", Args.one("_heapq.heapify", args, kw)), false);
            return incref(Types.NONE);
        });
        Builtins.function(m.dict, "_heapify_max", (self, args, kw) -> {
            heapify(list("_heapify_max", "argument", Args.one("_heapq._heapify_max", args, kw)), true);
            return incref(Types.NONE);
        });
        return m;
    }

    /** Argument Clinic's check: "heappush() argument 1 must be list, not int". */
    private static PyList list(String fn, String which, PyObject o) {
        if (o instanceof PyList l) {
            return l;
        }
        throw Args.badArgument(fn, which, "list", o);
    }

    /** a < b, both held for the duration as CPython does (a comparison may mutate the list). */
    private static boolean less(PyObject a, PyObject b) {
        incref(a);
        incref(b);
        try {
            return Ops.compareBool(a, b, CompareOp.LT);
        } finally {
            decref(b);
            decref(a);
        }
    }

    /** Whether the item at {@code a} belongs above the one at {@code b}. */
    private static boolean before(PyObject a, PyObject b, boolean max) {
        return max ? less(b, a) : less(a, b);
    }

    /** Moves the item at {@code pos} towards the root until its parent is not after it. */
    private static void siftDown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size;
        if (pos >= size) {
            throw Errors.indexError("index out of range");
        }
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            boolean cmp = before(heap.items[pos], heap.items[parentpos], max);
            if (size != heap.size) {
                throw Errors.runtimeError("list changed size during iteration");
            }
            if (!cmp) {
                break;
            }
            PyObject[] arr = heap.items;
            PyObject parent = arr[parentpos];
            arr[parentpos] = arr[pos];
            arr[pos] = parent;
            pos = parentpos;
        }
    }

    /**
     * Moves the item at {@code pos} down to a leaf along the path of smaller children, then
     * back up into place: fewer comparisons than stopping early (heapq.py explains why).
     */
    private static void siftUp(PyList heap, int pos, boolean max) {
        int endpos = heap.size;
        int startpos = pos;
        if (pos >= endpos) {
            throw Errors.indexError("index out of range");
        }
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                boolean cmp = max ? less(heap.items[childpos + 1], heap.items[childpos])
                        : less(heap.items[childpos], heap.items[childpos + 1]);
                if (!cmp) {
                    childpos++;
                }
                if (endpos != heap.size) {
                    throw Errors.runtimeError("list changed size during iteration");
                }
            }
            PyObject[] arr = heap.items;
            PyObject child = arr[childpos];
            arr[childpos] = arr[pos];
            arr[pos] = child;
            pos = childpos;
        }
        siftDown(heap, startpos, pos, max);
    }

    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size;
        if (n == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject lastelt = heap.items[n - 1];
        heap.items[n - 1] = null;
        heap.setSize(n - 1);
        if (n - 1 == 0) {
            return lastelt;
        }
        PyObject returnitem = heap.items[0];
        heap.items[0] = lastelt;
        try {
            siftUp(heap, 0, max);
        } catch (RuntimeException e) {
            decref(returnitem);
            throw e;
        }
        return returnitem;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size == 0) {
            throw Errors.indexError("index out of range");
        }
        PyObject returnitem = heap.items[0];
        heap.items[0] = incref(item);
        try {
            siftUp(heap, 0, max);
        } catch (RuntimeException e) {
            decref(returnitem);
            throw e;
        }
        return returnitem;
    }

    private static PyObject pushPop(PyList heap, PyObject item) {
        if (heap.size == 0) {
            return incref(item);
        }
        if (!less(heap.items[0], item)) {
            return incref(item);
        }
        if (heap.size == 0) {
            throw Errors.indexError("index out of range");
        }
        return replace(heap, item, false);
    }

    /**
     * Bottom-up heap construction. Above 2500 items CPython sifts each sibling pair's parent
     * as soon as both are heaps (cache_friendly_heapify); that order makes the same
     * comparisons and the same heap, but a comparison with side effects could tell, so it is
     * followed here too.
     */
    private static void heapify(PyList heap, boolean max) {
        int n = heap.size;
        if (n > 2500) {
            int m = n >> 1;
            int leftmost = Integer.highestOneBit(m + 1) - 1;
            int mhalf = m >> 1;
            for (int i = leftmost - 1; i >= mhalf; i--) {
                siftWithParents(heap, i, max);
            }
            for (int i = m - 1; i >= leftmost; i--) {
                siftWithParents(heap, i, max);
            }
            return;
        }
        for (int i = (n >> 1) - 1; i >= 0; i--) {
            siftUp(heap, i, max);
        }
    }

    /** Sifts {@code j}, then while j is odd (a left child) its parent {@code j >> 1}, as cache_friendly_heapify does. */
    private static void siftWithParents(PyList heap, int j, boolean max) {
        while (true) {
            siftUp(heap, j, max);
            if ((j & 1) == 0) {
                break;
            }
            j >>= 1;
        }
    }
}
