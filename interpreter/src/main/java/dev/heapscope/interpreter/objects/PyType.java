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
    /** A class's ht_name and ht_qualname objects, owned (null for a builtin type). */
    public PyObject nameObject;
    public PyObject qualnameObject;
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
    /**
     * A builtin type that Python code cannot call to make instances (CPython's
     * Py_TPFLAGS_DISALLOW_INSTANTIATION): a static type whose base is object and that
     * defines no tp_new of its own, such as list_iterator or frame.
     */
    public boolean disallowInstantiation;
    /** Names in __slots__ of this class (null when the class has no __slots__). */
    public List<String> slotNames;
    /**
     * CPython's free list for instances of exactly this builtin type (float, tuple, list,
     * dict); null for every other type, subclasses included (PyList_CheckExact and the like).
     */
    public dev.heapscope.interpreter.runtime.FreeList freeList;
    /** Instances carry a __dict__. */
    public boolean instancesHaveDict;
    /** Instances accept weak references. */
    public boolean instancesHaveWeakref;
    /** Total slot count of instances, including bases' slots. */
    public int slotCount;
    /** The class's shared keys table as 3.11 evolves it, for instance sizes. */
    public ObjectSizes.SharedKeys sharedKeys;
    /** Bumped whenever this type's dict or an ancestor's changes, so caches stay exact. */
    public long version = ++versionCounter;
    private static long versionCounter;
    /** Classes that have this one as a direct base (weak in CPython; a plain list here). */
    public final List<PyType> subclasses = new ArrayList<>();
    /** Static types a class of some run has subclassed: their lists hold classes of that run. */
    private static final java.util.Set<PyType> STATIC_BASES = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Records {@code sub} as a direct subclass of this type (type_new's add_subclass). */
    public void addSubclass(PyType sub) {
        subclasses.add(sub);
        if (!heapType) {
            STATIC_BASES.add(this);
        }
    }

    /**
     * Forgets the classes an earlier run left in the static types' subclass lists: CPython
     * holds them weakly and they die with their process, so a new run must not see them.
     */
    public static void forgetHeapSubclasses() {
        for (PyType t : STATIC_BASES) {
            t.subclasses.removeIf(s -> s.heapType);
        }
        STATIC_BASES.clear();
    }

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

    /**
     * The method cache (CPython's type attribute cache): recent (type, name) lookups with the
     * type's version when they were made. A change to a type's dict bumps its version and its
     * subclasses', so a cached answer is used only while still exact.
     */
    private static final int CACHE_SIZE = 1 << 12;
    private static final PyType[] cacheType = new PyType[CACHE_SIZE];
    private static final long[] cacheVersion = new long[CACHE_SIZE];
    private static final PyStr[] cacheName = new PyStr[CACHE_SIZE];
    private static final PyObject[] cacheValue = new PyObject[CACHE_SIZE];

    /** Looks {@code name} up along the MRO; returns a borrowed reference or null. */
    public PyObject lookup(PyStr name) {
        int i = (int) ((name.hash() ^ (address >>> 4)) & (CACHE_SIZE - 1));
        if (cacheType[i] == this && cacheName[i] == name && cacheVersion[i] == version) {
            return cacheValue[i];
        }
        PyObject found = null;
        for (PyType t : mro) {
            if (t.dict == null) {
                // A class cleared at shutdown (or by the collector) no longer has attributes.
                continue;
            }
            PyObject v = t.dict.getStr(name);
            if (v != null) {
                found = v;
                break;
            }
        }
        if (name.interned) {
            cacheType[i] = this;
            cacheName[i] = name;
            cacheVersion[i] = version;
            cacheValue[i] = found;
        }
        return found;
    }

    /** The version at which {@link #definesDel} was last computed (0: never). */
    private long finalizerVersion;
    private boolean definesDel;

    /**
     * Whether instances have a {@code __del__} along the MRO: asked at every deallocation,
     * so the answer is kept until the type (or an ancestor) changes.
     */
    public boolean hasFinalizer() {
        if (finalizerVersion != version) {
            definesDel = lookup(dev.heapscope.interpreter.runtime.Names.__del__) != null;
            finalizerVersion = version;
        }
        return definesDel;
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
        version = ++versionCounter;
        for (PyType sub : subclasses) {
            sub.modified();
        }
    }

    /**
     * A class owns one reference to each entry of its MRO, itself included (tp_mro), and
     * one to its solid base (tp_base), as well as one to each base (tp_bases). The MRO's
     * reference to the class makes every class a cycle, freed only by the collector.
     */
    public boolean ownsMro;

    @Override
    public void traverse(Visitor visitor) {
        if (!heapType) {
            return;
        }
        if (dict != null) {
            visitor.visit(dict);
        }
        for (PyType b : bases) {
            visitor.visit(b);
        }
        visitor.visit(base);
        if (ownsMro) {
            for (PyType m : mro) {
                visitor.visit(m);
            }
        }
    }

    /** type_clear: the dict's entries and the MRO, which break the cycles a class is in. */
    @Override
    public void clear() {
        if (heapType && dict != null) {
            dict.clear();
        }
        releaseMro();
    }

    private void releaseMro() {
        if (ownsMro) {
            ownsMro = false;
            for (PyType m : mro) {
                Heap.decref(m);
            }
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
        releaseMro();
        for (PyType b : bases) {
            b.subclasses.remove(this);
            Heap.decref(b);
        }
        Heap.decref(base);
        Heap.xdecref(nameObject);
        Heap.xdecref(qualnameObject);
        nameObject = null;
        qualnameObject = null;
    }

    @Override
    public long allocationRequest() {
        return heapType ? ObjectSizes.HEAP_TYPE_SIZE + ObjectSizes.GC_HEAD : ObjectSizes.STATIC_TYPE_SIZE;
    }
}
