package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;

/**
 * A method of a builtin type as found in the type's dict: method_descriptor
 * ({@code list.append}), wrapper_descriptor ({@code object.__init__}), or a builtin
 * classmethod/staticmethod ({@code dict.fromkeys}, {@code str.maketrans}).
 */
public final class PyMethodDescr extends PyObject {
    public enum Kind { METHOD, SLOT, CLASS, STATIC }

    public final PyType owner;
    public final String name;
    public final JavaMethod code;
    public final Kind kind;

    public PyMethodDescr(PyType descrType, PyType owner, String name, Kind kind, JavaMethod code) {
        super(descrType);
        this.owner = owner;
        this.name = name;
        this.kind = kind;
        this.code = code;
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.GC_HEAD + 56;
    }
}
