package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyMethod;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Frame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completions for the debug console: the names a paused frame can see (its locals, the
 * enclosing functions' variables, globals, builtins), or after a dot the attributes
 * {@code dir()} would list for the object the dotted names before it reach. Everything is
 * read from namespace dicts and type dicts: no Python code runs (no {@code __dir__}, no
 * {@code __getattr__}, no property), so completing changes no count and no address.
 */
public final class Completions {
    private Completions() {
    }

    /** What a candidate names, for the client's icon. */
    public enum Kind { VARIABLE, FUNCTION, CLASS, MODULE, ATTRIBUTE, METHOD, KEYWORD }

    /** One completion: the whole name and what it is. */
    public record Candidate(String name, Kind kind) {
    }

    /** What is being completed: the partial name before the cursor, where it starts, and the candidates. */
    public record Result(int start, String partial, List<Candidate> candidates) {
    }

    /** CPython 3.11's keyword.kwlist. */
    private static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    /**
     * The candidates for the text of one line up to the cursor ({@code cursor} characters
     * of it), seen from frame {@code f}. After {@code a.b.}, the attributes of what
     * {@code a.b} is; otherwise the frame's names and the keywords. Candidates start with
     * the partial name, in dir()'s order (sorted), names starting with an underscore only
     * when the partial name does.
     */
    public static Result at(Frame f, String line, int cursor) {
        int end = Math.max(0, Math.min(cursor, line.length()));
        int start = end;
        while (start > 0 && isNameChar(line.charAt(start - 1))) {
            start--;
        }
        String partial = line.substring(start, end);
        Map<String, Kind> names = new LinkedHashMap<>();
        if (start > 0 && line.charAt(start - 1) == '.') {
            PyObject target = dotted(f, line, start - 1);
            if (target != null) {
                attributes(target, names);
            }
        } else if (start == 0 || !Character.isDigit(partial.isEmpty() ? 'x' : partial.charAt(0))) {
            for (FrameView.Binding b : FrameView.locals(f)) {
                names.putIfAbsent(b.name(), kindOf(b.value(), Kind.VARIABLE));
            }
            for (FrameView.Binding b : FrameView.enclosing(f)) {
                names.putIfAbsent(b.name(), kindOf(b.value(), Kind.VARIABLE));
            }
            for (FrameView.Binding b : FrameView.namespace(f.globals)) {
                names.putIfAbsent(b.name(), kindOf(b.value(), Kind.VARIABLE));
            }
            for (FrameView.Binding b : FrameView.namespace(f.builtins)) {
                names.putIfAbsent(b.name(), kindOf(b.value(), Kind.VARIABLE));
            }
            for (String k : KEYWORDS) {
                names.putIfAbsent(k, Kind.KEYWORD);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<String, Kind> e : names.entrySet()) {
            String n = e.getKey();
            if (n.startsWith(partial) && (partial.startsWith("_") || !n.startsWith("_"))) {
                out.add(new Candidate(n, e.getValue()));
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return new Result(start, partial, out);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The object the dotted names ending just before {@code dot} reach ({@code a.b} in
     * {@code print(a.b.}), looked up without running code; null when the text there is
     * not a chain of names or a name is not found that way.
     */
    private static PyObject dotted(Frame f, String line, int dot) {
        int start = dot;
        while (start > 0 && (isNameChar(line.charAt(start - 1)) || line.charAt(start - 1) == '.')) {
            start--;
        }
        String chain = line.substring(start, dot);
        if (chain.isEmpty() || chain.startsWith(".") || chain.endsWith(".") || chain.contains("..")
                || Character.isDigit(chain.charAt(0))) {
            return null;
        }
        String[] parts = chain.split("\\.");
        PyObject o = FrameView.resolve(f, parts[0]);
        for (int i = 1; i < parts.length && o != null; i++) {
            o = attribute(o, parts[i]);
        }
        return o;
    }

    /** o.name when it is stored in a namespace (the instance's, the module's, a class's): no descriptor is run. */
    private static PyObject attribute(PyObject o, String name) {
        PyDict own = ownDict(o);
        if (own != null) {
            PyObject v = ObjectView.lookupStr(own, name);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyInstance inst) {
            for (ObjectView.Child c : ObjectView.named(inst)) {
                if (c.name().equals(name)) {
                    return c.value();
                }
            }
        }
        PyType t = o instanceof PyType type ? type : o.type;
        if (t == null || t.mro == null) {
            return null;
        }
        for (PyType base : t.mro) {
            if (base.dict != null) {
                PyObject v = ObjectView.lookupStr(base.dict, name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static PyDict ownDict(PyObject o) {
        if (o instanceof PyInstance i) {
            return i.dict;
        }
        if (o instanceof PyModule m) {
            return m.dict;
        }
        if (o instanceof PyFunction f) {
            return f.dict;
        }
        return null;
    }

    /** What dir(o) lists, read from dicts: its own namespace (and slots), then its class's and their bases'. */
    private static void attributes(PyObject o, Map<String, Kind> names) {
        PyDict own = ownDict(o);
        if (own != null) {
            addDict(own, names, o instanceof PyModule ? Kind.VARIABLE : Kind.ATTRIBUTE);
        }
        if (o instanceof PyInstance inst) {
            for (String s : ObjectView.slotNames(inst.type)) {
                names.putIfAbsent(s, Kind.ATTRIBUTE);
            }
        }
        if (o instanceof PyModule) {
            return;
        }
        PyType t = o instanceof PyType type ? type : o.type;
        if (t != null && t.mro != null) {
            for (PyType base : t.mro) {
                if (base.dict != null) {
                    addDict(base.dict, names, Kind.METHOD);
                }
            }
        }
    }

    private static void addDict(PyDict d, Map<String, Kind> names, Kind plain) {
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) instanceof PyStr s) {
                PyObject v = d.valueAt(i);
                Kind k = v instanceof PyType ? Kind.CLASS : v instanceof PyModule ? Kind.MODULE
                        : plain == Kind.METHOD && !(isCallable(v)) ? Kind.ATTRIBUTE : plain == Kind.METHOD ? Kind.METHOD
                        : kindOf(v, plain);
                names.putIfAbsent(s.value, k);
            }
        }
    }

    private static boolean isCallable(PyObject v) {
        return v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod
                || v != null && v.type != null && v.type.name.endsWith("descriptor");
    }

    private static Kind kindOf(PyObject v, Kind plain) {
        if (v instanceof PyType) {
            return Kind.CLASS;
        }
        if (v instanceof PyModule) {
            return Kind.MODULE;
        }
        if (v instanceof PyFunction || v instanceof PyBuiltinFunction || v instanceof PyMethod) {
            return plain == Kind.ATTRIBUTE ? Kind.METHOD : Kind.FUNCTION;
        }
        return plain;
    }
}
