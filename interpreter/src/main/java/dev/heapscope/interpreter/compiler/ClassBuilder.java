package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/** __build_class__: picks the metaclass, prepares the namespace, runs the body, calls the metaclass. */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    /** Builds a class; {@code args} are the bases then keyword values (borrowed). Returns a new reference. */
    public static PyObject build(PyFunction body, String name, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int nbases = args.length - nkw;
        PyObject meta = null;
        List<String> keys = new ArrayList<>();
        List<PyObject> values = new ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) {
                meta = args[nbases + i];
            } else {
                keys.add(kwnames[i]);
                values.add(args[nbases + i]);
            }
        }
        PyObject[] baseArray = new PyObject[nbases];
        for (int i = 0; i < nbases; i++) {
            baseArray[i] = incref(args[i]);
        }
        PyTuple origBases = nbases == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, baseArray));
        PyTuple bases;
        try {
            bases = resolveBases(origBases);
        } catch (dev.heapscope.interpreter.runtime.PyException e) {
            decref(origBases);
            throw e;
        }
        try {
            if (meta == null) {
                meta = nbases == 0 ? Types.TYPE : bases.items[0].type;
            }
            if (meta instanceof PyType mt) {
                meta = dev.heapscope.interpreter.runtime.TypeBuilder.calculateMetaclass(mt, bases);
            }
            PyObject ns = prepare(meta, name, bases, keys, values);
            try {
                runBody(body, ns);
                if (bases != origBases) {
                    Ops.setitem(ns, Types.name("__orig_bases__"), origBases);
                }
                PyObject[] callArgs = new PyObject[3 + values.size()];
                callArgs[0] = Types.newStr(name);
                callArgs[1] = bases;
                callArgs[2] = ns;
                for (int i = 0; i < values.size(); i++) {
                    callArgs[3 + i] = values.get(i);
                }
                PyObject cls;
                try {
                    cls = Ops.call(meta, callArgs, keys.isEmpty() ? null : keys.toArray(new String[0]));
                } finally {
                    decref(callArgs[0]);
                }
                return cls;
            } finally {
                decref(ns);
            }
        } finally {
            decref(bases);
            if (bases != origBases) {
                decref(origBases);
            }
        }
    }

    /**
     * update_bases (PEP 560): every base that is not a class but has __mro_entries__ is
     * replaced by the classes that method returns. The same tuple (a new reference) when
     * nothing was replaced.
     */
    private static PyTuple resolveBases(PyTuple bases) {
        List<PyObject> resolved = null;
        for (int i = 0; i < bases.items.length; i++) {
            PyObject base = bases.items[i];
            PyObject entries = base instanceof PyType ? null : Ops.getattrOrNull(base, Types.name("__mro_entries__"));
            if (entries == null) {
                if (resolved != null) {
                    resolved.add(incref(base));
                }
                continue;
            }
            if (resolved == null) {
                resolved = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    resolved.add(incref(bases.items[j]));
                }
            }
            PyObject r;
            try {
                r = Ops.call(entries, bases);
            } catch (dev.heapscope.interpreter.runtime.PyException e) {
                for (PyObject o : resolved) {
                    decref(o);
                }
                throw e;
            } finally {
                decref(entries);
            }
            if (!(r instanceof PyTuple rt)) {
                decref(r);
                for (PyObject o : resolved) {
                    decref(o);
                }
                throw dev.heapscope.interpreter.runtime.Errors.typeError("__mro_entries__ must return a tuple");
            }
            for (PyObject o : rt.items) {
                resolved.add(incref(o));
            }
            decref(r);
        }
        if (resolved == null) {
            return bases;
        }
        PyObject[] items = resolved.toArray(new PyObject[0]);
        return items.length == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    private static PyObject prepare(PyObject meta, String name, PyTuple bases, List<String> keys, List<PyObject> values) {
        PyObject prep = meta instanceof PyType t && t == Types.TYPE ? null : Ops.getattrOrNull(meta, Names.__prepare__);
        if (prep == null) {
            return Heap.allocateUntracked(new PyDict(Types.DICT));
        }
        try {
            PyObject[] a = new PyObject[2 + values.size()];
            a[0] = Types.newStr(name);
            a[1] = bases;
            for (int i = 0; i < values.size(); i++) {
                a[2 + i] = values.get(i);
            }
            try {
                return Ops.call(prep, a, keys.isEmpty() ? null : keys.toArray(new String[0]));
            } finally {
                decref(a[0]);
            }
        } finally {
            decref(prep);
        }
    }

    /** Runs the class body with {@code ns} as its namespace; records the __class__ cell as __classcell__. */
    private static void runBody(PyFunction body, PyObject ns) {
        PyCode code = body.code;
        Frame frame = new Frame(code, body, body.globals, (PyDict) body.builtins, ThreadState.current);
        frame.locals = incref(ns);
        Calls.initCells(body, code, frame.fast);
        if (code.classCellSlot >= 0) {
            PyCell cell = (PyCell) frame.fast[code.classCellSlot];
            Ops.setitem(ns, Types.name("__classcell__"), cell);
        }
        decref(Calls.run(frame));
    }
}
