package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/** module: a name and the dict that is its namespace (the globals of its code). */
public final class PyModule extends PyObject {
    public PyDict dict;
    /** A module of the interpreter itself (sys, builtins, math...): its repr says "(built-in)". */
    public boolean builtin;
    /** The name it was made with (__name__ in its dict is what Python code sees). */
    public String name;

    public PyModule(PyType type, String name, PyDict dict) {
        super(type);
        this.name = name;
        this.dict = dict;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (dict != null) {
            visitor.visit(dict);
        }
    }

    @Override
    public void clear() {
        PyDict d = dict;
        dict = null;
        if (d != null) {
            Heap.decref(d);
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.MODULE_SIZE;
    }
}
