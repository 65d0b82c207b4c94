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
}
