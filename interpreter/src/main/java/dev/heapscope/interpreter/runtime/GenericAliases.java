package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * types.GenericAlias (PEP 585): {@code list[int]}, made by the builtin containers'
 * __class_getitem__. It remembers the origin class and the arguments, prints as
 * {@code list[int]}, is called and subclassed as its origin, and forwards every other
 * attribute to the origin, as CPython's Objects/genericaliasobject.c does.
 */
public final class GenericAliases {
    private GenericAliases() {
    }

    public static final PyType GENERIC_ALIAS = Types.builtin("types.GenericAlias", Types.OBJECT);

    /** The attributes an alias answers itself; all others are the origin's (ga_getattro). */
    private static final Set<String> OWN_ATTRIBUTES = Set.of("__class__", "__origin__", "__args__", "__unpacked__",
            "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
            "__copy__", "__deepcopy__");

    /** An alias: origin[args]. Both are owned. */
    public static final class PyGenericAlias extends PyObject {
        public PyObject origin;
        public PyTuple args;
        /** The type variables among the arguments, computed on first use. */
        PyTuple parameters;

        PyGenericAlias(PyType type, PyObject origin, PyTuple args) {
            super(type);
            this.origin = origin;
            this.args = args;
        }

        @Override
        public boolean isGcType() {
            return true;
        }

        @Override
        public void traverse(Visitor visitor) {
            if (origin != null) {
                visitor.visit(origin);
            }
            if (args != null) {
                visitor.visit(args);
            }
            if (parameters != null) {
                visitor.visit(parameters);
            }
        }

        @Override
        public void clear() {
            PyObject o = origin;
            PyObject a = args;
            PyObject p = parameters;
            origin = null;
            args = null;
            parameters = null;
            for (PyObject x : new PyObject[] {o, a, p}) {
                if (x != null) {
                    decref(x);
                }
            }
        }

        @Override
        public long allocationRequest() {
            return 16 + 48;
        }
    }

    /** origin[args] as a new alias; {@code args} (borrowed) is wrapped in a tuple unless it is one. */
    public static PyObject of(PyType type, PyObject origin, PyObject args) {
        PyTuple tuple = args instanceof PyTuple t ? (PyTuple) incref(t)
                : Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(args)}));
        if (type.heapType) {
            incref(type);
        }
        return Heap.allocate(new PyGenericAlias(type, incref(origin), tuple));
    }

    /** Attribute access: the alias's own attributes, then the origin's. */
    static PyObject getattr(PyGenericAlias ga, PyStr name) {
        if (!OWN_ATTRIBUTES.contains(name.value) && ga.origin != null) {
            return Ops.getattr(ga.origin, name);
        }
        return Attributes.genericGetattr(ga, name, true);
    }

    /** ga_repr_item: "..." for Ellipsis, a class's (module-qualified) name, else repr(). */
    private static String reprItem(PyObject p) {
        if (p == Types.ELLIPSIS) {
            return "...";
        }
        if (p instanceof PyGenericAlias) {
            return Ops.reprString(p);
        }
        PyObject origin = Ops.getattrOrNull(p, Types.name("__origin__"));
        PyObject args = origin == null ? null : Ops.getattrOrNull(p, Types.name("__args__"));
        try {
            if (origin != null && args != null) {
                return Ops.reprString(p);
            }
        } finally {
            if (origin != null) {
                decref(origin);
            }
            if (args != null) {
                decref(args);
            }
        }
        PyObject qualname = Ops.getattrOrNull(p, Types.name("__qualname__"));
        PyObject module = qualname == null ? null : Ops.getattrOrNull(p, Names.__module__);
        try {
            if (qualname == null || module == null) {
                return Ops.reprString(p);
            }
            if (module instanceof PyStr m && m.value.equals("builtins")) {
                return Ops.strString(qualname);
            }
            return Ops.strString(module) + "." + Ops.strString(qualname);
        } finally {
            if (qualname != null) {
                decref(qualname);
            }
            if (module != null) {
                decref(module);
            }
        }
    }

    static String repr(PyGenericAlias ga) {
        StringBuilder s = new StringBuilder(reprItem(ga.origin)).append('[');
        if (ga.args.items.length == 0) {
            s.append("()");
        }
        for (int i = 0; i < ga.args.items.length; i++) {
            if (i > 0) {
                s.append(", ");
            }
            PyObject a = ga.args.items[i];
            s.append(a instanceof dev.heapscope.interpreter.objects.PyList ? Ops.reprString(a) : reprItem(a));
        }
        return s.append(']').toString();
    }

    private static boolean hasAttribute(PyObject o, String name) {
        PyObject v = Ops.getattrOrNull(o, Types.name(name));
        if (v == null) {
            return false;
        }
        decref(v);
        return true;
    }

    /** _Py_make_parameters: the type variables (anything with __typing_subst__) among args, in order, each once. */
    static PyTuple parameters(PyGenericAlias ga) {
        if (ga.parameters == null) {
            List<PyObject> out = new ArrayList<>();
            for (PyObject a : ga.args.items) {
                if (a instanceof PyType) {
                    continue;
                }
                if (hasAttribute(a, "__typing_subst__")) {
                    if (!out.contains(a)) {
                        out.add(a);
                    }
                    continue;
                }
                PyObject sub = Ops.getattrOrNull(a, Types.name("__parameters__"));
                if (sub instanceof PyTuple st) {
                    for (PyObject p : st.items) {
                        if (!out.contains(p)) {
                            out.add(p);
                        }
                    }
                }
                if (sub != null) {
                    decref(sub);
                }
            }
            PyObject[] items = new PyObject[out.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = incref(out.get(i));
            }
            ga.parameters = items.length == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE)
                    : Heap.allocate(new PyTuple(Types.TUPLE, items));
        }
        return ga.parameters;
    }

    /** alias[values]: the type variables replaced by the given values (_Py_subs_parameters). */
    static PyObject subscript(PyGenericAlias ga, PyObject key) {
        PyTuple params = parameters(ga);
        if (params.items.length == 0) {
            throw Errors.typeError(repr(ga) + " is not a generic class");
        }
        PyObject[] values = key instanceof PyTuple t ? t.items : new PyObject[] {key};
        if (values.length != params.items.length) {
            throw Errors.typeError("Too " + (values.length > params.items.length ? "many" : "few")
                    + " arguments for " + repr(ga) + "; actual " + values.length + ", expected " + params.items.length);
        }
        PyObject[] newArgs = new PyObject[ga.args.items.length];
        try {
            for (int i = 0; i < newArgs.length; i++) {
                newArgs[i] = substitute(ga.args.items[i], params, values);
            }
        } catch (PyException e) {
            for (PyObject a : newArgs) {
                if (a != null) {
                    decref(a);
                }
            }
            throw e;
        }
        PyTuple tuple = Heap.allocate(new PyTuple(Types.TUPLE, newArgs));
        try {
            // ga_getitem builds a plain GenericAlias, whatever subclass was subscripted.
            return of(GENERIC_ALIAS, ga.origin, tuple);
        } finally {
            decref(tuple);
        }
    }

    /** One argument with the parameters replaced: a parameter itself, or a nested alias subscripted. */
    private static PyObject substitute(PyObject arg, PyTuple params, PyObject[] values) {
        for (int j = 0; j < params.items.length; j++) {
            if (params.items[j] == arg) {
                PyObject subst = Ops.getattrOrNull(arg, Types.name("__typing_subst__"));
                if (subst == null) {
                    return incref(values[j]);
                }
                try {
                    return Ops.call(subst, values[j]);
                } finally {
                    decref(subst);
                }
            }
        }
        if (arg instanceof PyType) {
            return incref(arg);
        }
        PyObject sub = Ops.getattrOrNull(arg, Types.name("__parameters__"));
        try {
            if (!(sub instanceof PyTuple st) || st.items.length == 0) {
                return incref(arg);
            }
            PyObject[] subValues = new PyObject[st.items.length];
            for (int k = 0; k < subValues.length; k++) {
                PyObject v = null;
                for (int j = 0; j < params.items.length; j++) {
                    if (params.items[j] == st.items[k]) {
                        v = values[j];
                    }
                }
                subValues[k] = incref(v == null ? st.items[k] : v);
            }
            PyObject key = subValues.length == 1 ? subValues[0] : Heap.allocate(new PyTuple(Types.TUPLE, subValues));
            try {
                return Ops.getitem(arg, key);
            } finally {
                decref(key);
            }
        } finally {
            if (sub != null) {
                decref(sub);
            }
        }
    }

    static void register() {
        PyType t = GENERIC_ALIAS;
        Methods.constructor(t, (type, args, kw) -> {
            if (kw != null && kw.length > 0 && type == GENERIC_ALIAS) {
                throw Errors.typeError("GenericAlias() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw Errors.typeError("GenericAlias expected 2 arguments, got " + args.length);
            }
            return of(type, args[0], args[1]);
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> Types.newStr(repr((PyGenericAlias) self)));
        Methods.slot(t, "__getitem__", (self, args, kw) -> subscript((PyGenericAlias) self, args[0]));
        Methods.slot(t, "__call__", (self, args, kw) -> {
            PyGenericAlias ga = (PyGenericAlias) self;
            PyObject obj = Ops.call(ga.origin, args, kw);
            // The instance learns the alias it was made from, when it takes attributes.
            try {
                Ops.setattr(obj, Types.name("__orig_class__"), ga);
            } catch (PyException e) {
                if (!Ops.matches(e, ExceptionTypes.ATTRIBUTE_ERROR) && !Ops.matches(e, ExceptionTypes.TYPE_ERROR)) {
                    decref(obj);
                    throw e;
                }
                decref(e.value);
            }
            return obj;
        });
        Methods.slot(t, "__eq__", (self, args, kw) -> {
            if (!(args[0] instanceof PyGenericAlias o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            PyGenericAlias a = (PyGenericAlias) self;
            return Types.newBool(Ops.eq(a.origin, o.origin) && Ops.eq(a.args, o.args));
        });
        Methods.slot(t, "__ne__", (self, args, kw) -> {
            if (!(args[0] instanceof PyGenericAlias o)) {
                return incref(Types.NOT_IMPLEMENTED);
            }
            PyGenericAlias a = (PyGenericAlias) self;
            return Types.newBool(!(Ops.eq(a.origin, o.origin) && Ops.eq(a.args, o.args)));
        });
        Methods.slot(t, "__hash__", (self, args, kw) -> {
            PyGenericAlias a = (PyGenericAlias) self;
            return Types.newInt(Ops.hash(a.origin) ^ Ops.hash(a.args));
        });
        Methods.slot(t, "__or__", (self, args, kw) -> UnionTypes.or(self, args[0]));
        Methods.slot(t, "__ror__", (self, args, kw) -> UnionTypes.or(args[0], self));
        Methods.method(t, "__mro_entries__", (self, args, kw) -> {
            PyObject origin = ((PyGenericAlias) self).origin;
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(origin)}));
        });
        Methods.method(t, "__instancecheck__", (self, args, kw) -> {
            throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        Methods.method(t, "__subclasscheck__", (self, args, kw) -> {
            throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        Methods.getter(t, "__origin__", self -> incref(((PyGenericAlias) self).origin));
        Methods.getter(t, "__args__", self -> incref(((PyGenericAlias) self).args));
        Methods.getter(t, "__parameters__", self -> incref(parameters((PyGenericAlias) self)));
        Methods.getter(t, "__unpacked__", self -> incref(Types.FALSE));
        t.qualname = "GenericAlias";

        // PEP 585: the builtin containers can be parameterised. type[...] is not among them:
        // type has no __class_getitem__ (every class would find it through its metaclass);
        // subscripting type itself is a special case of Ops.getitem, as in PyObject_GetItem.
        for (PyType origin : new PyType[] {Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET}) {
            Methods.classMethod(origin, "__class_getitem__", (cls, args, kw) -> of(GENERIC_ALIAS, cls, args[0]));
        }
    }
}
