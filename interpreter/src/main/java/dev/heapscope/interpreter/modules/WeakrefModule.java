package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBuiltinFunction;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyInstance;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyMethod;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.objects.PyWeakref;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/**
 * _weakref: the reference type and the weakref-list queries, as Objects/weakrefobject.c.
 * The referent's list keeps CPython's order: the shared callback-less ref first, then
 * refs with callbacks, newest first, so callbacks run in CPython's order when it dies.
 */
public final class WeakrefModule {
    private WeakrefModule() {
    }

    public static final PyType REFERENCE_TYPE = Types.builtin("weakref.ReferenceType", Types.OBJECT);

    static {
        Methods.constructor(REFERENCE_TYPE, (type, args, kw) -> {
            Args.noKeywords("ref", kw);
            if (args.length < 1 || args.length > 2) {
                throw Errors.typeError(args.length < 1 ? "__new__ expected at least 1 argument, got 0"
                        : "ref expected at most 2 arguments, got " + args.length);
            }
            PyObject callback = args.length == 2 && args[1] != Types.NONE ? args[1] : null;
            return newRef(args[0], callback);
        });
        Methods.slot(REFERENCE_TYPE, "__call__", (self, args, kw) -> {
            Args.range("weakref", args, kw, 0, 0);
            PyObject referent = ((PyWeakref) self).referent;
            return incref(referent == null ? Types.NONE : referent);
        });
        Methods.slot(REFERENCE_TYPE, "__hash__", (self, args, kw) -> {
            PyWeakref w = (PyWeakref) self;
            if (w.hash == -1) {
                if (w.referent == null) {
                    throw Errors.typeError("weak object has gone away");
                }
                w.hash = Ops.hash(w.referent);
            }
            return Types.newInt(w.hash);
        });
        Methods.slot(REFERENCE_TYPE, "__eq__", (self, args, kw) -> richCompare(self, args[0], CompareOp.EQ));
        Methods.slot(REFERENCE_TYPE, "__ne__", (self, args, kw) -> richCompare(self, args[0], CompareOp.NE));
        Methods.slot(REFERENCE_TYPE, "__repr__", (self, args, kw) -> Types.newStr(repr((PyWeakref) self)));
        Methods.getter(REFERENCE_TYPE, "__callback__", self -> {
            PyObject cb = ((PyWeakref) self).callback;
            return incref(cb == null ? Types.NONE : cb);
        });
    }

    static PyModule create() {
        PyModule m = Importer.newModule("_weakref", null);
        Builtins.value(m.dict, "ref", REFERENCE_TYPE);
        Builtins.value(m.dict, "ReferenceType", REFERENCE_TYPE);
        Builtins.value(m.dict, "ProxyType", WeakProxies.PROXY_TYPE);
        Builtins.value(m.dict, "CallableProxyType", WeakProxies.CALLABLE_PROXY_TYPE);
        Builtins.function(m.dict, "proxy", (self, args, kw) -> {
            Args.noKeywords("proxy", kw);
            Args.range("proxy", args, kw, 1, 2);
            PyObject callback = args.length == 2 && args[1] != Types.NONE ? args[1] : null;
            return newProxy(args[0], callback);
        });
        Builtins.function(m.dict, "getweakrefcount", (self, args, kw) -> {
            PyObject o = Args.one("getweakrefcount", args, kw);
            long n = 0;
            for (PyWeakref w = (PyWeakref) o.weakrefList; w != null; w = w.next) {
                n++;
            }
            return Types.newInt(n);
        });
        Builtins.function(m.dict, "getweakrefs", (self, args, kw) -> {
            PyObject o = Args.one("getweakrefs", args, kw);
            PyList result = Heap.allocate(new PyList(Types.LIST));
            for (PyWeakref w = (PyWeakref) o.weakrefList; w != null; w = w.next) {
                result.append(w);
            }
            return result;
        });
        return m;
    }

    /** Whether objects of this kind have a weakref list (tp_weaklistoffset != 0). */
    static boolean supportsWeakrefs(PyObject o) {
        // A class statement gives instances a weakref list (__weakref__) unless __slots__
        // leaves it out or the builtin base is variable-size; list, dict and other builtin
        // bases included, as CPython's subtypes do.
        if (o.type.heapType && o.type.instancesHaveWeakref) {
            return true;
        }
        if (o instanceof PyInstance) {
            return false;
        }
        return o instanceof PyFunction || o instanceof PyType || o instanceof PyMethod || o instanceof PySet
                || o instanceof PyModule || o instanceof PyBuiltinFunction
                || o instanceof dev.heapscope.interpreter.compiler.Generators.PyGenerator;
    }

    /**
     * get_basic_refs: the shared callback-less ref (only ever first in the list) and the
     * shared callback-less proxy (first, or just after that ref); null where absent.
     */
    private static PyWeakref basicRef(PyObject referent) {
        PyWeakref head = (PyWeakref) referent.weakrefList;
        return head != null && head.callback == null && head.type == REFERENCE_TYPE ? head : null;
    }

    private static PyWeakref basicProxy(PyObject referent, PyWeakref basicRef) {
        PyWeakref w = basicRef != null ? basicRef.next : (PyWeakref) referent.weakrefList;
        return w != null && w.callback == null && WeakProxies.isProxy(w) ? w : null;
    }

    /** Links {@code w} into its referent's list after {@code prev}, or at the head when prev is null. */
    private static void insertAfter(PyObject referent, PyWeakref w, PyWeakref prev) {
        if (prev == null) {
            w.next = (PyWeakref) referent.weakrefList;
            referent.weakrefList = w;
        } else {
            w.next = prev.next;
            prev.next = w;
        }
    }

    /**
     * weakref_new: the shared callback-less ref when one exists and no callback is asked
     * for; otherwise a new ref, at the head without a callback, else after the shared
     * proxy or ref (so refs and proxies with callbacks are newest first after them).
     */
    static PyObject newRef(PyObject referent, PyObject callback) {
        if (!supportsWeakrefs(referent)) {
            throw Errors.typeError("cannot create weak reference to '" + referent.type.name + "' object");
        }
        PyWeakref ref = basicRef(referent);
        if (callback == null && ref != null) {
            return incref(ref);
        }
        PyWeakref proxy = basicProxy(referent, ref);
        PyWeakref w = Heap.allocate(new PyWeakref(REFERENCE_TYPE, referent,
                callback == null ? null : incref(callback)));
        insertAfter(referent, w, callback == null ? null : proxy != null ? proxy : ref);
        return w;
    }

    /**
     * PyWeakref_NewProxy: the shared callback-less proxy when one exists and no callback
     * is asked for; otherwise a new proxy (callable if the referent is), after the shared
     * ref without a callback, else after the shared proxy or ref.
     */
    static PyObject newProxy(PyObject referent, PyObject callback) {
        if (!supportsWeakrefs(referent)) {
            throw Errors.typeError("cannot create weak reference to '" + referent.type.name + "' object");
        }
        PyWeakref ref = basicRef(referent);
        PyWeakref proxy = basicProxy(referent, ref);
        if (callback == null && proxy != null) {
            return incref(proxy);
        }
        PyType type = referent.type.lookup(dev.heapscope.interpreter.runtime.Names.__call__) != null
                ? WeakProxies.CALLABLE_PROXY_TYPE : WeakProxies.PROXY_TYPE;
        PyWeakref w = Heap.allocate(new PyWeakref(type, referent, callback == null ? null : incref(callback)));
        insertAfter(referent, w, callback == null ? ref : proxy != null ? proxy : ref);
        return w;
    }

    private static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PyWeakref o) || other.type != REFERENCE_TYPE) {
            return incref(Types.NOT_IMPLEMENTED);
        }
        PyWeakref s = (PyWeakref) self;
        if (s.referent == null || o.referent == null) {
            boolean same = s == o;
            return Types.newBool(op == CompareOp.EQ ? same : !same);
        }
        return Ops.compare(s.referent, o.referent, op);
    }

    private static String repr(PyWeakref w) {
        String at = "<weakref at 0x" + Long.toHexString(w.address) + "; ";
        PyObject o = w.referent;
        if (o == null) {
            return at + "dead>";
        }
        String to = at + "to '" + o.type.name + "' at 0x" + Long.toHexString(o.address);
        PyObject name = Ops.getattrOrNull(o, dev.heapscope.interpreter.runtime.Names.__name__);
        if (name instanceof dev.heapscope.interpreter.objects.PyStr s) {
            decref(name);
            return to + " (" + s.value + ")>";
        }
        if (name != null) {
            decref(name);
        }
        return to + ">";
    }
}
