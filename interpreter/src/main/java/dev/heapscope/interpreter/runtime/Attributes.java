package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyMethodDescr;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;

/**
 * PyObject_GenericGetAttr / GenericSetAttr and type_getattro: data descriptors on the
 * type, then the instance (or class) dict, then other descriptors and plain class
 * attributes, then __getattr__.
 */
public final class Attributes {
    private Attributes() {
    }

    /** object.__getattribute__, __setattr__, __delattr__ as found in object's dict; set by TypeMethods. */
    static PyObject OBJECT_GETATTRIBUTE;
    static PyObject OBJECT_SETATTR;
    static PyObject OBJECT_DELATTR;

    /** Generic attribute lookup; {@code useGetattr}: fall back to the type's __getattr__. */
    public static PyObject genericGetattr(PyObject o, PyStr name, boolean useGetattr) {
        if (o instanceof PyType t) {
            return typeGetattr(t, name);
        }
        PyType t = o.type;
        PyObject descr = t.lookup(name);
        if (descr != null && !(descr instanceof PyFunction) && Descriptors.hasGet(descr) && Descriptors.isData(descr)) {
            return Descriptors.get(descr, o, t);
        }
        PyDict dict = Ops.instanceDict(o);
        if (dict != null) {
            PyObject v = dict.getStr(name);
            if (v != null) {
                return incref(v);
            }
        }
        if (descr != null) {
            if (Descriptors.hasGet(descr)) {
                return Descriptors.get(descr, o, t);
            }
            return incref(descr);
        }
        if (useGetattr && t.heapType) {
            PyObject getattr = t.lookup(Names.__getattr__);
            if (getattr != null) {
                return Ops.callMethod(getattr, o, new PyObject[] {name}, null);
            }
        }
        throw Errors.noAttribute(o, name);
    }

    /** type_getattro: the metatype's data descriptors, the class's MRO, then the metatype's attributes. */
    static PyObject typeGetattr(PyType t, PyStr name) {
        PyType meta = t.type;
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.hasGet(metaAttr) && Descriptors.isData(metaAttr)) {
            return Descriptors.get(metaAttr, t, meta);
        }
        PyObject attr = t.lookup(name);
        if (attr != null) {
            if (Descriptors.hasGet(attr)) {
                return Descriptors.get(attr, null, t);
            }
            return incref(attr);
        }
        if (metaAttr != null) {
            if (Descriptors.hasGet(metaAttr)) {
                return Descriptors.get(metaAttr, t, meta);
            }
            return incref(metaAttr);
        }
        if (meta.heapType) {
            PyObject getattr = meta.lookup(Names.__getattr__);
            if (getattr != null) {
                return Ops.callMethod(getattr, t, new PyObject[] {name}, null);
            }
        }
        throw Errors.noAttribute(t, name);
    }

    /** An instance's __dict__ (borrowed), made a dict object of its own if it was inline values or absent. */
    static PyDict managedDict(PyInstance inst) {
        if (inst.dict == null) {
            inst.dict = Heap.allocateUntracked(instanceValues(inst.type));
        }
        inst.dict.materialize();
        return inst.dict;
    }

    /** The inline values of a new instance of {@code t}: a split dict over the class's shared keys. */
    private static PyDict instanceValues(PyType t) {
        PyDict dict = new PyDict(Types.DICT);
        dict.inlineValues = true;
        dict.splitKeys = t.sharedKeys;
        return dict;
    }

    /** Generic attribute assignment; {@code value} null deletes. */
    public static void genericSetattr(PyObject o, PyStr name, PyObject value) {
        if (o instanceof PyType t) {
            typeSetattr(t, name, value);
            return;
        }
        PyType t = o.type;
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptors.isData(descr) && !(descr instanceof PyFunction)
                && !(descr instanceof PyMethodDescr) && Descriptors.hasGet(descr)) {
            Descriptors.set(descr, o, value);
            return;
        }
        PyDict dict = Ops.instanceDict(o);
        if (dict == null && o instanceof PyInstance inst && t.instancesHaveDict) {
            dict = instanceValues(t);
            inst.dict = Heap.allocateUntracked(dict);
        } else if (dict == null && t.heapType && t.instancesHaveDict && !(o instanceof PyInstance)) {
            dict = SubclassDicts.getOrCreate(o);
        } else if (dict == null && o instanceof PyFunction fn) {
            dict = Heap.allocateUntracked(new PyDict(Types.DICT));
            fn.dict = dict;
        }
        if (dict == null) {
            if (descr != null) {
                throw Errors.attributeError(o, name, "'" + t.name + "' object attribute '" + name.value + "' is read-only");
            }
            throw Errors.attributeError(o, name, "'" + t.name + "' object has no attribute '" + name.value + "'");
        }
        if (value == null) {
            PyObject old = dict.pop(name);
            if (old == null) {
                throw Errors.attributeError(o, name, "'" + t.name + "' object has no attribute '" + name.value + "'");
            }
            Heap.decref(old);
        } else {
            dict.put(name, value);
        }
    }

    static void typeSetattr(PyType t, PyStr name, PyObject value) {
        PyObject metaAttr = t.type.lookup(name);
        if (metaAttr != null && Descriptors.isData(metaAttr) && Descriptors.hasGet(metaAttr)) {
            Descriptors.set(metaAttr, t, value);
            return;
        }
        if (!t.heapType) {
            throw Errors.typeError("cannot set '" + name.value + "' attribute of immutable type '" + t.name + "'");
        }
        if (value == null) {
            PyObject old = t.dict.pop(name);
            if (old == null) {
                throw Errors.noAttribute(t, name);
            }
            Heap.decref(old);
        } else {
            t.dict.put(name, value);
        }
        t.modified();
    }

    /** type.__class_getitem__ if the class defines one (bound to the class), else null. */
    static PyObject lookupClassGetitem(PyType t) {
        PyObject cg = t.lookup(Types.name("__class_getitem__"));
        if (cg == null) {
            return null;
        }
        return Descriptors.get(cg, null, t);
    }
}
