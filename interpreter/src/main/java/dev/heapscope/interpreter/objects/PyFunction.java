package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/**
 * function: code plus the environment it runs in. Every field holding a PyObject is an
 * owned reference (or null).
 */
public final class PyFunction extends PyObject {
    public PyCode code;
    public PyDict globals;
    public PyObject builtins;
    public String name;
    public String qualname;
    /**
     * The objects of __name__ and __qualname__ (func_name, func_qualname), owned: the code's
     * co_name and co_qualname when it has them, else made when first asked for.
     */
    public PyObject nameObject;
    public PyObject qualnameObject;
    /** Defaults of the last positional parameters, or null. */
    public PyObject[] defaults;
    /** Defaults of keyword-only parameters, or null. */
    public PyDict kwdefaults;
    /** Cells of the free variables, in the code's free-variable order. */
    public PyCell[] closure;
    public PyObject doc;
    public PyObject module;
    public PyDict dict;
    public PyObject annotations;

    public PyFunction(PyType type, PyCode code, PyDict globals) {
        super(type);
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        this.nameObject = code.coName == null ? null : Heap.incref(code.coName);
        this.qualnameObject = code.coQualname == null ? null : Heap.incref(code.coQualname);
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Visitor visitor) {
        visitor.visit(code);
        if (globals != null) {
            visitor.visit(globals);
        }
        if (defaults != null) {
            for (PyObject d : defaults) {
                visitor.visit(d);
            }
        }
        if (kwdefaults != null) {
            visitor.visit(kwdefaults);
        }
        if (closure != null) {
            for (PyCell c : closure) {
                visitor.visit(c);
            }
        }
        for (PyObject o : new PyObject[] {doc, module, dict, annotations}) {
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    @Override
    public void clear() {
        PyObject[] held = {globals, kwdefaults, doc, module, dict, annotations};
        PyObject[] d = defaults;
        PyCell[] c = closure;
        globals = null;
        kwdefaults = null;
        doc = null;
        module = null;
        dict = null;
        annotations = null;
        defaults = null;
        closure = null;
        for (PyObject o : held) {
            if (o != null) {
                Heap.decref(o);
            }
        }
        if (d != null) {
            for (PyObject o : d) {
                Heap.decref(o);
            }
        }
        if (c != null) {
            for (PyObject o : c) {
                Heap.decref(o);
            }
        }
    }

    @Override
    public void releaseReferences() {
        clear();
        Heap.xdecref(nameObject);
        Heap.xdecref(qualnameObject);
        nameObject = null;
        qualnameObject = null;
        PyCode co = code;
        code = null;
        if (co != null) {
            Heap.decref(co);
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.FUNCTION_SIZE;
    }
}
