package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/**
 * _collections: the part of the collections module CPython writes in C that needs a
 * layout of its own. defaultdict is a dict with one more reference, its default_factory.
 */
public final class CollectionsAccelerator {
    private CollectionsAccelerator() {
    }

    /** tp_name "collections.defaultdict", as CPython's: messages and the class repr carry the module. */
    public static final PyType DEFAULTDICT = Types.builtin("collections.defaultdict", Types.DICT);

    /** A defaultdict: a dict whose missing keys are filled in by calling {@link #factory}. */
    static final class PyDefaultDict extends PyDict {
        /** Owned; null means None. */
        PyObject factory;

        PyDefaultDict(PyType type) {
            super(type);
        }

        @Override
        public void traverse(Visitor visitor) {
            if (factory != null) {
                visitor.visit(factory);
            }
            super.traverse(visitor);
        }

        @Override
        public void releaseReferences() {
            dropFactory();
            super.releaseReferences();
        }

        void dropFactory() {
            PyObject f = factory;
            factory = null;
            if (f != null) {
                decref(f);
            }
        }

        @Override
        public long allocationRequest() {
            return super.allocationRequest() + 8;
        }
    }

    static {
        PyType t = DEFAULTDICT;
        t.qualname = "defaultdict";
        Methods.constructor(t, (type, args, kw) -> {
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocateUntracked(new PyDefaultDict(type));
        });
        Methods.slot(t, "__init__", (self, args, kw) -> {
            PyDefaultDict d = (PyDefaultDict) self;
            int npos = Args.positional(args, kw);
            PyObject factory = npos > 0 ? args[0] : Types.NONE;
            if (factory != Types.NONE && factory.type.lookup(dev.heapscope.interpreter.runtime.Names.__call__) == null) {
                throw Errors.typeError("first argument must be callable or None");
            }
            d.dropFactory();
            d.factory = factory == Types.NONE ? null : incref(factory);
            PyObject[] rest = npos > 0 ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
            DictMethods.update(d, rest, kw, "defaultdict");
            return incref(Types.NONE);
        });
        Methods.method(t, "__missing__", (self, args, kw) -> {
            PyDefaultDict d = (PyDefaultDict) self;
            PyObject key = Args.one("__missing__", args, kw);
            if (d.factory == null) {
                throw Errors.keyError(key);
            }
            PyObject value = Ops.call(d.factory);
            try {
                Ops.setitem(d, key, value);
            } catch (RuntimeException e) {
                decref(value);
                throw e;
            }
            return value;
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> {
            PyDefaultDict d = (PyDefaultDict) self;
            String factory = d.factory == null ? "None" : Ops.reprString(d.factory);
            PyObject dictRepr = Ops.callMethod(Types.DICT.dict.getStr(Types.name("__repr__")), d, new PyObject[0], null);
            try {
                return Types.newStr(shortName(self.type) + "(" + factory + ", " + Ops.strString(dictRepr) + ")");
            } finally {
                decref(dictRepr);
            }
        });
        Methods.getset(t, "default_factory", self -> {
            PyObject f = ((PyDefaultDict) self).factory;
            return incref(f == null ? Types.NONE : f);
        }, (self, v) -> {
            PyDefaultDict d = (PyDefaultDict) self;
            d.dropFactory();
            d.factory = v == null || v == Types.NONE ? null : incref(v);
        });
        JavaCopy copy = self -> {
            PyDefaultDict d = (PyDefaultDict) self;
            PyObject f = d.factory == null ? Types.NONE : d.factory;
            return Ops.call(self.type, new PyObject[] {f, self}, null);
        };
        Methods.method(t, "copy", (self, args, kw) -> {
            Args.none("copy", args, kw);
            return copy.copy(self);
        });
        Methods.method(t, "__copy__", (self, args, kw) -> {
            Args.none("__copy__", args, kw);
            return copy.copy(self);
        });
    }

    /** _PyType_Name: the type's name without its module. */
    private static String shortName(PyType t) {
        return t.name.substring(t.name.lastIndexOf('.') + 1);
    }

    private interface JavaCopy {
        PyObject copy(PyObject self);
    }

    /**
     * The views OrderedDict's keys(), values() and items() return: CPython's odict_keys,
     * odict_values and odict_items, subclasses of the dict views. Our OrderedDict keeps its
     * order in the dict itself, so the dict views' iteration is already the right one.
     */
    public static final PyType ODICT_KEYS = Types.builtin("odict_keys", Types.DICT_KEYS);
    public static final PyType ODICT_VALUES = Types.builtin("odict_values", Types.DICT_VALUES);
    public static final PyType ODICT_ITEMS = Types.builtin("odict_items", Types.DICT_ITEMS);

    static {
        for (PyType t : new PyType[] {ODICT_KEYS, ODICT_VALUES, ODICT_ITEMS}) {
            t.baseType = false;
        }
    }

    private static PyObject odictView(PyType type, PyObject[] args, String[] kw, String name,
            dev.heapscope.interpreter.runtime.Iterators.DictPart part) {
        Args.range(name, args, kw, 1, 1);
        if (!(args[0] instanceof PyDict d)) {
            throw Errors.typeError(name + "() argument must be a dict, not " + args[0].type.name);
        }
        return DictMethods.view(type, d, part);
    }

    static PyModule create() {
        PyModule m = Importer.newModule("_collections", null);
        Builtins.value(m.dict, "defaultdict", DEFAULTDICT);
        Builtins.function(m.dict, "_odict_keys", (self, args, kw) -> odictView(ODICT_KEYS, args, kw, "_odict_keys",
                dev.heapscope.interpreter.runtime.Iterators.DictPart.KEYS));
        Builtins.function(m.dict, "_odict_values", (self, args, kw) -> odictView(ODICT_VALUES, args, kw,
                "_odict_values", dev.heapscope.interpreter.runtime.Iterators.DictPart.VALUES));
        Builtins.function(m.dict, "_odict_items", (self, args, kw) -> odictView(ODICT_ITEMS, args, kw, "_odict_items",
                dev.heapscope.interpreter.runtime.Iterators.DictPart.ITEMS));
        return m;
    }
}
