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

    static PyObject format(String template, PyObject[] args, String[] kwnames) {
        int[] auto = {0};
        return Types.newStr(render(template, args, kwnames, null, auto, 2));
    }

    /** str.format_map(mapping): named fields are looked up with mapping[name], so __missing__ applies. */
    static PyObject formatMap(String template, PyObject mapping) {
        int[] auto = {0};
        return Types.newStr(render(template, new PyObject[0], null, mapping, auto, 2));
    }

    private static String render(String t, PyObject[] args, String[] kwnames, PyObject mapping, int[] auto, int depth) {
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
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && t.charAt(i + 1) == '{') {
                out.append('{');
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
            out.append(field(field, args, kwnames, mapping, auto, depth));
            i = j;
        }
        return out.toString();
    }

    private static String field(String field, PyObject[] args, String[] kwnames, PyObject mapping, int[] auto,
            int depth) {
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
            String expanded = spec.indexOf('{') >= 0 ? render(spec, args, kwnames, mapping, auto, depth - 1) : spec;
            PyStr specStr = Types.newStr(expanded);
            try {
                PyObject r = Formatting.format(value, specStr);
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
