package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/**
 * builtin_function_or_method: a module function written in Java ({@code len}), or a
 * builtin method bound to its object ({@code [].append}). {@code self} is an owned
 * reference to the bound object or the module, or null.
 */
public final class PyBuiltinFunction extends PyObject {
    public final String name;
    public final String qualname;
    public PyObject self;
    public final JavaMethod code;

    public PyBuiltinFunction(PyType type, String name, String qualname, PyObject self, JavaMethod code) {
        super(type);
        this.name = name;
        this.qualname = qualname;
        this.self = self;
        this.code = code;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Visitor visitor) {
        if (self != null) {
            visitor.visit(self);
        }
    }

    @Override
    public void clear() {
        PyObject s = self;
        self = null;
        if (s != null) {
            Heap.decref(s);
        }
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.BUILTIN_METHOD_SIZE;
    }
}
