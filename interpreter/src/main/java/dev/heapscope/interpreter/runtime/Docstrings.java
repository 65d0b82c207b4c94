package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings of the builtins, as CPython 3.11 has them (recorded into docstrings.tsv by
 * interpreter/tools/record_docstrings.py): keys are a builtin function's or type's name, or
 * TYPE.ATTRIBUTE for what a builtin type defines itself.
 */
public final class Docstrings {
    private Docstrings() {
    }

    private static Map<String, String> table;

    private static synchronized Map<String, String> table() {
        if (table == null) {
            Map<String, String> t = new HashMap<>();
            try (InputStream in = Docstrings.class.getResourceAsStream("/dev/heapscope/interpreter/docstrings.tsv")) {
                if (in != null) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    String line;
                    while ((line = r.readLine()) != null) {
                        int tab = line.indexOf('\t');
                        if (tab > 0) {
                            t.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            table = t;
        }
        return table;
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The recorded docstring under {@code key}, or null. */
    public static String get(String key) {
        return table().get(key);
    }

    /** A new reference to the docstring of {@code name} defined by {@code owner} or its bases, or None. */
    public static PyObject member(PyType owner, String name) {
        for (PyType t : owner.mro) {
            if (!t.heapType) {
                String doc = get(t.name + "." + name);
                if (doc != null) {
                    return Types.newStr(doc);
                }
            }
        }
        return Heap.incref(Types.NONE);
    }

    /**
     * Gives every builtin type among the builtins its __doc__ (PyType_Ready's tp_doc, or None),
     * so instances find their own type's docstring before object's. The strs are immortal,
     * like the other static data of the builtin types, and outside the simulated heap.
     */
    public static void install(PyDict builtins) {
        for (int i = 0; i < builtins.entryLimit(); i++) {
            PyObject v = builtins.valueAt(i);
            if (v instanceof PyType t && !t.heapType && t.dict.getStr(Names.__doc__) == null) {
                String doc = get(t.name);
                PyObject value = Types.NONE;
                if (doc != null) {
                    PyStr s = new PyStr(Types.STR, doc);
                    value = Heap.immortal(s, s.allocationRequest());
                }
                t.dict.put(Names.__doc__, value);
                t.modified();
            }
        }
    }
}
