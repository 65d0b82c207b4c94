package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;

/**
 * mappingproxy (types.MappingProxyType): a read-only view of a mapping. {@code C.__dict__}
 * is one over the class's own dict, made afresh at each access as in CPython, so the class
 * namespace can only change through setattr (which keeps the type's caches exact).
 */
public final class MappingProxy {
    private MappingProxy() {
    }

    public static final PyType MAPPINGPROXY = Types.builtin("mappingproxy", Types.OBJECT);

    /** The proxy; it owns a reference to its mapping. */
    public static final class PyMappingProxy extends PyObject {
        public PyObject mapping;

        PyMappingProxy(PyObject mapping) {
            super(MAPPINGPROXY);
            this.mapping = mapping;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (mapping != null) {
                visitor.visit(mapping);
            }
        }

        @Override
        public void clear() {
            PyObject m = mapping;
            mapping = null;
            if (m != null) {
                decref(m);
            }
        }

        @Override
        public long allocationRequest() {
            return 16 + 8;
        }
    }

    /** A new proxy over {@code mapping} (borrowed; the proxy takes its own reference). */
    public static PyObject of(PyObject mapping) {
        return Heap.allocate(new PyMappingProxy(incref(mapping)));
    }

    private static PyObject mapping(PyObject self) {
        return ((PyMappingProxy) self).mapping;
    }

    /** mapping.name(*args), a new reference. */
    private static PyObject delegate(PyObject self, String name, PyObject... args) {
        PyObject method = Ops.getattr(mapping(self), Types.name(name));
        try {
            return Ops.call(method, args, null);
        } finally {
            decref(method);
        }
    }

    static void register() {
        PyType t = MAPPINGPROXY;
        t.baseType = false;
        Methods.constructor(t, (type, args, kw) -> {
            PyObject m = Args.one("mappingproxy", args, kw);
            // mappingproxy_check_mapping: a mapping, and not a list or tuple (which have __getitem__ too).
            if (m instanceof PyList || m instanceof PyTuple || m.type.lookup(Types.name("__getitem__")) == null
                    || m.type.lookup(Types.name("keys")) == null) {
                throw Errors.typeError("mappingproxy() argument must be a mapping, not " + m.type.name);
            }
            return of(m);
        });
        Methods.slot(t, "__getitem__", (self, args, kw) -> Ops.getitem(mapping(self), args[0]));
        Methods.slot(t, "__len__", (self, args, kw) -> Types.newInt(Ops.len(mapping(self))));
        Methods.slot(t, "__contains__", (self, args, kw) -> Types.newBool(Ops.contains(mapping(self), args[0])));
        Methods.slot(t, "__iter__", (self, args, kw) -> Ops.iter(mapping(self)));
        Methods.slot(t, "__repr__", (self, args, kw) -> {
            PyStr inner = Ops.repr(mapping(self));
            try {
                return Types.newStr("mappingproxy(" + inner.value + ")");
            } finally {
                decref(inner);
            }
        });
        Methods.slot(t, "__str__", (self, args, kw) -> Ops.str(mapping(self)));
        for (String op : new String[] {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}) {
            CompareOp cmp = switch (op) {
                case "__eq__" -> CompareOp.EQ;
                case "__ne__" -> CompareOp.NE;
                case "__lt__" -> CompareOp.LT;
                case "__le__" -> CompareOp.LE;
                case "__gt__" -> CompareOp.GT;
                default -> CompareOp.GE;
            };
            Methods.slot(t, op, (self, args, kw) -> Ops.compare(mapping(self), args[0], cmp));
        }
        Methods.slot(t, "__or__", (self, args, kw) -> {
            PyObject other = args[0] instanceof PyMappingProxy p ? p.mapping : args[0];
            return Ops.binary(mapping(self), other, BinaryOp.OR);
        });
        Methods.slot(t, "__ror__", (self, args, kw) -> {
            PyObject other = args[0] instanceof PyMappingProxy p ? p.mapping : args[0];
            return Ops.binary(other, mapping(self), BinaryOp.OR);
        });
        Methods.method(t, "get", (self, args, kw) -> {
            Args.range("get", args, kw, 1, 2);
            return delegate(self, "get", args);
        });
        Methods.method(t, "keys", (self, args, kw) -> delegate(self, "keys"));
        Methods.method(t, "values", (self, args, kw) -> delegate(self, "values"));
        Methods.method(t, "items", (self, args, kw) -> delegate(self, "items"));
        Methods.method(t, "copy", (self, args, kw) -> delegate(self, "copy"));
        Methods.method(t, "__reversed__", (self, args, kw) -> delegate(self, "__reversed__"));
        // 3.11's mappingproxy compares but does not hash (__hash__ is None, as for dict).
        Methods.attribute(t, "__hash__", incref(Types.NONE));
    }
}
