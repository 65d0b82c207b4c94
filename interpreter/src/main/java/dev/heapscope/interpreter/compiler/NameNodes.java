package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.Types;

/**
 * Loads, stores and deletes of names, one node class per place a name can live, chosen
 * at compile time from the symbol table: fast slots, cells, globals, and the namespace
 * dicts of modules and class bodies.
 */
final class NameNodes {
    private NameNodes() {
    }

    /** Something an assignment can bind: a name, an attribute, an item, or a pattern of targets. */
    abstract static class Target extends Node {
        /** Binds {@code value}, taking over the caller's reference. */
        abstract void assign(Frame f, PyObject value);

        abstract void delete(Frame f);
    }

    static final class LoadFast extends ExprNode {
        final int slot;
        final String name;

        LoadFast(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = f.fast[slot];
            if (v == null) {
                f.position = this;
                throw Errors.unboundLocal(name);
            }
            v.refcnt++;
            return v;
        }
    }

    static final class Fast extends Target {
        final int slot;
        final String name;

        Fast(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyObject old = f.fast[slot];
            f.fast[slot] = value;
            if (old != null) {
                decref(old);
            }
        }

        @Override
        void delete(Frame f) {
            PyObject old = f.fast[slot];
            if (old == null) {
                f.position = this;
                throw Errors.unboundLocal(name);
            }
            f.fast[slot] = null;
            decref(old);
        }
    }

    static final class LoadDeref extends ExprNode {
        final int slot;
        final String name;
        final boolean free;

        LoadDeref(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = ((PyCell) f.fast[slot]).contents;
            if (v == null) {
                f.position = this;
                throw free ? Errors.unboundFree(name) : Errors.unboundLocal(name);
            }
            v.refcnt++;
            return v;
        }
    }

    static final class Deref extends Target {
        final int slot;
        final String name;
        final boolean free;

        Deref(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyCell cell = (PyCell) f.fast[slot];
            PyObject old = cell.contents;
            cell.contents = value;
            if (old != null) {
                decref(old);
            }
        }

        @Override
        void delete(Frame f) {
            PyCell cell = (PyCell) f.fast[slot];
            PyObject old = cell.contents;
            if (old == null) {
                f.position = this;
                throw free ? Errors.unboundFree(name) : Errors.unboundLocal(name);
            }
            cell.contents = null;
            decref(old);
        }
    }

    /** LOAD_GLOBAL: the globals dict, then the builtins. */
    static final class LoadGlobal extends ExprNode {
        final PyStr name;

        LoadGlobal(PyStr name) {
            this.name = name;
        }

        /*
         * Inline cache (LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN): the entry slot of the name
         * in the globals dict, or, for a builtin, the slot in the builtins dict together with
         * the globals dict and its keys version that proved the name absent from globals.
         * A hit is re-checked by key identity, so a stale slot only costs the slow path.
         */
        private int globalsEntry = -1;
        private PyDict absentFrom;
        private long absentKeysVersion;
        private int builtinsEntry = -1;

        @Override
        public PyObject eval(Frame f) {
            PyDict globals = f.globals;
            PyObject v = globals.valueIfKeyAt(globalsEntry, name);
            if (v == null) {
                if (absentFrom == globals && absentKeysVersion == globals.keysVersion) {
                    v = f.builtins.valueIfKeyAt(builtinsEntry, name);
                }
                if (v == null) {
                    v = lookup(f);
                }
            }
            v.refcnt++;
            return v;
        }

        private PyObject lookup(Frame f) {
            PyDict globals = f.globals;
            int ix = globals.entryOf(name);
            if (ix >= 0) {
                globalsEntry = ix;
                return globals.valueAt(ix);
            }
            PyObject v = globals.getStr(name);
            if (v != null) {
                return v;
            }
            absentFrom = globals;
            absentKeysVersion = globals.keysVersion;
            ix = f.builtins.entryOf(name);
            if (ix >= 0) {
                builtinsEntry = ix;
                return f.builtins.valueAt(ix);
            }
            v = f.builtins.getStr(name);
            if (v == null) {
                f.position = this;
                throw Errors.nameError(name.value);
            }
            return v;
        }
    }

    static final class Global extends Target {
        final PyStr name;

        Global(PyStr name) {
            this.name = name;
        }

        @Override
        void assign(Frame f, PyObject value) {
            f.globals.putOwned(incref(name), name.hash(), value);
        }

        @Override
        void delete(Frame f) {
            PyObject old = f.globals.pop(name);
            if (old == null) {
                f.position = this;
                throw Errors.nameError(name.value);
            }
            decref(old);
        }
    }

    /** LOAD_NAME: the block's namespace (a class body's or module's), then globals, then builtins. */
    static final class LoadName extends ExprNode {
        final PyStr name;

        LoadName(PyStr name) {
            this.name = name;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = lookupLocals(f, name);
            if (v == null) {
                v = f.globals.getStr(name);
                if (v == null) {
                    v = f.builtins.getStr(name);
                    if (v == null) {
                        f.position = this;
                        throw Errors.nameError(name.value);
                    }
                }
                v.refcnt++;
            }
            return v;
        }
    }

    /** A new reference to {@code name} in the frame's namespace, or null. */
    static PyObject lookupLocals(Frame f, PyStr name) {
        PyObject ns = f.locals;
        if (ns instanceof PyDict d && d.type == Types.DICT) {
            PyObject v = d.getStr(name);
            return v == null ? null : incref(v);
        }
        try {
            return Ops.getitem(ns, name);
        } catch (PyException e) {
            if (Ops.matches(e, ExceptionTypes.KEY_ERROR)) {
                decref(e.value);
                return null;
            }
            throw e;
        }
    }

    static final class Name extends Target {
        final PyStr name;

        Name(PyStr name) {
            this.name = name;
        }

        @Override
        void assign(Frame f, PyObject value) {
            PyObject ns = f.locals;
            if (ns instanceof PyDict d && d.type == Types.DICT) {
                d.putOwned(incref(name), name.hash(), value);
                return;
            }
            try {
                Ops.setitem(ns, name, value);
            } finally {
                decref(value);
            }
        }

        @Override
        void delete(Frame f) {
            PyObject ns = f.locals;
            if (ns instanceof PyDict d && d.type == Types.DICT) {
                PyObject old = d.pop(name);
                if (old == null) {
                    f.position = this;
                    throw Errors.nameError(name.value);
                }
                decref(old);
                return;
            }
            Ops.delitem(ns, name);
        }
    }

    /** LOAD_CLASSDEREF: a class body reading a variable of an enclosing function; the class namespace wins. */
    static final class LoadClassDeref extends ExprNode {
        final PyStr name;
        final int slot;

        LoadClassDeref(PyStr name, int slot) {
            this.name = name;
            this.slot = slot;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = lookupLocals(f, name);
            if (v != null) {
                return v;
            }
            v = ((PyCell) f.fast[slot]).contents;
            if (v == null) {
                f.position = this;
                throw Errors.unboundFree(name.value);
            }
            return incref(v);
        }
    }
}
