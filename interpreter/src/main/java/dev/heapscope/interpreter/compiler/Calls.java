package dev.heapscope.interpreter.compiler;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyFunction;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Traceback;
import dev.heapscope.interpreter.runtime.Tracing;
import dev.heapscope.interpreter.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/** Calling Python functions: binding arguments to parameters and running the frame. */
public final class Calls {
    private Calls() {
    }

    /** Calls {@code f} with borrowed arguments: the callee's locals take new references. */
    public static PyObject callFunction(PyFunction f, PyObject[] args, String[] kwnames) {
        // Binding moves the references out of the array it is given (nulling its slots), so
        // it gets a copy: the caller's array still holds the borrowed arguments afterwards.
        PyObject[] owned = args.clone();
        for (PyObject a : owned) {
            a.refcnt++;
        }
        return callFunctionOwned(f, owned, kwnames);
    }

    /**
     * Calls {@code f}, moving the caller's references to the arguments into the new frame's
     * locals, as CPython 3.11 does for a Python-to-Python call. On return every
     * argument reference has been consumed.
     */
    public static PyObject callFunctionOwned(PyFunction f, PyObject[] args, String[] kwnames) {
        PyCode code = f.code;
        if (kwnames == null && code.bindsPositionally()) {
            PyObject[] fast = bindPositional(f, code, args);
            if (fast != null) {
                return run(new Frame(code, f, f.globals, (PyDict) f.builtins, ThreadState.current, fast));
            }
        }
        Frame frame = new Frame(code, f, f.globals, (PyDict) f.builtins, ThreadState.current);
        bind(f, code, frame.fast, args, kwnames);
        initCells(f, code, frame.fast);
        if (code.resumable) {
            frame.resumeInt = new int[code.resumeSlots];
            frame.resumeObj = new PyObject[code.resumeSlots];
        }
        if (code.generator || code.coroutine) {
            return Generators.create(frame);
        }
        return run(frame);
    }

    /**
     * The fast slots for a call of positional arguments only to a function whose code
     * {@link PyCode#bindsPositionally}: the arguments in the first slots (the array itself
     * when the code has no other locals), defaults after them. Null, with nothing moved,
     * when the count does not fit: {@link #bind} then reports the mismatch.
     */
    private static PyObject[] bindPositional(PyFunction f, PyCode code, PyObject[] args) {
        int npos = args.length;
        int argcount = code.argcount;
        int nslots = code.nslots();
        if (npos == argcount) {
            if (npos == nslots) {
                return args;
            }
            PyObject[] fast = new PyObject[nslots];
            System.arraycopy(args, 0, fast, 0, npos);
            return fast;
        }
        PyObject[] defaults = f.defaults;
        int firstDefault = argcount - (defaults == null ? 0 : defaults.length);
        if (npos > argcount || npos < firstDefault) {
            return null;
        }
        PyObject[] fast = new PyObject[nslots];
        System.arraycopy(args, 0, fast, 0, npos);
        for (int p = npos; p < argcount; p++) {
            fast[p] = incref(defaults[p - firstDefault]);
        }
        return fast;
    }

    /** Executes a frame to completion and returns its return value. */
    public static PyObject run(Frame frame) {
        ThreadState.enter();
        Frame caller = ThreadState.current;
        frame.back = caller;
        ThreadState.current = frame;
        Tracing.Listener listener = Tracing.listener();
        if (listener != null) {
            listener.call(frame);
        }
        try {
            int completion = frame.code.body.exec(frame);
            PyObject result = completion == StmtNode.RETURN ? frame.returnValue : incref(Types.NONE);
            frame.returnValue = null;
            if (listener != null) {
                listener.ret(frame, result);
            }
            return result;
        } catch (PyException e) {
            Traceback.here(e, frame);
            throw e;
        } catch (StackOverflowError e) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.RECURSION_ERROR,
                    "maximum recursion depth exceeded");
        } finally {
            ThreadState.current = caller;
            ThreadState.leave();
            frame.exit();
        }
    }

    /** Puts cells in the cell slots (from the parameter when the parameter is a cell) and the closure in the free slots. */
    static void initCells(PyFunction f, PyCode code, PyObject[] fast) {
        int[] cells = code.cellSlots;
        for (int i = 0; i < cells.length; i++) {
            int from = code.cellFromParameter[i];
            PyObject initial = null;
            if (from >= 0) {
                initial = fast[from];
                fast[from] = null;
            }
            fast[cells[i]] = Heap.allocate(new PyCell(Types.CELL, initial));
        }
        if (code.nfree > 0) {
            PyCell[] closure = f.closure;
            for (int i = 0; i < code.nfree; i++) {
                fast[code.freeStart + i] = incref(closure[i]);
            }
        }
    }

    /**
     * Binds owned argument references to the parameter slots, with CPython 3.11's
     * messages for every mismatch. On error every argument reference is released.
     */
    static void bind(PyFunction f, PyCode code, PyObject[] fast, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = code.argcount;
        try {
            int direct = Math.min(npos, argcount);
            System.arraycopy(args, 0, fast, 0, direct);
            for (int i = 0; i < direct; i++) {
                args[i] = null;
            }
            int slot = argcount + code.kwonlyargcount;
            if (code.varargs) {
                int extra = npos - direct;
                PyObject[] rest = new PyObject[Math.max(0, extra)];
                for (int i = 0; i < extra; i++) {
                    rest[i] = args[direct + i];
                    args[direct + i] = null;
                }
                fast[slot++] = rest.length == 0 ? incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, rest));
            } else if (npos > argcount) {
                throw tooManyPositional(f, code, npos, nkw, kwnames, args);
            }
            PyDict kwargs = null;
            if (code.varkeywords) {
                kwargs = Heap.allocateUntracked(new PyDict(Types.DICT));
                fast[slot] = kwargs;
            }
            List<String> posonlyAsKeyword = null;
            for (int k = 0; k < nkw; k++) {
                String name = kwnames[k];
                int target = -1;
                for (int p = code.posonlyargcount; p < argcount + code.kwonlyargcount; p++) {
                    if (code.slotNames[p].equals(name)) {
                        target = p;
                        break;
                    }
                }
                PyObject value = args[npos + k];
                if (target < 0) {
                    if (kwargs != null) {
                        // Keyword names are identifiers, which the parser interns.
                        PyStr key = Types.intern(name);
                        kwargs.putOwned(key, key.hash(), value);
                        args[npos + k] = null;
                        continue;
                    }
                    boolean posonly = false;
                    for (int p = 0; p < code.posonlyargcount; p++) {
                        if (code.slotNames[p].equals(name)) {
                            posonly = true;
                        }
                    }
                    if (posonly) {
                        if (posonlyAsKeyword == null) {
                            posonlyAsKeyword = new ArrayList<>();
                        }
                        posonlyAsKeyword.add(name);
                        continue;
                    }
                    throw Errors.typeError(f.qualname + "() got an unexpected keyword argument '" + name + "'");
                }
                if (fast[target] != null) {
                    throw Errors.typeError(f.qualname + "() got multiple values for argument '" + name + "'");
                }
                fast[target] = value;
                args[npos + k] = null;
            }
            if (posonlyAsKeyword != null) {
                throw Errors.typeError(f.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                        + String.join(", ", posonlyAsKeyword) + "'");
            }
            fillDefaults(f, code, fast);
        } catch (PyException e) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] != null) {
                    decref(args[i]);
                    args[i] = null;
                }
            }
            // The references already moved into parameter slots (and defaults taken)
            // belong to a frame that never runs.
            for (int i = 0; i < fast.length; i++) {
                if (fast[i] != null) {
                    decref(fast[i]);
                    fast[i] = null;
                }
            }
            throw e;
        }
    }

    private static void fillDefaults(PyFunction f, PyCode code, PyObject[] fast) {
        int argcount = code.argcount;
        PyObject[] defaults = f.defaults;
        int ndefaults = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int p = 0; p < argcount; p++) {
            if (fast[p] == null) {
                int d = p - (argcount - ndefaults);
                if (d >= 0) {
                    fast[p] = incref(defaults[d]);
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.slotNames[p]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(f, missing, "positional");
        }
        for (int p = argcount; p < argcount + code.kwonlyargcount; p++) {
            if (fast[p] == null) {
                PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getStr(Types.name(code.slotNames[p]));
                if (d != null) {
                    fast[p] = incref(d);
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.slotNames[p]);
                }
            }
        }
        if (missing != null) {
            throw missingArguments(f, missing, "keyword-only");
        }
    }

    private static PyException missingArguments(PyFunction f, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(f.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }

    private static PyException tooManyPositional(PyFunction f, PyCode code, int given, int nkw, String[] kwnames,
            PyObject[] args) {
        int argcount = code.argcount;
        int ndefaults = f.defaults == null ? 0 : f.defaults.length;
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int p = argcount; p < argcount + code.kwonlyargcount; p++) {
                if (code.slotNames[p].equals(kwnames[k])) {
                    kwonlyGiven++;
                }
            }
        }
        String takes;
        if (ndefaults > 0) {
            takes = "from " + (argcount - ndefaults) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        String given1 = given + (kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s")
                + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")"
                : "");
        String verb = kwonlyGiven > 0 ? " were given" : given == 1 ? " was given" : " were given";
        return Errors.typeError(f.qualname + "() takes " + takes + " but " + given1 + verb);
    }
}
