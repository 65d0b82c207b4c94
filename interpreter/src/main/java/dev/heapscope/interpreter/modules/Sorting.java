package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;

import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/**
 * list.sort and sorted(): CPython 3.11's timsort (Objects/listobject.c, listsort.txt),
 * step for step, so that the comparisons a key or an {@code __lt__} sees are the same
 * ones in the same order: natural runs found by count_run, short runs extended by binary
 * insertion to minrun, runs merged by the powersort policy, merges that gallop once one
 * side wins {@code minGallop} times in a row. Only {@code <} is ever asked.
 *
 * <p>While sorting, the list is empty (its items are detached); if the comparisons or
 * the key change it, the sort still finishes on the detached items and then raises
 * "list modified during sort", dropping what was put in meanwhile. An exception in a
 * comparison leaves the items as the interrupted merge had them, a permutation.
 */
public final class Sorting {
    private Sorting() {
    }

    private static final int MIN_GALLOP = 7;

    /** Pending runs: at most 85 for 2**64 items (listsort.txt); far fewer for a Java array. */
    private static final int MAX_MERGE_PENDING = 85;

    public static void sort(PyList list, PyObject key, PyObject reverse, String[] kwnames) {
        if (kwnames != null) {
            if (kwnames.length > 2) {
                throw Errors.typeError("sort() takes at most 2 keyword arguments (" + kwnames.length + " given)");
            }
            Args.onlyKeywords("sort", kwnames, "key", "reverse");
        }
        boolean rev = reverse != null && cInt(reverse) != 0;
        if (key == Types.NONE) {
            key = null;
        }
        PyList.Detached saved = list.detachForSort();
        int n = saved.size();
        PyObject[] items = saved.items();
        PyObject[] keys = null;
        RuntimeException failure = null;
        if (key != null) {
            keys = new PyObject[n];
            for (int i = 0; i < n; i++) {
                try {
                    keys[i] = Ops.call(key, items[i]);
                } catch (RuntimeException e) {
                    for (int j = i - 1; j >= 0; j--) {
                        decref(keys[j]);
                    }
                    list.reattach(saved);
                    throw e;
                }
            }
        }
        try {
            if (rev) {
                if (keys != null) {
                    reverse(keys, 0, n);
                }
                reverse(items, 0, n);
            }
            new MergeState(keys != null ? keys : items, keys != null ? items : null, n).sort();
        } catch (RuntimeException e) {
            failure = e;
        }
        if (keys != null) {
            for (int i = 0; i < n; i++) {
                decref(keys[i]);
            }
        }
        boolean modified = list.modifiedWhileDetached();
        if (rev && n > 1) {
            reverse(items, 0, n);
        }
        list.reattach(saved);
        if (failure != null) {
            throw failure;
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    /** reverse= is converted as a C int (argument clinic's bool(accept={int})). */
    private static int cInt(PyObject o) {
        PyInt i = Ops.index(o);
        try {
            if (i.big != null || i.value != (int) i.value) {
                throw Errors.overflow("Python int too large to convert to C int");
            }
            return (int) i.value;
        } finally {
            decref(i);
        }
    }

    private static void reverse(PyObject[] a, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
        }
    }

    /** ISLT: the one comparison the sort makes. */
    private static boolean lt(PyObject x, PyObject y) {
        return Ops.compareBool(x, y, CompareOp.LT);
    }

    /**
     * The state of one sort (CPython's MergeState): the keys being compared, the values
     * that move with them (null when the keys are the items), the stack of pending runs
     * with their powers, and minGallop, which adapts across merges.
     */
    private static final class MergeState {
        final PyObject[] keys;
        final PyObject[] values;
        final int listlen;
        int minGallop = MIN_GALLOP;
        final int[] runBase = new int[MAX_MERGE_PENDING];
        final int[] runLen = new int[MAX_MERGE_PENDING];
        final int[] runPower = new int[MAX_MERGE_PENDING];
        int pending;
        /** Temporary storage for the shorter run of a merge. */
        PyObject[] tempKeys = new PyObject[0];
        PyObject[] tempValues = new PyObject[0];

        MergeState(PyObject[] keys, PyObject[] values, int n) {
            this.keys = keys;
            this.values = values;
            this.listlen = n;
        }

        void sort() {
            int remaining = listlen;
            if (remaining < 2) {
                return;
            }
            int minrun = computeMinrun(remaining);
            int lo = 0;
            do {
                boolean[] descending = new boolean[1];
                int n = countRun(lo, lo + remaining, descending);
                if (descending[0]) {
                    reverseSlice(lo, lo + n);
                }
                if (n < minrun) {
                    int force = Math.min(remaining, minrun);
                    binarySort(lo, lo + force, lo + n);
                    n = force;
                }
                foundNewRun(n);
                runBase[pending] = lo;
                runLen[pending] = n;
                pending++;
                lo += n;
                remaining -= n;
            } while (remaining > 0);
            forceCollapse();
        }

        static int computeMinrun(int n) {
            int r = 0;
            while (n >= 64) {
                r |= n & 1;
                n >>= 1;
            }
            return n + r;
        }

        void reverseSlice(int lo, int hi) {
            reverse(keys, lo, hi);
            if (values != null) {
                reverse(values, lo, hi);
            }
        }

        /** The length of the run at lo: non-descending, or strictly descending (then reported). */
        int countRun(int lo, int hi, boolean[] descending) {
            lo++;
            if (lo == hi) {
                return 1;
            }
            int n = 2;
            if (lt(keys[lo], keys[lo - 1])) {
                descending[0] = true;
                for (lo = lo + 1; lo < hi; lo++, n++) {
                    if (!lt(keys[lo], keys[lo - 1])) {
                        break;
                    }
                }
            } else {
                for (lo = lo + 1; lo < hi; lo++, n++) {
                    if (lt(keys[lo], keys[lo - 1])) {
                        break;
                    }
                }
            }
            return n;
        }

        /** Binary insertion of [start, hi) into the sorted [lo, start). */
        void binarySort(int lo, int hi, int start) {
            if (lo == start) {
                start++;
            }
            for (; start < hi; start++) {
                int l = lo;
                int r = start;
                PyObject pivot = keys[r];
                do {
                    int p = l + ((r - l) >> 1);
                    if (lt(pivot, keys[p])) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                } while (l < r);
                System.arraycopy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (values != null) {
                    PyObject v = values[start];
                    System.arraycopy(values, l, values, l + 1, start - l);
                    values[l] = v;
                }
            }
        }

        /** Powersort: merge while the run below the top has a greater power than the new boundary. */
        void foundNewRun(int n2) {
            if (pending > 0) {
                int s1 = runBase[pending - 1];
                int n1 = runLen[pending - 1];
                int power = powerloop(s1, n1, n2, listlen);
                while (pending > 1 && runPower[pending - 2] > power) {
                    mergeAt(pending - 2);
                }
                runPower[pending - 1] = power;
            }
        }

        static int powerloop(long s1, long n1, long n2, long n) {
            int result = 0;
            long a = 2 * s1 + n1;
            long b = a + n1 + n2;
            for (;;) {
                result++;
                if (a >= n) {
                    a -= n;
                    b -= n;
                } else if (b >= n) {
                    break;
                }
                a <<= 1;
                b <<= 1;
            }
            return result;
        }

        void forceCollapse() {
            while (pending > 1) {
                int n = pending - 2;
                if (n > 0 && runLen[n - 1] < runLen[n + 1]) {
                    n--;
                }
                mergeAt(n);
            }
        }

        /** Merges runs i and i+1 of the stack. */
        void mergeAt(int i) {
            int baseA = runBase[i];
            int na = runLen[i];
            int baseB = runBase[i + 1];
            int nb = runLen[i + 1];
            runLen[i] = na + nb;
            if (i == pending - 3) {
                runBase[i + 1] = runBase[i + 2];
                runLen[i + 1] = runLen[i + 2];
                runPower[i + 1] = runPower[i + 2];
            }
            pending--;
            // Where b's first element goes in a: what precedes it is already in place.
            int k = gallopRight(keys[baseB], keys, baseA, na, 0);
            baseA += k;
            na -= k;
            if (na == 0) {
                return;
            }
            // Where a's last element goes in b: what follows it is already in place.
            nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
            if (nb <= 0) {
                return;
            }
            if (na <= nb) {
                mergeLo(baseA, na, baseB, nb);
            } else {
                mergeHi(baseA, na, baseB, nb);
            }
        }

        /** The leftmost place for key in the sorted a[base, base+n): a[k-1] < key <= a[k]. */
        static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
            int lastofs = 0;
            int ofs = 1;
            if (lt(a[base + hint], key)) {
                int maxofs = n - hint;
                while (ofs < maxofs) {
                    if (lt(a[base + hint + ofs], key)) {
                        lastofs = ofs;
                        ofs = (ofs << 1) + 1;
                        if (ofs <= 0) {
                            ofs = maxofs;
                        }
                    } else {
                        break;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                lastofs += hint;
                ofs += hint;
            } else {
                int maxofs = hint + 1;
                while (ofs < maxofs) {
                    if (lt(a[base + hint - ofs], key)) {
                        break;
                    }
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                int k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            }
            lastofs++;
            while (lastofs < ofs) {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (lt(a[base + m], key)) {
                    lastofs = m + 1;
                } else {
                    ofs = m;
                }
            }
            return ofs;
        }

        /** The rightmost place for key in the sorted a[base, base+n): a[k-1] <= key < a[k]. */
        static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
            int lastofs = 0;
            int ofs = 1;
            if (lt(key, a[base + hint])) {
                int maxofs = hint + 1;
                while (ofs < maxofs) {
                    if (lt(key, a[base + hint - ofs])) {
                        lastofs = ofs;
                        ofs = (ofs << 1) + 1;
                        if (ofs <= 0) {
                            ofs = maxofs;
                        }
                    } else {
                        break;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                int k = lastofs;
                lastofs = hint - ofs;
                ofs = hint - k;
            } else {
                int maxofs = n - hint;
                while (ofs < maxofs) {
                    if (lt(key, a[base + hint + ofs])) {
                        break;
                    }
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) {
                        ofs = maxofs;
                    }
                }
                if (ofs > maxofs) {
                    ofs = maxofs;
                }
                lastofs += hint;
                ofs += hint;
            }
            lastofs++;
            while (lastofs < ofs) {
                int m = lastofs + ((ofs - lastofs) >> 1);
                if (lt(key, a[base + m])) {
                    ofs = m;
                } else {
                    lastofs = m + 1;
                }
            }
            return ofs;
        }

        void ensureTemp(int need) {
            if (tempKeys.length < need) {
                tempKeys = new PyObject[need];
                if (values != null) {
                    tempValues = new PyObject[need];
                }
            }
        }

        /** Copies n slots of keys (and values) from one array position to another. */
        private void move(PyObject[] fromKeys, PyObject[] fromValues, int from, PyObject[] toKeys,
                PyObject[] toValues, int to, int n) {
            System.arraycopy(fromKeys, from, toKeys, to, n);
            if (values != null) {
                System.arraycopy(fromValues, from, toValues, to, n);
            }
        }

        /**
         * Merges a (at pa, na items) and b (at pb = pa + na, nb items) left to right, with
         * na <= nb: a is copied out, and the merged run is written from pa upwards.
         */
        void mergeLo(int pa, int na, int pb, int nb) {
            ensureTemp(na);
            move(keys, values, pa, tempKeys, tempValues, 0, na);
            int dest = pa;
            int a = 0;
            move(keys, values, pb++, keys, values, dest++, 1);
            nb--;
            try {
                if (nb == 0) {
                    return;
                }
                if (na == 1) {
                    copyBLo(dest, a, pb, nb);
                    na = 0;
                    return;
                }
                int minGallop = this.minGallop;
                outer:
                for (;;) {
                    int acount = 0;
                    int bcount = 0;
                    for (;;) {
                        if (lt(keys[pb], tempKeys[a])) {
                            move(keys, values, pb++, keys, values, dest++, 1);
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 0) {
                                break outer;
                            }
                            if (bcount >= minGallop) {
                                break;
                            }
                        } else {
                            move(tempKeys, tempValues, a++, keys, values, dest++, 1);
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 1) {
                                copyBLo(dest, a, pb, nb);
                                na = 0;
                                return;
                            }
                            if (acount >= minGallop) {
                                break;
                            }
                        }
                    }
                    minGallop++;
                    do {
                        minGallop -= minGallop > 1 ? 1 : 0;
                        this.minGallop = minGallop;
                        int k = gallopRight(keys[pb], tempKeys, a, na, 0);
                        acount = k;
                        if (k > 0) {
                            move(tempKeys, tempValues, a, keys, values, dest, k);
                            dest += k;
                            a += k;
                            na -= k;
                            if (na == 1) {
                                copyBLo(dest, a, pb, nb);
                                na = 0;
                                return;
                            }
                            if (na == 0) {
                                break outer;
                            }
                        }
                        move(keys, values, pb++, keys, values, dest++, 1);
                        nb--;
                        if (nb == 0) {
                            break outer;
                        }
                        k = gallopLeft(tempKeys[a], keys, pb, nb, 0);
                        bcount = k;
                        if (k > 0) {
                            move(keys, values, pb, keys, values, dest, k);
                            dest += k;
                            pb += k;
                            nb -= k;
                            if (nb == 0) {
                                break outer;
                            }
                        }
                        move(tempKeys, tempValues, a++, keys, values, dest++, 1);
                        na--;
                        if (na == 1) {
                            copyBLo(dest, a, pb, nb);
                            na = 0;
                            return;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    minGallop++;
                    this.minGallop = minGallop;
                }
            } finally {
                // Success and failure alike: what is left of a goes back, after the merged part.
                if (na > 0) {
                    move(tempKeys, tempValues, a, keys, values, dest, na);
                }
                java.util.Arrays.fill(tempKeys, null);
                if (values != null) {
                    java.util.Arrays.fill(tempValues, null);
                }
            }
        }

        /** mergeLo's CopyB: the rest of b moves down, then a's last element goes at the end. */
        private void copyBLo(int dest, int a, int pb, int nb) {
            move(keys, values, pb, keys, values, dest, nb);
            move(tempKeys, tempValues, a, keys, values, dest + nb, 1);
        }

        /**
         * Merges a (at pa, na items) and b (at pb = pa + na, nb items) right to left, with
         * na > nb: b is copied out, and the merged run is written from its end downwards.
         */
        void mergeHi(int pa, int na, int pb, int nb) {
            ensureTemp(nb);
            move(keys, values, pb, tempKeys, tempValues, 0, nb);
            int baseA = pa;
            int dest = pb + nb - 1;
            int b = nb - 1;
            int ia = pa + na - 1;
            move(keys, values, ia--, keys, values, dest--, 1);
            na--;
            try {
                if (na == 0) {
                    return;
                }
                if (nb == 1) {
                    copyAHi(dest, ia, na, b);
                    nb = 0;
                    return;
                }
                int minGallop = this.minGallop;
                outer:
                for (;;) {
                    int acount = 0;
                    int bcount = 0;
                    for (;;) {
                        if (lt(tempKeys[b], keys[ia])) {
                            move(keys, values, ia--, keys, values, dest--, 1);
                            acount++;
                            bcount = 0;
                            na--;
                            if (na == 0) {
                                break outer;
                            }
                            if (acount >= minGallop) {
                                break;
                            }
                        } else {
                            move(tempKeys, tempValues, b--, keys, values, dest--, 1);
                            bcount++;
                            acount = 0;
                            nb--;
                            if (nb == 1) {
                                copyAHi(dest, ia, na, b);
                                nb = 0;
                                return;
                            }
                            if (bcount >= minGallop) {
                                break;
                            }
                        }
                    }
                    minGallop++;
                    do {
                        minGallop -= minGallop > 1 ? 1 : 0;
                        this.minGallop = minGallop;
                        int k = gallopRight(tempKeys[b], keys, baseA, na, na - 1);
                        k = na - k;
                        acount = k;
                        if (k > 0) {
                            dest -= k;
                            ia -= k;
                            System.arraycopy(keys, ia + 1, keys, dest + 1, k);
                            if (values != null) {
                                System.arraycopy(values, ia + 1, values, dest + 1, k);
                            }
                            na -= k;
                            if (na == 0) {
                                break outer;
                            }
                        }
                        move(tempKeys, tempValues, b--, keys, values, dest--, 1);
                        nb--;
                        if (nb == 1) {
                            copyAHi(dest, ia, na, b);
                            nb = 0;
                            return;
                        }
                        k = gallopLeft(keys[ia], tempKeys, 0, nb, nb - 1);
                        k = nb - k;
                        bcount = k;
                        if (k > 0) {
                            dest -= k;
                            b -= k;
                            move(tempKeys, tempValues, b + 1, keys, values, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                copyAHi(dest, ia, na, b);
                                nb = 0;
                                return;
                            }
                            if (nb == 0) {
                                break outer;
                            }
                        }
                        move(keys, values, ia--, keys, values, dest--, 1);
                        na--;
                        if (na == 0) {
                            break outer;
                        }
                    } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                    minGallop++;
                    this.minGallop = minGallop;
                }
            } finally {
                // What is left of b goes back, before the merged part: slots dest-(nb-1) .. dest.
                if (nb > 0) {
                    move(tempKeys, tempValues, 0, keys, values, dest - (nb - 1), nb);
                }
                java.util.Arrays.fill(tempKeys, null);
                if (values != null) {
                    java.util.Arrays.fill(tempValues, null);
                }
            }
        }

        /** mergeHi's CopyA: the rest of a moves up, then b's first element goes at the front. */
        private void copyAHi(int dest, int ia, int na, int b) {
            System.arraycopy(keys, ia + 1 - na, keys, dest + 1 - na, na);
            if (values != null) {
                System.arraycopy(values, ia + 1 - na, values, dest + 1 - na, na);
            }
            move(tempKeys, tempValues, b, keys, values, dest - na, 1);
        }
    }
}
