package dev.heapscope.interpreter.compiler;

import dev.heapscope.interpreter.memory.ObjectSizes;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Types;

/**
 * code: one compiled block (module, class body, function, lambda, comprehension), its
 * executable node tree and the layout of its frames' fast slots: locals first (parameters
 * in order), then cells, then free variables.
 */
public final class PyCode extends PyObject {
    public enum Kind { MODULE, CLASS, FUNCTION }

    public final Kind kind;
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    /** Positional parameters, including positional-only ones. */
    public int argcount;
    public int posonlyargcount;
    public int kwonlyargcount;
    public boolean varargs;
    public boolean varkeywords;
    /** Names of the fast slots, for errors, f_locals and the inspector. */
    public String[] slotNames;
    /** Slots that hold a cell (own cell variables); index into the frame's fast array. */
    public int[] cellSlots;
    /** For each cell slot, the parameter slot it is initialised from, or -1. */
    public int[] cellFromParameter;
    /** First slot of the free variables; they follow in closure order. */
    public int freeStart;
    public int nfree;
    public boolean generator;
    public boolean coroutine;
    /** A generator function's code marked by types.coroutine (CO_ITERABLE_COROUTINE): its generators can be awaited. */
    public boolean iterableCoroutine;
    /** The body; for a lambda or comprehension too, a statement block ending in a return. */
    public StmtNode body;
    public PyObject docstring;
    /** Code units CPython would have (for getsizeof of frames and code objects). */
    public int stackSize = 8;
    /** A generator whose frame suspends and resumes on the caller's thread (see Resumable). */
    public boolean resumable;
    /** Resume slots a frame of this code needs: one or two per resumable compound statement. */
    public int resumeSlots;
    /** For a class body: the slot of its __class__ cell, or -1. */
    public int classCellSlot = -1;
    /** Frees the parse arena of a script's module code once it has run (null: already freed). */
    public Runnable arena;
    /**
     * The interned strs this code owns as CPython's code object does: co_name and co_qualname
     * (one object twice when they are equal; null when not of name characters, like
     * "<lambda>" or "C.f", which CPython does not intern), co_names (the names its loads,
     * stores and attribute accesses look up, once each) and co_localsplusnames (a slot's name).
     */
    public PyStr coName;
    public PyStr coQualname;
    public final java.util.Map<String, PyStr> coNames = new java.util.LinkedHashMap<>();
    public PyStr[] localsPlusNames = new PyStr[0];

    public PyCode(Kind kind, String name, String qualname, String filename, int firstLineno) {
        super(Types.CODE);
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        if (ConstantKeys.allNameChars(name) && !name.isEmpty()) {
            coName = Types.intern(name);
            coQualname = qualname.equals(name) ? (PyStr) dev.heapscope.interpreter.runtime.Heap.incref(coName) : null;
        }
    }

    /** A name of co_names, borrowed: interned the first time this code uses it, then owned by the code. */
    public PyStr name(String s) {
        PyStr v = coNames.get(s);
        if (v == null) {
            v = Types.intern(s);
            coNames.put(s, v);
        }
        return v;
    }

    /** Frees the parse arena this code was compiled with, if it still holds one. */
    public void freeArena() {
        Runnable free = arena;
        arena = null;
        if (free != null) {
            free.run();
        }
    }

    public int nslots() {
        return slotNames.length;
    }

    /** 0 until {@link #bindsPositionally} first asks, then 1 (yes) or 2 (no). */
    private byte positionalShape;

    /**
     * Whether a call with positional arguments only can bind them by copying them into the
     * first slots and defaults after them: no *args, **kwargs or keyword-only parameters,
     * no cells or free variables to set up, not a generator or coroutine. Decided once,
     * after the compiler has set the code's layout (it never changes afterwards).
     */
    public boolean bindsPositionally() {
        byte shape = positionalShape;
        if (shape == 0) {
            shape = !varargs && !varkeywords && kwonlyargcount == 0 && cellSlots.length == 0 && nfree == 0
                    && !generator && !coroutine && !resumable ? (byte) 1 : (byte) 2;
            positionalShape = shape;
        }
        return shape == 1;
    }

    /** Whether slot {@code i} is a cell or free variable (holds a PyCell). */
    public boolean isCellSlot(int i) {
        if (i >= freeStart) {
            return true;
        }
        for (int c : cellSlots) {
            if (c == i) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.codeSize(16);
    }
}
