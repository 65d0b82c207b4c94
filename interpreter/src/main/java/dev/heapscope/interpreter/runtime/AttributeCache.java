package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;

/**
 * The inline cache of one attribute site ({@code obj.name}), as 3.11's specialised
 * LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_MODULE and LOAD_METHOD_* instructions keep one.
 *
 * <p>What it remembers about the type is valid while {@code type.version} is unchanged:
 * the type uses object's own {@code __getattribute__}, and what its MRO holds under the
 * name cannot take precedence over the instance dict (nothing, a function, a method
 * descriptor, or a plain value of a builtin type). The slot of the name in the instance
 * dict is re-checked by key identity on every use, so a stale slot costs only a probe.
 * A miss of any kind takes the generic path, so the cache never changes what a program
 * sees, only how fast it sees it.
 */
public final class AttributeCache {
    private PyType type;
    private long version;
    /** What the type's MRO holds under the name (borrowed from the type's dict), or null. */
    private PyObject typeAttribute;
    /** The entry slot of the name in the last instance dict that held it. */
    private int entry = -1;
    /**
     * Shared keys (of split instance dicts) seen without the name, with their entry count
     * then: a split dict's keys are among its shared keys, which only ever gain names, so
     * while the count is unchanged the name is in no dict split over them (3.11's
     * LOAD_METHOD_WITH_VALUES check of the keys version).
     */
    private ObjectSizes.SharedKeys absentKeys;
    private int absentEntries;
    /** An attribute store's type and version, and the entry slot it last stored into. */
    private PyType storeType;
    private long storeVersion;
    private int storeEntry = -1;

    /** {@code getattr(o, name)}: a new reference. */
    public PyObject load(PyObject o, PyStr name) {
        PyType t = o.type;
        if (t != type || t.version != version) {
            if (!prime(o, t, name)) {
                return Ops.getattr(o, name);
            }
        }
        PyObject v = fromInstanceDict(o, name);
        if (v != null) {
            v.refcnt++;
            return v;
        }
        v = typeAttribute;
        // A plain value in the class (prime let through only functions, method
        // descriptors and values without __get__): found there once the instance lacks it.
        if (v != null && !(v instanceof PyFunction) && !(v instanceof PyMethodDescr) && absent(dictOf(o), name)) {
            v.refcnt++;
            return v;
        }
        return Ops.getattr(o, name);
    }

    /**
     * {@code o.name = value} (value borrowed) through the cache: true when it was done,
     * false when the generic {@link Ops#setattr} must do it (then {@link #stored} after it).
     */
    public boolean store(PyObject o, PyStr name, PyObject value) {
        return o instanceof PyInstance inst && o.type == storeType && storeType.version == storeVersion
                && inst.dict != null && inst.dict.replaceIfKeyAt(storeEntry, name, value);
    }

    /**
     * After a generic store of {@code o.name}: remembers the type and entry slot when the
     * next store to an instance of the same type can replace the value in place, that is,
     * when the type uses object's __setattr__ and nothing in its MRO under the name is a
     * data descriptor (what genericSetattr checks).
     */
    public void stored(PyObject o, PyStr name) {
        PyType t = o.type;
        if (!(o instanceof PyInstance inst) || inst.dict == null || !name.interned || o instanceof PyType) {
            return;
        }
        if (t.heapType && t.lookup(Names.__setattr__) != Attributes.OBJECT_SETATTR) {
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptors.isData(descr) && !(descr instanceof PyFunction)
                && !(descr instanceof PyMethodDescr) && Descriptors.hasGet(descr)) {
            return;
        }
        int ix = inst.dict.entryOf(name);
        if (ix >= 0) {
            storeType = t;
            storeVersion = t.version;
            storeEntry = ix;
        }
    }

    /** Whether {@code name} is not in {@code d} (null: no dict), using the shared keys when it can. */
    private boolean absent(PyDict d, PyStr name) {
        if (d == null) {
            return true;
        }
        ObjectSizes.SharedKeys k = d.splitKeys;
        if (k != null && k == absentKeys && k.entries() == absentEntries) {
            return true;
        }
        if (d.getStr(name) != null) {
            return false;
        }
        if (k != null && !k.hasName(name.value)) {
            absentKeys = k;
            absentEntries = k.entries();
        }
        return true;
    }

    /**
     * The method a call {@code o.name(...)} can call with {@code o} as its first argument
     * without making a bound method (LOAD_METHOD), borrowed, or null when the generic
     * attribute lookup must decide.
     */
    public PyObject method(PyObject o, PyStr name) {
        PyType t = o.type;
        if (t != type || t.version != version) {
            if (!prime(o, t, name)) {
                return null;
            }
        }
        PyObject m = typeAttribute;
        if (m instanceof PyFunction || (m instanceof PyMethodDescr md && md.kind == PyMethodDescr.Kind.METHOD)) {
            if (absent(dictOf(o), name)) {
                return m;
            }
        }
        return null;
    }

    private PyObject fromInstanceDict(PyObject o, PyStr name) {
        PyDict d = dictOf(o);
        if (d == null) {
            return null;
        }
        PyObject v = d.valueIfKeyAt(entry, name);
        if (v != null) {
            return v;
        }
        int ix = d.entryOf(name);
        if (ix >= 0) {
            entry = ix;
            return d.valueAt(ix);
        }
        return null;
    }

    private static PyDict dictOf(PyObject o) {
        if (o instanceof PyInstance inst) {
            return inst.dict;
        }
        if (o instanceof PyModule m) {
            return m.dict;
        }
        return null;
    }

    /** Records what {@code t} holds for {@code name} when the cache can serve it; false otherwise. */
    private boolean prime(PyObject o, PyType t, PyStr name) {
        if (!(o instanceof PyInstance || o instanceof PyModule) || !name.interned) {
            return false;
        }
        if (t.heapType) {
            PyObject ga = t.lookup(Names.__getattribute__);
            if (ga != Attributes.OBJECT_GETATTRIBUTE) {
                return false;
            }
        }
        PyObject descr = t.lookup(name);
        if (descr != null && !(descr instanceof PyFunction)
                && !(descr instanceof PyMethodDescr md && md.kind == PyMethodDescr.Kind.METHOD)
                && (descr.type.heapType || descr instanceof PyType || Descriptors.hasGet(descr))) {
            return false;
        }
        type = t;
        version = t.version;
        typeAttribute = descr;
        return true;
    }
}
