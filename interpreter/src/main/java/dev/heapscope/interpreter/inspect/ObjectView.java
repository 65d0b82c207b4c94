package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyMethod;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.text.PyRepr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * How the inspector shows an object: a repr computed in Java from the object's fields,
 * never by calling {@code __repr__}, so that looking at a value allocates nothing and
 * runs no Python code; and the object's children (items, entries, attributes, slots).
 */
public final class ObjectView {
    private ObjectView() {
    }

    /** A child of an object: how it is labelled, the Python expression suffix that reaches it, and the value. */
    public record Child(String name, String accessor, PyObject value) {
    }

    /** The type's name as type(o).__name__ gives it. */
    public static String typeName(PyObject o) {
        return o.type == null ? "?" : o.type.name;
    }

    /** The type's qualified name with its module, as CPython's default repr shows it. */
    public static String qualifiedTypeName(PyType t) {
        String module = moduleOf(t);
        String name = t.qualname != null ? t.qualname : t.name;
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    private static String moduleOf(PyType t) {
        if (!t.heapType || t.dict == null) {
            return null;
        }
        PyObject m = lookupStr(t.dict, "__module__");
        return m instanceof PyStr s ? s.value : null;
    }

    /** d[name] for a str key, found by scanning entries: no hashing, no interning, no allocation. */
    static PyObject lookupStr(PyDict d, String name) {
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) instanceof PyStr s && s.value.equals(name)) {
                return d.valueAt(i);
            }
        }
        return null;
    }

    /** repr(o), shortened past {@code limit} characters, with "..." for containers already being shown. */
    public static String repr(PyObject o, int limit) {
        StringBuilder out = new StringBuilder();
        append(out, o, limit, new IdentityHashMap<>());
        if (out.length() > limit) {
            out.setLength(limit);
            out.append("...");
        }
        return out.toString();
    }

    /**
     * repr(o) in at most {@code width} characters: whole when it fits, otherwise its first
     * {@code width - 3} characters and "...", so that a 39-character repr is never elided.
     */
    public static String shortRepr(PyObject o, int width) {
        StringBuilder out = new StringBuilder();
        append(out, o, width, new IdentityHashMap<>());
        if (out.length() > width) {
            out.setLength(width - 3);
            out.append("...");
        }
        return out.toString();
    }

    private static void append(StringBuilder out, PyObject o, int limit, IdentityHashMap<PyObject, Boolean> active) {
        if (out.length() > limit) {
            return;
        }
        if (o == Types.NONE) {
            out.append("None");
        } else if (o == Types.TRUE) {
            out.append("True");
        } else if (o == Types.FALSE) {
            out.append("False");
        } else if (o == Types.ELLIPSIS) {
            out.append("Ellipsis");
        } else if (o == Types.NOT_IMPLEMENTED) {
            out.append("NotImplemented");
        } else if (o instanceof PyInt i && o.type == Types.INT) {
            out.append(i.big != null ? i.big.toString() : Long.toString(i.value));
        } else if (o instanceof PyFloat f && o.type == Types.FLOAT) {
            out.append(PyRepr.floatRepr(f.value));
        } else if (o instanceof PyStr s && o.type == Types.STR) {
            out.append(PyRepr.str(s.value.length() > limit ? s.value.substring(0, limit) : s.value));
        } else if (o instanceof PyBytes b && o.type == Types.BYTES) {
            out.append(PyRepr.bytes(b.value));
        } else if (o instanceof PyList l && o.type == Types.LIST) {
            sequence(out, "[", l.items, l.size, "]", limit, active, o);
        } else if (o instanceof PyTuple t && o.type == Types.TUPLE) {
            sequence(out, "(", t.items, t.items.length, t.items.length == 1 ? ",)" : ")", limit, active, o);
        } else if (o instanceof PyDict d && o.type == Types.DICT) {
            dict(out, d, limit, active);
        } else if (o instanceof PySet s && (o.type == Types.SET || o.type == Types.FROZENSET)) {
            set(out, s, limit, active);
        } else if (o instanceof PyFunction f) {
            out.append("<function ").append(f.qualname).append(" at ").append(hex(o.address)).append('>');
        } else if (o instanceof PyBuiltinFunction f) {
            out.append("<built-in function ").append(f.name).append('>');
        } else if (o instanceof PyMethod m) {
            out.append("<bound method ").append(m.function instanceof PyFunction f ? f.qualname : "?").append(" of ");
            defaultRepr(out, m.self);
            out.append('>');
        } else if (o instanceof PyType t) {
            out.append("<class '").append(qualifiedTypeName(t)).append("'>");
        } else if (o instanceof PyModule m) {
            out.append("<module '").append(m.name).append("'>");
        } else if (o instanceof PyCode c) {
            out.append("<code object ").append(c.name).append(" at ").append(hex(o.address)).append(", file \"")
                    .append(c.filename).append("\", line ").append(c.firstLineno).append('>');
        } else if (o instanceof PyCell c) {
            out.append("<cell at ").append(hex(o.address)).append(": ");
            if (c.contents == null) {
                out.append("empty>");
            } else {
                out.append(typeName(c.contents)).append(" object at ").append(hex(c.contents.address)).append('>');
            }
        } else if (o instanceof PyBaseException e) {
            out.append(typeName(o)).append('(');
            if (e.args != null) {
                for (int i = 0; i < e.args.items.length; i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    append(out, e.args.items[i], limit, active);
                }
            }
            out.append(')');
        } else {
            defaultRepr(out, o);
        }
    }

    /** object.__repr__: {@code <module.Type object at 0x...>}. */
    private static void defaultRepr(StringBuilder out, PyObject o) {
        out.append('<').append(o.type == null ? "?" : qualifiedTypeName(o.type)).append(" object at ")
                .append(hex(o.address)).append('>');
    }

    private static void sequence(StringBuilder out, String open, PyObject[] items, int n, String close, int limit,
            IdentityHashMap<PyObject, Boolean> active, PyObject self) {
        if (active.containsKey(self)) {
            out.append(open).append("...").append(close.substring(close.length() - 1));
            return;
        }
        active.put(self, Boolean.TRUE);
        out.append(open);
        for (int i = 0; i < n && out.length() <= limit; i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, items[i], limit, active);
        }
        out.append(close);
        active.remove(self);
    }

    private static void dict(StringBuilder out, PyDict d, int limit, IdentityHashMap<PyObject, Boolean> active) {
        if (active.containsKey(d)) {
            out.append("{...}");
            return;
        }
        active.put(d, Boolean.TRUE);
        out.append('{');
        boolean first = true;
        for (int i = 0; i < d.entryLimit() && out.length() <= limit; i++) {
            PyObject k = d.keyAt(i);
            if (k == null) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, k, limit, active);
            out.append(": ");
            append(out, d.valueAt(i), limit, active);
        }
        out.append('}');
        active.remove(d);
    }

    private static void set(StringBuilder out, PySet s, int limit, IdentityHashMap<PyObject, Boolean> active) {
        boolean frozen = s.type == Types.FROZENSET;
        if (s.size() == 0) {
            out.append(frozen ? "frozenset()" : "set()");
            return;
        }
        if (active.containsKey(s)) {
            out.append(frozen ? "frozenset({...})" : "{...}");
            return;
        }
        active.put(s, Boolean.TRUE);
        out.append(frozen ? "frozenset({" : "{");
        boolean first = true;
        for (int i = 0; i < s.tableSize() && out.length() <= limit; i++) {
            PyObject k = s.keyAt(i);
            if (k == null) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, k, limit, active);
        }
        out.append(frozen ? "})" : "}");
        active.remove(s);
    }

    public static String hex(long address) {
        return "0x" + Long.toHexString(address);
    }

    /** How many indexed children (list and tuple items) the object has. */
    public static int indexedCount(PyObject o) {
        if (o instanceof PyList l) {
            return l.size;
        }
        if (o instanceof PyTuple t) {
            return t.items.length;
        }
        return 0;
    }

    /** Items {@code start} to {@code start + count} of a list or tuple. */
    public static List<Child> indexed(PyObject o, int start, int count) {
        List<Child> out = new ArrayList<>();
        PyObject[] items = o instanceof PyList l ? l.items : o instanceof PyTuple t ? t.items : new PyObject[0];
        int n = indexedCount(o);
        for (int i = Math.max(0, start); i < n && i < start + count; i++) {
            if (items[i] != null) {
                out.add(new Child(Integer.toString(i), "[" + i + "]", items[i]));
            }
        }
        return out;
    }

    /** The named children: dict entries, set members, attributes from the instance dict and slots, cell contents. */
    public static List<Child> named(PyObject o) {
        List<Child> out = new ArrayList<>();
        if (o instanceof PyDict d) {
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    String key = repr(k, 80);
                    out.add(new Child(key, "[" + key + "]", d.valueAt(i)));
                }
            }
        } else if (o instanceof PySet s) {
            int n = 0;
            for (int i = 0; i < s.tableSize(); i++) {
                PyObject k = s.keyAt(i);
                if (k != null) {
                    out.add(new Child("<" + n++ + ">", null, k));
                }
            }
        } else if (o instanceof PyBaseException e) {
            if (e.args != null) {
                out.add(new Child("args", ".args", e.args));
            }
            attributes(out, e);
        } else if (o instanceof PyInstance inst) {
            attributes(out, inst);
        } else if (o instanceof PyCell c) {
            if (c.contents != null) {
                out.add(new Child("cell_contents", ".cell_contents", c.contents));
            }
        } else if (o instanceof PyModule m && m.dict != null) {
            dictAttributes(out, m.dict);
        } else if (o instanceof PyType t && t.dict != null) {
            dictAttributes(out, t.dict);
        } else if (o instanceof PyFunction f) {
            if (f.defaults != null && f.defaults.length > 0) {
                for (int i = 0; i < f.defaults.length; i++) {
                    out.add(new Child("__defaults__[" + i + "]", ".__defaults__[" + i + "]", f.defaults[i]));
                }
            }
            if (f.closure != null) {
                for (int i = 0; i < f.closure.length; i++) {
                    out.add(new Child("__closure__[" + i + "]", ".__closure__[" + i + "]", f.closure[i]));
                }
            }
            if (f.dict != null) {
                dictAttributes(out, f.dict);
            }
        } else if (o instanceof PyMethod m) {
            out.add(new Child("__func__", ".__func__", m.function));
            out.add(new Child("__self__", ".__self__", m.self));
        }
        return out;
    }

    private static void attributes(List<Child> out, PyInstance inst) {
        if (inst.type.slotNames != null || inst.slots.length > 0) {
            List<String> names = slotNames(inst.type);
            for (int i = 0; i < inst.slots.length; i++) {
                if (inst.slots[i] != null) {
                    String name = i < names.size() ? names.get(i) : "<slot " + i + ">";
                    out.add(new Child(name, "." + name, inst.slots[i]));
                }
            }
        }
        if (inst.dict != null) {
            dictAttributes(out, inst.dict);
        }
    }

    /** Names of an instance's slots in slot order, base classes' first. */
    static List<String> slotNames(PyType type) {
        List<String> names = new ArrayList<>();
        if (type.mro != null) {
            for (int i = type.mro.length - 1; i >= 0; i--) {
                if (type.mro[i].slotNames != null) {
                    for (String s : type.mro[i].slotNames) {
                        if (!s.equals("__dict__") && !s.equals("__weakref__")) {
                            names.add(s);
                        }
                    }
                }
            }
        }
        return names;
    }

    private static void dictAttributes(List<Child> out, PyDict d) {
        for (int i = 0; i < d.entryLimit(); i++) {
            PyObject k = d.keyAt(i);
            if (k instanceof PyStr s) {
                out.add(new Child(s.value, "." + s.value, d.valueAt(i)));
            }
        }
    }

    /** Whether expanding the object shows anything besides its memory node. */
    public static boolean hasChildren(PyObject o) {
        return indexedCount(o) > 0 || o instanceof PyDict d && d.size() > 0 || o instanceof PySet s && s.size() > 0
                || o instanceof PyInstance i && (i.dict != null && i.dict.size() > 0 || i.slots.length > 0)
                || o instanceof PyCell || o instanceof PyModule || o instanceof PyType || o instanceof PyMethod
                || o instanceof PyFunction || o instanceof PyBaseException;
    }
}
