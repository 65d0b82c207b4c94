package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;

/** classmethod, staticmethod, property and super: the descriptors classes are built from. */
public final class Wrappers {
    private Wrappers() {
    }

    public static PyObject staticMethod(PyObject f) {
        return staticMethod(Types.STATICMETHOD, f);
    }

    public static PyObject classMethod(PyObject f) {
        return classMethod(Types.CLASSMETHOD, f);
    }

    /** A staticmethod of {@code type} (staticmethod or a subclass, which its instances own a reference to). */
    public static PyObject staticMethod(PyType type, PyObject f) {
        if (type.heapType) {
            incref(type);
        }
        return Heap.allocate(new PyStaticMethod(type, incref(f)));
    }

    /** A classmethod of {@code type} (classmethod or a subclass, which its instances own a reference to). */
    public static PyObject classMethod(PyType type, PyObject f) {
        if (type.heapType) {
            incref(type);
        }
        return Heap.allocate(new PyClassMethod(type, incref(f)));
    }

    /** Holds one callable; the base of classmethod and staticmethod. */
    abstract static class Holder extends PyObject implements Descriptors.JavaDescriptor {
        public PyObject callable;
        public dev.heapscope.interpreter.objects.PyDict dict;

        Holder(PyType type, PyObject callable) {
            super(type);
            this.callable = callable;
        }

        @Override
        public boolean isData() {
            return false;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (callable != null) {
                visitor.visit(callable);
            }
            if (dict != null) {
                visitor.visit(dict);
            }
        }

        @Override
        public void clear() {
            PyObject c = callable;
            PyObject d = dict;
            callable = null;
            dict = null;
            if (c != null) {
                decref(c);
            }
            if (d != null) {
                decref(d);
            }
        }

        @Override
        public long allocationRequest() {
            return ObjectSizes.STATICMETHOD_SIZE;
        }
    }

    public static final class PyStaticMethod extends Holder {
        public PyStaticMethod(PyType type, PyObject callable) {
            super(type, callable);
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            return incref(callable);
        }
    }

    public static final class PyClassMethod extends Holder {
        public PyClassMethod(PyType type, PyObject callable) {
            super(type, callable);
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            PyType owner = type != null ? type : obj.type;
            return Heap.allocate(new dev.heapscope.interpreter.objects.PyMethod(Types.METHOD, incref(callable),
                    incref(owner)));
        }
    }

    /** property(fget, fset, fdel, doc). */
    public static final class PyProperty extends PyObject implements Descriptors.JavaDescriptor {
        public PyObject fget;
        public PyObject fset;
        public PyObject fdel;
        public PyObject doc;
        /** The attribute name, from __set_name__, for error messages. */
        public PyStr name;

        public PyProperty(PyType type, PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
            super(type);
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (obj == null) {
                return incref(this);
            }
            if (fget == null) {
                throw Errors.attributeError(obj, name == null ? Types.name("?") : name,
                        name == null ? "unreadable attribute"
                                : "property '" + name.value + "' of '" + obj.type.name + "' object has no getter");
            }
            return Ops.call(fget, obj);
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            PyObject f = value == null ? fdel : fset;
            if (f == null) {
                String what = value == null ? "deleter" : "setter";
                throw Errors.attributeError(obj, name == null ? Types.name("?") : name,
                        name == null ? "can't " + (value == null ? "delete" : "set") + " attribute"
                                : "property '" + name.value + "' of '" + obj.type.name + "' object has no " + what);
            }
            decref(value == null ? Ops.call(f, obj) : Ops.call(f, obj, value));
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            for (PyObject o : new PyObject[] {fget, fset, fdel, doc}) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }

        @Override
        public void clear() {
            PyObject[] held = {fget, fset, fdel, doc};
            fget = null;
            fset = null;
            fdel = null;
            doc = null;
            for (PyObject o : held) {
                if (o != null) {
                    decref(o);
                }
            }
        }

        @Override
        public long allocationRequest() {
            return ObjectSizes.PROPERTY_SIZE;
        }
    }

    /** super(type, obj): attribute lookup that starts after {@code type} in type(obj)'s MRO. */
    public static final class PySuper extends PyObject {
        public PyType thisType;
        public PyObject obj;
        public PyType objType;

        PySuper(PyType thisType, PyObject obj, PyType objType) {
            super(Types.SUPER);
            this.thisType = thisType;
            this.obj = obj;
            this.objType = objType;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            for (PyObject o : new PyObject[] {thisType, obj, objType}) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }

        @Override
        public void clear() {
            PyObject[] held = {thisType, obj, objType};
            thisType = null;
            obj = null;
            objType = null;
            for (PyObject o : held) {
                if (o != null) {
                    decref(o);
                }
            }
        }

        /** super_getattro. */
        public PyObject getattr(PyStr name) {
            if (objType != null && !name.value.equals("__class__")) {
                PyType[] mro = objType.mro;
                int i = 0;
                while (i < mro.length && mro[i] != thisType) {
                    i++;
                }
                for (i++; i < mro.length; i++) {
                    PyObject v = mro[i].dict.getStr(name);
                    if (v != null) {
                        if (Descriptors.hasGet(v)) {
                            return Descriptors.get(v, obj == objType ? null : obj, objType);
                        }
                        return incref(v);
                    }
                }
            }
            return Attributes.genericGetattr(this, name, false);
        }

        @Override
        public long allocationRequest() {
            return 16 + 48;
        }
    }

    /** super(thisType, obj) with obj an instance of or a subclass of thisType. */
    public static PyObject newSuper(PyType thisType, PyObject obj, PyType objTypeHint) {
        PyType objType;
        if (obj instanceof PyType t && t.isSubtypeOf(thisType)) {
            objType = t;
        } else if (obj.type.isSubtypeOf(thisType)) {
            objType = obj.type;
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return Heap.allocate(new PySuper((PyType) incref(thisType), incref(obj), (PyType) incref(objType)));
    }
}
