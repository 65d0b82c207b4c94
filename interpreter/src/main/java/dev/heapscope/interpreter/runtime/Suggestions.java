package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean" of NameError and AttributeError (CPython 3.11's suggestions.c): the
 * closest candidate by a Levenshtein distance where case changes cost less than other
 * edits, within a bound that grows with the lengths.
 */
final class Suggestions {
    private Suggestions() {
    }

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    static String forException(PyBaseException e) {
        if (!(e.name instanceof PyStr name)) {
            return null;
        }
        if (e.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR) && e.obj != null) {
            return closest(name.value, attributeNames(e.obj));
        }
        if (e.type.isSubtypeOf(ExceptionTypes.NAME_ERROR) && !e.type.isSubtypeOf(ExceptionTypes.UNBOUND_LOCAL_ERROR)) {
            Traceback.PyTraceback tb = e.traceback instanceof Traceback.PyTraceback t ? t : null;
            if (tb == null) {
                return null;
            }
            while (tb.next != null) {
                tb = tb.next;
            }
            Frame f = tb.frame.frame;
            List<String> locals = new ArrayList<>();
            for (int i = 0; i < f.code.nslots(); i++) {
                locals.add(f.code.slotNames[i]);
            }
            if (f.locals instanceof PyDict d) {
                locals.addAll(keys(d));
            }
            String s = closest(name.value, locals);
            if (s != null) {
                return s;
            }
            s = closest(name.value, keys(f.globals));
            if (s != null) {
                return s;
            }
            return closest(name.value, keys(f.builtins));
        }
        return null;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) instanceof PyStr s) {
                out.add(s.value);
            }
        }
        return out;
    }

    private static List<String> attributeNames(PyObject obj) {
        List<String> out = new ArrayList<>();
        try {
            PyObject dir = dev.heapscope.interpreter.modules.Builtins.dirOf(obj);
            PyList l = (PyList) dir;
            for (int i = 0; i < l.size; i++) {
                if (l.items[i] instanceof PyStr s) {
                    out.add(s.value);
                }
            }
            Heap.decref(dir);
        } catch (PyException ex) {
            Heap.decref(ex.value);
        }
        return out;
    }

    /** calculate_suggestions: the candidate with the smallest distance within the bound, first one on ties. */
    static String closest(String name, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS || name.length() > MAX_STRING_SIZE) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) {
                continue;
            }
            int maxDistance = (name.length() + item.length() + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(name, item, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    /** levenshtein_distance of suggestions.c, with its early exit past {@code maxCost}. */
    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length()
                && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) {
            post++;
        }
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length()];
        for (int i = 0; i < a.length(); i++) {
            buffer[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < b.length(); bIndex++) {
            char code = b.charAt(bIndex);
            int distance = result = bIndex * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < a.length(); index++) {
                int substitute = distance + substitutionCost(code, a.charAt(index));
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return CASE_COST;
        }
        return MOVE_COST;
    }
}
