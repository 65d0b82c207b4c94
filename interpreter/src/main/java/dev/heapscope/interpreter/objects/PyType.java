package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.runtime.Heap;
import java.util.ArrayList;
import java.util.List;

/**
 * type: a class, builtin or defined by a class statement. Attributes live in
 * {@link #dict}; lookup walks the method resolution order. Builtin types have their
 * methods and slot wrappers in their dicts too, so {@code int.__add__} and
 * {@code super().__init__} behave as in CPython.
 */
public class PyType extends PyObject {
    public String name;
    public String qualname;
    public PyType base;
    public PyType[] bases;
    public PyType[] mro;
    public PyDict dict;
    /** Defined by a class statement (Py_TPFLAGS_HEAPTYPE). */
    public boolean heapType;
    /** Can be subclassed (Py_TPFLAGS_BASETYPE). */
    public boolean baseType = true;
    /** Creates instances: tp_new. Inherited from the builtin base of a heap type. */
    public Constructor constructor;
    /** Names in __slots__ of this class (null when the class has no __slots__). */
    public List<String> slotNames;
    /** Instances carry a __dict__. */
    public boolean instancesHaveDict;
    /** Instances accept weak references. */
    public boolean instancesHaveWeakref;
    /** Total slot count of instances, including bases' slots. */
    public int slotCount;
    /** The class's shared keys table as 3.11 evolves it, for instance sizes. */
    public ObjectSizes.SharedKeys sharedKeys;
    /** Bumped whenever this type's dict or an ancestor's changes, so caches stay exact. */
    public long version;
    /** Classes that have this one as a direct base (weak in CPython; a plain list here). */
    public final List<PyType> subclasses = new ArrayList<>();

    /** tp_new: makes a new, uninitialised instance of {@code type}. */
    @FunctionalInterface
    public interface Constructor {
        PyObject construct(PyType type, PyObject[] args, String[] kwnames);
    }

    public PyType(PyType metatype, String name) {
        super(metatype);
        this.name = name;
        this.qualname = name;
    }

    @Override
    public boolean isGcType() {
        return heapType;
    }

    /** Looks {@code name} up along the MRO; returns a borrowed reference or null. */
    public PyObject lookup(PyStr name) {
        PyType[] m = mro;
        for (PyType t : m) {
            if (t.dict == null) {
                // A class cleared at shutdown (or by the collector) no longer has attributes.
                continue;
            }
            PyObject v = t.dict.getStr(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Whether this type is {@code other} or derives from it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Called after a change to this type's dict: invalidates caches here and in subclasses. */
    public void modified() {
        version++;
        for (PyType sub : subclasses) {
            sub.modified();
        }
    }

    @Override
    public void traverse(Visitor visitor) {
        if (!heapType) {
            return;
        }
        visitor.visit(dict);
        for (PyType b : bases) {
            visitor.visit(b);
        }
    }

    @Override
    public void clear() {
        if (heapType && dict != null) {
            dict.clear();
        }
    }

    @Override
    public void releaseReferences() {
        if (!heapType) {
            return;
        }
        PyDict d = dict;
        dict = null;
        if (d != null) {
            Heap.decref(d);
        }
        for (PyType b : bases) {
            b.subclasses.remove(this);
            Heap.decref(b);
        }
    }

    @Override
    public long allocationRequest() {
        return heapType ? ObjectSizes.HEAP_TYPE_SIZE + ObjectSizes.GC_HEAD : ObjectSizes.STATIC_TYPE_SIZE;
    }
}
