package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/** method: a function bound to an object; both references are owned. */
public final class PyMethod extends PyObject {
    public PyObject function;
    public PyObject self;

    public PyMethod(PyType type, PyObject function, PyObject self) {
        super(type);
        this.function = function;
        this.self = self;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (function != null) {
            visitor.visit(function);
        }
        if (self != null) {
            visitor.visit(self);
        }
    }

    @Override
    public void clear() {
        PyObject f = function;
        PyObject s = self;
        function = null;
        self = null;
        if (s != null) {
            Heap.decref(s);
        }
        if (f != null) {
            Heap.decref(f);
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.METHOD_SIZE;
    }
}
