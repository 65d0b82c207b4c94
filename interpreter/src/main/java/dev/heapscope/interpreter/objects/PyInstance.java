package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;

/**
 * An instance of a class defined in Python whose solid base is object: attributes in a
 * __dict__ (made on first use, as 3.11's managed dict is) and/or __slots__ values.
 * Also the plain {@code object()}.
 */
public class PyInstance extends PyObject {
    /** Owned; null until an attribute is first stored or __dict__ is asked for. */
    public PyDict dict;
    /** Values of the __slots__ of the class and its bases; null entries are unset. */
    public final PyObject[] slots;

    public PyInstance(PyType type) {
        super(type);
        this.slots = type.slotCount == 0 ? NO_SLOTS : new PyObject[type.slotCount];
    }

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    @Override
    public boolean isGcType() {
        return type.heapType;
    }

    @Override
    public int preHeader() {
        if (!type.heapType) {
            return 0;
        }
        return ObjectSizes.GC_HEAD + (type.instancesHaveDict ? ObjectSizes.MANAGED_DICT_PREHEADER : 0);
    }

    @Override
    public void traverse(Visitor visitor) {
        if (dict != null) {
            if (dict.inlineValues) {
                dict.traverse(visitor);
            } else {
                visitor.visit(dict);
            }
        }
        for (PyObject s : slots) {
            if (s != null) {
                visitor.visit(s);
            }
        }
        if (type.heapType) {
            visitor.visit(type);
        }
    }

    @Override
    public void clear() {
        for (int i = 0; i < slots.length; i++) {
            PyObject s = slots[i];
            if (s != null) {
                slots[i] = null;
                Heap.decref(s);
            }
        }
        PyDict d = dict;
        dict = null;
        if (d != null) {
            Heap.decref(d);
        }
    }

    /** subtype_dealloc: slots, then the dict; Heap releases the reference to the class itself. */
    @Override
    public void releaseReferences() {
        clear();
    }

    @Override
    public long allocationRequest() {
        if (!type.heapType) {
            return ObjectSizes.BARE_OBJECT_SIZE;
        }
        int named = type.slotCount;
        return ObjectSizes.instanceSize(named, type.instancesHaveDict, type.instancesHaveWeakref);
    }
}
