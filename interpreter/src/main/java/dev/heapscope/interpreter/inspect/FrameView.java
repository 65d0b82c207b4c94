package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Frame;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames and their namespaces as the debugger shows them, read straight from the fast
 * slots and namespace dicts: unlike {@code locals()} this builds no dict, so nothing is
 * allocated and no count changes.
 */
public final class FrameView {
    private FrameView() {
    }

    /** A name bound in a namespace; {@code cell} is set when the name lives in a cell (the value is its contents). */
    public record Binding(String name, PyObject value, PyCell cell) {
    }

    /** A name of a frame with how its code reaches it. */
    public record Name(String name, NameKind kind, PyObject value) {
    }

    /** The frames from {@code top} to the module frame, innermost first. */
    public static List<Frame> stack(Frame top) {
        List<Frame> out = new ArrayList<>();
        for (Frame f = top; f != null; f = f.back) {
            out.add(f);
        }
        return out;
    }

    /** The frame's name as CPython 3.11 shows it in tracebacks and debuggers: co_qualname. */
    public static String name(Frame f) {
        PyCode c = f.code;
        return c.qualname != null ? c.qualname : c.name;
    }

    public static boolean isModuleFrame(Frame f) {
        return f.code.kind == PyCode.Kind.MODULE;
    }

    public static boolean isGeneratorFrame(Frame f) {
        return f.generator != null;
    }

    /**
     * The frame's own names: fast locals and its cell variables for a function (unbound
     * ones left out, as f_locals does), the namespace dict for a class body; none for a
     * module, whose names are its globals.
     */
    public static List<Binding> locals(Frame f) {
        List<Binding> out = new ArrayList<>();
        PyCode c = f.code;
        if (c.kind == PyCode.Kind.CLASS && f.locals instanceof PyDict d) {
            out.addAll(namespace(d));
        }
        if (c.kind == PyCode.Kind.MODULE) {
            return out;
        }
        for (int i = 0; i < c.freeStart && i < f.fast.length; i++) {
            addSlot(out, f, i);
        }
        return out;
    }

    /** The free variables: names of enclosing functions this frame reads through cells. */
    public static List<Binding> enclosing(Frame f) {
        List<Binding> out = new ArrayList<>();
        PyCode c = f.code;
        for (int i = c.freeStart; i < c.freeStart + c.nfree && i < f.fast.length; i++) {
            addSlot(out, f, i);
        }
        return out;
    }

    private static void addSlot(List<Binding> out, Frame f, int i) {
        PyObject v = f.fast[i];
        if (v == null) {
            return;
        }
        String name = f.code.slotNames[i];
        if (f.code.isCellSlot(i) && v instanceof PyCell cell) {
            if (cell.contents != null) {
                out.add(new Binding(name, cell.contents, cell));
            }
        } else {
            out.add(new Binding(name, v, null));
        }
    }

    /** The str-keyed entries of a namespace dict, in insertion order. */
    public static List<Binding> namespace(PyDict d) {
        List<Binding> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        for (int i = 0; i < d.entryLimit(); i++) {
            if (d.keyAt(i) instanceof PyStr s) {
                out.add(new Binding(s.value, d.valueAt(i), null));
            }
        }
        return out;
    }

    /** The binding of {@code name} as the frame would resolve it for reading: locals, enclosing, globals, builtins. */
    public static PyObject resolve(Frame f, String name) {
        for (Binding b : locals(f)) {
            if (b.name().equals(name)) {
                return b.value();
            }
        }
        for (Binding b : enclosing(f)) {
            if (b.name().equals(name)) {
                return b.value();
            }
        }
        PyObject g = f.globals == null ? null : ObjectView.lookupStr(f.globals, name);
        if (g != null) {
            return g;
        }
        return f.builtins == null ? null : ObjectView.lookupStr(f.builtins, name);
    }

    /**
     * The names a frame shows in a drawing of the memory model: a function's bound
     * parameters, locals, cells and free variables (in slot order); a class body's
     * namespace; a module's globals without the attributes every module gets.
     */
    public static List<Name> names(Frame f) {
        List<Name> out = new ArrayList<>();
        PyCode c = f.code;
        if (c.kind == PyCode.Kind.MODULE) {
            for (Binding b : namespace(f.globals)) {
                if (!MODULE_ATTRIBUTES.contains(b.name())) {
                    out.add(new Name(b.name(), NameKind.GLOBAL, b.value()));
                }
            }
            return out;
        }
        if (c.kind == PyCode.Kind.CLASS && f.locals instanceof PyDict d) {
            for (Binding b : namespace(d)) {
                out.add(new Name(b.name(), NameKind.LOCAL, b.value()));
            }
        }
        int parameters = c.argcount + c.kwonlyargcount + (c.varargs ? 1 : 0) + (c.varkeywords ? 1 : 0);
        for (int i = 0; i < f.fast.length && i < c.slotNames.length; i++) {
            PyObject v = f.fast[i];
            if (v == null) {
                continue;
            }
            NameKind kind;
            if (i >= c.freeStart) {
                kind = NameKind.FREE;
            } else if (c.isCellSlot(i)) {
                kind = NameKind.CELL;
            } else {
                kind = i < parameters && c.kind == PyCode.Kind.FUNCTION ? NameKind.PARAMETER : NameKind.LOCAL;
            }
            if (kind == NameKind.CELL || kind == NameKind.FREE) {
                if (!(v instanceof PyCell cell) || cell.contents == null) {
                    continue;
                }
                v = cell.contents;
            }
            out.add(new Name(c.slotNames[i], kind, v));
        }
        return out;
    }

    /** What the import system puts in every module's namespace; not names the program bound. */
    private static final java.util.Set<String> MODULE_ATTRIBUTES = java.util.Set.of("__name__", "__doc__",
            "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__");
}
