package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/** str.format: replacement fields with auto or explicit numbering, attributes, items, conversions and specs. */
final class StrFormat {
    private StrFormat() {
    }

    static PyObject format(PyStr template, PyObject[] args, String[] kwnames) {
        return result(template, args, kwnames, null);
    }

    /** str.format_map(mapping): named fields are looked up with mapping[name], so __missing__ applies. */
    static PyObject formatMap(PyStr template, PyObject mapping) {
        return result(template, new PyObject[0], null, mapping);
    }

    /**
     * The str the formatting wrote, as CPython's writer hands it back: when exactly one
     * non-empty str was written whole (all the template's text, or one field's str) that
     * object itself, so '{}'.format(s) and s.format() are s; otherwise a str of the text.
     */
    private static PyObject result(PyStr template, PyObject[] args, String[] kwnames, PyObject mapping) {
        if (template.type == Types.STR && template.value.indexOf('{') < 0 && template.value.indexOf('}') < 0) {
            return incref(template);
        }
        Writer w = new Writer();
        try {
            String out = render(template.value, args, kwnames, mapping, new int[] {0}, 2, w);
            if (w.sole != null) {
                return incref(w.sole);
            }
            return Types.newStr(out);
        } finally {
            if (w.sole != null) {
                decref(w.sole);
            }
        }
    }

    /**
     * What the top-level rendering wrote: how many non-empty pieces, and the str object
     * when that object is all it wrote so far (so {@code sole} is set only while
     * {@code pieces} is 1).
     */
    private static final class Writer {
        int pieces;
        PyStr sole;

        /** Text copied out of the template or from a number's formatter: not an object of its own. */
        void text() {
            pieces++;
            dropSole();
        }

        /** A whole str object written (a field's str or __format__ result). */
        void str(PyStr s) {
            if (s.length == 0) {
                return;
            }
            pieces++;
            dropSole();
            if (pieces == 1) {
                sole = (PyStr) incref(s);
            }
        }

        private void dropSole() {
            if (sole != null) {
                decref(sole);
                sole = null;
            }
        }
    }

    private static String render(String t, PyObject[] args, String[] kwnames, PyObject mapping, int[] auto, int depth,
            Writer w) {
        if (depth < 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == '}') {
                if (i + 1 < n && t.charAt(i + 1) == '}') {
                    out.append('}');
                    if (w != null) {
                        w.text();
                    }
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                int k = i;
                while (k < n && t.charAt(k) != '{' && t.charAt(k) != '}') {
                    k++;
                }
                out.append(t, i, k);
                if (w != null) {
                    w.text();
                }
                i = k;
                continue;
            }
            if (i + 1 < n && t.charAt(i + 1) == '{') {
                out.append('{');
                if (w != null) {
                    w.text();
                }
                i += 2;
                continue;
            }
            int level = 1;
            int j = i + 1;
            while (j < n && level > 0) {
                char d = t.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                }
                j++;
            }
            if (level > 0) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            String field = t.substring(i + 1, j - 1);
            out.append(field(field, args, kwnames, mapping, auto, depth, w));
            i = j;
        }
        return out.toString();
    }

    private static String field(String field, PyObject[] args, String[] kwnames, PyObject mapping, int[] auto,
            int depth, Writer w) {
        String spec = "";
        char conversion = 0;
        int colon = -1;
        int bang = -1;
        int bracket = 0;
        for (int k = 0; k < field.length(); k++) {
            char c = field.charAt(k);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
                bang = k;
            } else if (bracket == 0 && c == ':' && colon < 0) {
                colon = k;
                break;
            }
        }
        String name = field;
        if (colon >= 0) {
            spec = field.substring(colon + 1);
            name = field.substring(0, colon);
        }
        if (bang >= 0) {
            String conv = name.substring(bang + 1);
            name = name.substring(0, bang);
            if (conv.length() != 1) {
                throw Errors.valueError(conv.isEmpty() ? "end of string while looking for conversion specifier"
                        : "expected ':' after conversion specifier");
            }
            conversion = conv.charAt(0);
            if ("rsa".indexOf(conversion) < 0) {
                throw Errors.valueError("Unknown conversion specifier " + conversion);
            }
        }
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        PyObject value;
        int npos = Args.positional(args, kwnames);
        if (first.isEmpty()) {
            if (auto[0] < 0) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int index = auto[0]++;
            if (index >= npos) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            value = incref(args[index]);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[0] = -1;
            int index = Integer.parseInt(first);
            if (index >= npos) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            value = incref(args[index]);
        } else if (mapping != null) {
            PyObject key = Types.newStr(first);
            try {
                value = Ops.getitem(mapping, key);
            } finally {
                decref(key);
            }
        } else {
            PyObject v = Args.keyword(args, kwnames, first);
            if (v == null) {
                throw Errors.keyError(Types.newStr(first));
            }
            value = incref(v);
        }
        try {
            int k = end;
            while (k < name.length()) {
                char c = name.charAt(k);
                if (c == '.') {
                    int e = k + 1;
                    while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') {
                        e++;
                    }
                    PyObject next = Ops.getattr(value, Types.intern(name.substring(k + 1, e)));
                    decref(value);
                    value = next;
                    k = e;
                } else if (c == '[') {
                    int e = name.indexOf(']', k);
                    if (e < 0) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    String key = name.substring(k + 1, e);
                    PyObject keyObj = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                            ? Types.newInt(Long.parseLong(key)) : Types.newStr(key);
                    PyObject next;
                    try {
                        next = Ops.getitem(value, keyObj);
                    } finally {
                        decref(keyObj);
                    }
                    decref(value);
                    value = next;
                    k = e + 1;
                } else {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            if (conversion == 'r') {
                PyObject r = Ops.repr(value);
                decref(value);
                value = r;
            } else if (conversion == 's') {
                PyObject r = Ops.str(value);
                decref(value);
                value = r;
            } else if (conversion == 'a') {
                PyObject r = Builtins.ascii(value);
                decref(value);
                value = r;
            }
            String expanded = spec.indexOf('{') >= 0 ? render(spec, args, kwnames, mapping, auto, depth - 1, null) : spec;
            PyStr specStr = Types.newStr(expanded);
            try {
                PyObject r = Formatting.format(value, specStr);
                if (w != null) {
                    // Exact ints, floats and complex numbers are formatted straight into the
                    // writer (render_field); anything else's str is written as an object.
                    if (value.type == Types.INT || value.type == Types.FLOAT || value.type == Types.COMPLEX) {
                        if (((PyStr) r).length > 0) {
                            w.text();
                        }
                    } else {
                        w.str((PyStr) r);
                    }
                }
                String s = ((PyStr) r).value;
                decref(r);
                return s;
            } finally {
                decref(specStr);
            }
        } finally {
            decref(value);
        }
    }

}
