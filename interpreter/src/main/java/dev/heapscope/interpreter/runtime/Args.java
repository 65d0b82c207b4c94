package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyObject;

/**
 * Argument checks for functions written in Java, with CPython's messages
 * ("len() takes exactly one argument (2 given)", "f() takes no keyword arguments").
 */
public final class Args {
    private Args() {
    }

    public static int positional(PyObject[] args, String[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }

    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** METH_O: exactly one positional argument. */
    public static PyObject one(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    /** METH_NOARGS. */
    public static void none(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 0) {
            throw Errors.typeError(name + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** Argument Clinic's positional range check: "expected at most 2 arguments, got 3". */
    public static void range(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        int n = args.length;
        if (n < min) {
            if (min == max) {
                throw Errors.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            if (min == max) {
                throw Errors.typeError(name + " expected " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
            }
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /**
     * Argument Clinic's binding of positional-or-keyword parameters (_PyArg_UnpackKeywords):
     * the arguments in parameter order, null for an optional parameter not given. The
     * first {@code required} names are required. The checks run in CPython's order: the
     * count, then missing parameters, then keywords naming no parameter or one already
     * given by position.
     */
    public static PyObject[] bind(String fn, PyObject[] args, String[] kwnames, int required, String... names) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > names.length) {
            throw Errors.typeError(fn + "() takes " + (required < names.length ? "at most " : "exactly ") + names.length
                    + " argument" + (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        PyObject[] bound = new PyObject[names.length];
        System.arraycopy(args, 0, bound, 0, Math.min(npos, names.length));
        int consumed = 0;
        for (int i = npos; i < names.length; i++) {
            bound[i] = keyword(args, kwnames, names[i]);
            if (bound[i] != null) {
                consumed++;
            } else if (i < required) {
                throw Errors.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (consumed < nkw) {
            for (String k : kwnames) {
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(k) && i < npos) {
                        throw Errors.typeError("argument for " + fn + "() given by name ('" + k + "') and position ("
                                + (i + 1) + ")");
                    }
                }
            }
            onlyKeywords(fn, kwnames, names);
        }
        return bound;
    }

    /** The value of keyword {@code name}, or null. */
    public static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /** Rejects keywords other than {@code allowed}: "'x' is an invalid keyword argument for f()". */
    public static void onlyKeywords(String name, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + name + "()");
        }
    }

    /**
     * Argument Clinic's type check failure (_PyArg_BadArgument): "f() argument 1 must be
     * list, not int", where None is named "None" rather than by its type.
     */
    public static PyException badArgument(String fn, String which, String expected, PyObject got) {
        String actual = got == Types.NONE ? "None" : got.type.name;
        return Errors.typeError(fn + "() " + which + " must be " + expected + ", not " + actual);
    }
}
