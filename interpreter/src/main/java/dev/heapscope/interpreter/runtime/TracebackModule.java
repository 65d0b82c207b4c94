package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.compiler.Node;
import dev.heapscope.interpreter.modules.Importer;
import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;

/**
 * _heapscope_traceback: what the shipped traceback.py reads from the runtime that CPython's
 * reads from code objects (co_positions() at tb_lasti): the source range of a traceback
 * entry, and the anchors of a binary operation or subscript within a line segment, found by
 * the same parser the interpreter's own traceback printer uses.
 */
public final class TracebackModule {
    private TracebackModule() {
    }

    public static PyModule create() {
        PyModule m = Importer.newModule("_heapscope_traceback", null);
        function(m, "positions", (self, args, kw) -> {
            Args.range("positions", args, kw, 1, 1);
            if (!(args[0] instanceof Traceback.PyTraceback tb)) {
                throw Errors.typeError("positions() argument must be a traceback");
            }
            Node p = tb.position;
            if (p == null || p.lineno != tb.lineno || p.colOffset < 0 || p.endColOffset < 0) {
                return tuple(Types.newInt(tb.lineno), incref(Types.NONE), incref(Types.NONE), incref(Types.NONE));
            }
            return tuple(Types.newInt(p.lineno), Types.newInt(p.endLineno), Types.newInt(p.colOffset),
                    Types.newInt(p.endColOffset));
        });
        function(m, "anchors", (self, args, kw) -> {
            Args.range("anchors", args, kw, 1, 1);
            if (!(args[0] instanceof PyStr segment)) {
                throw Errors.typeError("anchors() argument must be str");
            }
            int[] a = TracebackPrinter.anchors(segment.value);
            if (a == null) {
                return incref(Types.NONE);
            }
            return tuple(Types.newInt(a[0]), Types.newInt(a[1]));
        });
        return m;
    }

    private static PyTuple tuple(PyObject... items) {
        return Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    private static void function(PyModule m, String name, dev.heapscope.interpreter.objects.JavaMethod code) {
        PyBuiltinFunction f = Heap.immortal(new PyBuiltinFunction(Types.BUILTIN_FUNCTION, name, name, null, code), 72);
        PyStr key = Types.intern(name);
        m.dict.putOwned(key, key.hash(), f);
    }
}
