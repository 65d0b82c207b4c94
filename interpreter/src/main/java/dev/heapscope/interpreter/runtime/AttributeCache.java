package dev.heapscope.interpreter.runtime;

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
        return Ops.getattr(o, name);
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
            PyDict d = dictOf(o);
            if (d == null || d.getStr(name) == null) {
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
