package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The __dict__ of instances of classes derived from builtins with a layout of their own
 * (class Color(int), class Tag(str), class Stack(list)): CPython puts a dict pointer after
 * the builtin's fields; here a side table keyed by identity holds one owned reference to
 * each such dict, made on the first attribute assignment and released when the instance
 * is deallocated. Instances of classes of plain Python code (PyInstance) keep their own.
 *
 * <p>Invariant: an entry exists only for a live object whose type is a heap type. The
 * collector and the refcount audit see the entry as a reference of its instance
 * ({@link #visit}, the dict part of subtype_traverse), and delete_garbage drops it with
 * the instance's other references ({@link #clear}, subtype_clear), so a cycle through
 * such a dict is collected as CPython collects it.
 */
public final class SubclassDicts {
    private SubclassDicts() {
    }

    /** Static like the rest of the heap: one program per JVM at a time (see Heap). */
    private static final Map<PyObject, PyDict> DICTS = new IdentityHashMap<>();

    /** The instance's dict (borrowed), or null while it has none. */
    public static PyDict get(PyObject o) {
        return DICTS.isEmpty() ? null : DICTS.get(o);
    }

    /** The instance's dict (borrowed), made empty now if it had none. */
    public static PyDict getOrCreate(PyObject o) {
        PyDict d = DICTS.get(o);
        if (d == null) {
            d = Heap.allocateUntracked(new PyDict(Types.DICT));
            DICTS.put(o, d);
        }
        return d;
    }

    /** Replaces the instance's dict by {@code d} (borrowed; the table takes its own reference), or removes it. */
    public static void set(PyObject o, PyDict d) {
        PyDict old = d == null ? DICTS.remove(o) : DICTS.put(o, (PyDict) Heap.incref(d));
        if (old != null) {
            decref(old);
        }
    }

    /** Visits the instance's dict, if it has one in the table (tp_traverse's share of it). */
    static void visit(PyObject o, PyObject.Visitor visitor) {
        if (!DICTS.isEmpty()) {
            PyDict d = DICTS.get(o);
            if (d != null) {
                visitor.visit(d);
            }
        }
    }

    /** tp_clear's share: the instance loses its dict, as subtype_clear clears the dict pointer. */
    static void clear(PyObject o) {
        release(o);
    }

    /** At deallocation: the instance's dict goes with it. */
    static void release(PyObject o) {
        if (DICTS.isEmpty()) {
            return;
        }
        PyDict d = DICTS.remove(o);
        if (d != null) {
            decref(d);
        }
    }

    /** A new program starts: entries left by the previous one are dropped without counting. */
    static void reset() {
        DICTS.clear();
    }
}
