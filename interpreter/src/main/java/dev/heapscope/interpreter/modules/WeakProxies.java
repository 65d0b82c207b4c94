package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.objects.PyWeakref;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.BinaryOp;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/**
 * weakref.ProxyType and weakref.CallableProxyType (Objects/weakrefobject.c's proxy
 * types): weak references that stand for their referent. A proxy is a
 * {@link PyWeakref} in the referent's weakref list, so getweakrefcount and getweakrefs
 * count it; every operation unwraps proxy operands to their referents (UNWRAP) and
 * raises ReferenceError once the referent has died.
 */
public final class WeakProxies {
    private WeakProxies() {
    }

    public static final PyType PROXY_TYPE = Types.builtin("weakref.ProxyType", Types.OBJECT);
    public static final PyType CALLABLE_PROXY_TYPE = Types.builtin("weakref.CallableProxyType", Types.OBJECT);

    /** Whether {@code o} is a proxy of either kind. */
    public static boolean isProxy(PyObject o) {
        return o.type == PROXY_TYPE || o.type == CALLABLE_PROXY_TYPE;
    }

    /** The referent of a live proxy (borrowed); ReferenceError once it has died. */
    static PyObject target(PyObject proxy) {
        PyObject referent = ((PyWeakref) proxy).referent;
        if (referent == null) {
            throw Errors.raise(ExceptionTypes.REFERENCE_ERROR, "weakly-referenced object no longer exists");
        }
        return referent;
    }

    /** UNWRAP: a proxy operand stands for its referent; anything else for itself. */
    private static PyObject unwrap(PyObject o) {
        return isProxy(o) ? target(o) : o;
    }

    public static PyObject getattr(PyObject proxy, PyStr name) {
        return Ops.getattr(target(proxy), name);
    }

    public static void setattr(PyObject proxy, PyStr name, PyObject value) {
        if (value == null) {
            Ops.delattr(target(proxy), name);
        } else {
            Ops.setattr(target(proxy), name, value);
        }
    }

    static {
        for (PyType t : new PyType[] {PROXY_TYPE, CALLABLE_PROXY_TYPE}) {
            t.baseType = false;
            t.qualname = "ProxyType";
            define(t);
        }
        CALLABLE_PROXY_TYPE.qualname = "CallableProxyType";
        Methods.slot(CALLABLE_PROXY_TYPE, "__call__", (self, args, kw) -> {
            return Ops.call(target(self), args, kw);
        });
    }

    private static void define(PyType t) {
        Methods.slot(t, "__getattribute__", (self, args, kw) -> getattr(self, (PyStr) args[0]));
        Methods.slot(t, "__setattr__", (self, args, kw) -> {
            Ops.setattr(target(self), (PyStr) args[0], args[1]);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__delattr__", (self, args, kw) -> {
            Ops.delattr(target(self), (PyStr) args[0]);
            return incref(Types.NONE);
        });
        Methods.slot(t, "__repr__", (self, args, kw) -> {
            // proxy_repr names the referent's type and address, None's once it has died.
            PyObject o = ((PyWeakref) self).referent;
            if (o == null) {
                o = Types.NONE;
            }
            return Types.newStr("<weakproxy at 0x" + Long.toHexString(self.address) + " to " + o.type.name
                    + " at 0x" + Long.toHexString(o.address) + ">");
        });
        Methods.slot(t, "__str__", (self, args, kw) -> Ops.str(target(self)));
        Methods.slot(t, "__bytes__", (self, args, kw) -> Ops.call(Types.BYTES, target(self)));
        Methods.slot(t, "__bool__", (self, args, kw) -> Types.newBool(Ops.isTrue(target(self))));
        Methods.slot(t, "__len__", (self, args, kw) -> Types.newInt(Ops.len(target(self))));
        Methods.slot(t, "__contains__", (self, args, kw) ->
                Types.newBool(Ops.contains(target(self), unwrap(args[0]))));
        Methods.slot(t, "__getitem__", (self, args, kw) -> Ops.getitem(target(self), unwrap(args[0])));
        Methods.slot(t, "__setitem__", (self, args, kw) -> {
            Ops.setitem(target(self), unwrap(args[0]), unwrap(args[1]));
            return incref(Types.NONE);
        });
        Methods.slot(t, "__delitem__", (self, args, kw) -> {
            Ops.delitem(target(self), unwrap(args[0]));
            return incref(Types.NONE);
        });
        Methods.slot(t, "__iter__", (self, args, kw) -> Ops.iter(target(self)));
        Methods.slot(t, "__next__", (self, args, kw) -> {
            PyObject o = target(self);
            if (o.type.lookup(Names.__next__) == null) {
                throw Errors.typeError("Weakref proxy referenced a non-iterator '" + o.type.name + "' object");
            }
            return Ops.next(o);
        });
        Methods.slot(t, "__reversed__", (self, args, kw) -> Ops.call(Iteration.REVERSED, target(self)));
        Methods.slot(t, "__index__", (self, args, kw) -> Ops.index(target(self)));
        Methods.slot(t, "__int__", (self, args, kw) -> Ops.call(Types.INT, target(self)));
        Methods.slot(t, "__float__", (self, args, kw) -> Ops.call(Types.FLOAT, target(self)));
        Methods.slot(t, "__neg__", (self, args, kw) -> Ops.unary(target(self), Names.__neg__, "-"));
        Methods.slot(t, "__pos__", (self, args, kw) -> Ops.unary(target(self), Types.name("__pos__"), "+"));
        Methods.slot(t, "__abs__", (self, args, kw) -> Ops.unary(target(self), Types.name("__abs__"), "abs()"));
        Methods.slot(t, "__invert__", (self, args, kw) -> Ops.unary(target(self), Types.name("__invert__"), "~"));
        for (BinaryOp op : BinaryOp.values()) {
            Methods.slot(t, op.method.value, (self, args, kw) -> Ops.binary(target(self), unwrap(args[0]), op));
            Methods.slot(t, op.reflected.value, (self, args, kw) -> Ops.binary(unwrap(args[0]), target(self), op));
            Methods.slot(t, op.inplace.value, (self, args, kw) -> Ops.inplace(target(self), unwrap(args[0]), op));
        }
        Methods.slot(t, "__divmod__", (self, args, kw) ->
                Ops.call(builtin("divmod"), target(self), unwrap(args[0])));
        Methods.slot(t, "__rdivmod__", (self, args, kw) ->
                Ops.call(builtin("divmod"), unwrap(args[0]), target(self)));
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (self, args, kw) -> {
                Args.range(op.method.value, args, kw, 1, 1);
                return Ops.compare(target(self), unwrap(args[0]), op);
            });
        }
        Methods.attribute(t, "__hash__", Types.NONE);
    }

    /** A builtin function by name (borrowed). */
    private static PyObject builtin(String name) {
        return Builtins.dict().getStr(Types.name(name));
    }
}
