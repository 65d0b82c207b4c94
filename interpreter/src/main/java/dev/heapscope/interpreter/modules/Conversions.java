package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Numbers;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.text.PyRepr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** int(), float() and round(): conversions with CPython's parsing rules and messages. */
public final class Conversions {
    private Conversions() {
    }

    /** int.__new__. */
    public static PyObject newInt(PyType type, PyObject[] args, String[] kwnames) {
        Args.onlyKeywords("int", kwnames, "base");
        PyObject base = Args.keyword(args, kwnames, "base");
        int npos = Args.positional(args, kwnames);
        if (npos > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + npos + " given)");
        }
        if (npos == 2) {
            base = args[1];
        }
        PyObject result;
        if (npos == 0) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            result = Types.newInt(0);
        } else if (base != null) {
            PyObject x = args[0];
            long b = Ops.asLong(base);
            if ((b != 0 && b < 2) || b > 36) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                result = parseInt(s.value, (int) b, Ops.reprString(x));
            } else if (x instanceof PyBytes by) {
                result = parseInt(new String(by.value, java.nio.charset.StandardCharsets.ISO_8859_1), (int) b,
                        Ops.reprString(x));
            } else {
                throw Errors.typeError("int() can't convert non-string with explicit base");
            }
        } else {
            result = toInt(args[0]);
        }
        if (type == Types.INT) {
            return result;
        }
        PyInt r = (PyInt) result;
        PyInt sub = r.isSmall() ? new PyInt(type, r.value) : new PyInt(type, r.big);
        decref(result);
        incref(type);
        return Heap.allocate(sub);
    }

    /** int(x) for one argument. */
    public static PyObject toInt(PyObject x) {
        if (x.type == Types.INT) {
            return incref(x);
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value, 10, Ops.reprString(x));
        }
        if (x instanceof PyBytes b) {
            return parseInt(new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1), 10, Ops.reprString(x));
        }
        for (PyStr m : new PyStr[] {Names.__int__, Names.__index__, Types.name("__trunc__")}) {
            PyObject f = x.type.lookup(m);
            if (f != null) {
                PyObject r = Ops.callMethod(f, x, new PyObject[0], null);
                if (!(r instanceof PyInt)) {
                    String tn = r.type.name;
                    decref(r);
                    throw Errors.typeError(m.value + " returned non-int (type " + tn + ")");
                }
                if (r.type != Types.INT) {
                    PyInt ri = (PyInt) r;
                    PyObject plain = ri.isSmall() ? Types.newInt(ri.value) : Types.newInt(ri.big);
                    decref(r);
                    return plain;
                }
                return r;
            }
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type.name + "'");
    }

    /** Parses an int literal as int(s, base) does: whitespace, sign, underscores between digits, base prefixes. */
    public static PyObject parseInt(String text, int base, String reprForError) {
        String s = text.strip();
        String error = "invalid literal for int() with base " + base + ": " + reprForError;
        boolean negative = false;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                base = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (base == 0) {
            String rest = s.substring(i).replace("_", "");
            if (rest.length() > 1 && rest.chars().allMatch(c -> c == '0')) {
                return Types.newInt(0);
            }
            if (rest.startsWith("0") && rest.length() > 1) {
                throw Errors.valueError(error);
            }
            base = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw Errors.valueError(error);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                throw Errors.valueError(error);
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw Errors.valueError(error);
        }
        if (base == 10 && digits.length() > 4300) {
            throw Errors.valueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                    + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return Types.newInt(negative ? v.negate() : v);
    }

    public static PyObject floatToInt(double v) {
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 9.0e18) {
            return Types.newInt((long) v);
        }
        return Types.newInt(new BigDecimal(v).toBigInteger());
    }

    /** float.__new__. */
    public static PyObject newFloat(PyType type, PyObject[] args, String[] kwnames) {
        Args.noKeywords("float", kwnames);
        if (args.length > 1) {
            throw Errors.typeError("float expected at most 1 argument, got " + args.length);
        }
        double v = args.length == 0 ? 0.0 : toDouble(args[0]);
        if (type == Types.FLOAT) {
            return Types.newFloat(v);
        }
        incref(type);
        return Heap.allocate(new PyFloat(type, v));
    }

    public static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        if (x instanceof PyInt i) {
            return Numbers.toDouble(i);
        }
        if (x instanceof PyStr s) {
            return parseFloat(s.value, Ops.reprString(x));
        }
        PyObject f = x.type.lookup(Names.__float__);
        if (f != null) {
            PyObject r = Ops.callMethod(f, x, new PyObject[0], null);
            try {
                if (!(r instanceof PyFloat rf)) {
                    throw Errors.typeError(x.type.name + ".__float__ returned non-float (type " + r.type.name + ")");
                }
                return rf.value;
            } finally {
                decref(r);
            }
        }
        PyObject idx = x.type.lookup(Names.__index__);
        if (idx != null) {
            PyInt i = Ops.index(x);
            try {
                return Numbers.toDouble(i);
            } finally {
                decref(i);
            }
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type.name + "'");
    }

    public static double parseFloat(String text, String reprForError) {
        String s = text.strip().replace("_", "");
        String lower = s.toLowerCase();
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean neg = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (!body.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?") || text.strip().contains("__")
                || text.strip().startsWith("_") || text.strip().endsWith("_")) {
            throw Errors.valueError("could not convert string to float: " + reprForError);
        }
        return Double.parseDouble(s);
    }

    /** round(x, ndigits) for floats: half to even on the exact decimal value, as CPython's double_round does. */
    public static PyObject roundFloat(double v, PyObject ndigits) {
        if (ndigits == Types.NONE) {
            if (Double.isNaN(v)) {
                throw Errors.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(v)) {
                throw Errors.overflow("cannot convert float infinity to integer");
            }
            double r = Math.rint(v);
            return floatToInt(r);
        }
        long nd = Ops.asLong(ndigits);
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) {
            return Types.newFloat(v);
        }
        if (nd > 330) {
            return Types.newFloat(v);
        }
        if (nd < -330) {
            return Types.newFloat(0.0 * v);
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal rounded = exact.setScale((int) nd, RoundingMode.HALF_EVEN);
        double r = rounded.doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "rounded value too large to represent");
        }
        if (r == 0.0) {
            r = Math.copySign(0.0, v);
        }
        return Types.newFloat(r);
    }

    static String floatRepr(double d) {
        return PyRepr.floatRepr(d);
    }

    /** pow(base, exp, mod) for ints. */
    public static PyObject powMod(PyObject base, PyObject exp, PyObject mod) {
        if (!(base instanceof PyInt b) || !(exp instanceof PyInt e) || !(mod instanceof PyInt m)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        BigInteger mv = m.bigValue();
        if (mv.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger bv = b.bigValue();
        BigInteger ev = e.bigValue();
        if (ev.signum() < 0) {
            try {
                bv = bv.modInverse(mv.abs());
            } catch (ArithmeticException ex) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            ev = ev.negate();
        }
        BigInteger r = bv.modPow(ev, mv.abs());
        if (mv.signum() < 0 && r.signum() != 0) {
            r = r.add(mv);
        }
        return Types.newInt(r);
    }
}
