package dev.heapscope.interpreter.compiler;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyComplex;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How CPython's compiler tells constants apart (_PyCode_ConstantKey) and which of them it
 * interns (intern_string_constants).
 */
final class ConstantKeys {
    private ConstantKeys() {
    }

    /**
     * Equal keys exactly when CPython's constant cache makes two constants one object: the
     * same type and an equal value, where floats and complex numbers compare by their bits
     * (0.0 and -0.0 stay apart) and tuples and frozensets by the keys of their items.
     */
    static String key(PyObject o) {
        StringBuilder b = new StringBuilder();
        append(b, o);
        return b.toString();
    }

    private static void append(StringBuilder b, PyObject o) {
        if (o == Types.NONE) {
            b.append('N');
        } else if (o == Types.ELLIPSIS) {
            b.append('E');
        } else if (o instanceof PyInt i) {
            b.append(o.type == Types.BOOL ? 'B' : 'i').append(i).append(';');
        } else if (o instanceof PyFloat f) {
            b.append('f').append(Double.doubleToRawLongBits(f.value)).append(';');
        } else if (o instanceof PyComplex c) {
            b.append('c').append(Double.doubleToRawLongBits(c.real)).append(',')
                    .append(Double.doubleToRawLongBits(c.imag)).append(';');
        } else if (o instanceof PyStr s) {
            b.append('s').append(s.value.length()).append(':').append(s.value);
        } else if (o instanceof PyBytes y) {
            b.append('y').append(y.value.length).append(':');
            for (byte x : y.value) {
                b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
            }
        } else if (o instanceof PyTuple t) {
            b.append('t').append(t.items.length).append('(');
            for (PyObject item : t.items) {
                append(b, item);
            }
            b.append(')');
        } else if (o instanceof PySet s && o.type == Types.FROZENSET) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < s.tableSize(); i++) {
                PyObject k = s.keyAt(i);
                if (k != null) {
                    keys.add(key(k));
                }
            }
            Collections.sort(keys);
            b.append('F').append(keys.size()).append('(');
            keys.forEach(b::append);
            b.append(')');
        } else {
            // Only the kinds above are constants; anything else is only ever equal to itself.
            b.append('@').append(o.type.name).append(System.identityHashCode(o)).append(';');
        }
    }

    /**
     * The object a code object keeps for constant {@code o} (a new reference): a str of
     * name characters only is interned in place (it becomes the interned str unless one
     * exists), also inside tuples, which are changed in place.
     */
    static PyObject interned(PyObject o) {
        if (o instanceof PyStr s && o.type == Types.STR && !s.interned && allNameChars(s.value)) {
            return Types.intern(s);
        }
        if (o instanceof PyTuple t) {
            for (int i = 0; i < t.items.length; i++) {
                PyObject item = t.items[i];
                if (item instanceof PyStr || item instanceof PyTuple) {
                    PyObject v = interned(item);
                    t.items[i] = v;
                    Heap.decref(item);
                }
            }
        }
        return Heap.incref(o);
    }

    /** all_name_chars: ASCII letters, digits and underscores only (the empty string qualifies). */
    static boolean allNameChars(String text) {
        return PyStr.allNameChars(text);
    }
}
