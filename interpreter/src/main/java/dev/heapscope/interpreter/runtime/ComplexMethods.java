package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.Conversions;
import dev.heapscope.interpreter.objects.PyComplex;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.language.text.PyRepr;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** complex: arithmetic as CPython's Objects/complexobject.c does it, repr, hash and the constructor. */
public final class ComplexMethods {
    private ComplexMethods() {
    }

    public static PyComplex newComplex(double real, double imag) {
        return Heap.allocate(new PyComplex(Types.COMPLEX, real, imag));
    }

    /** An operand converted to complex (CPython's to_complex), or null for NotImplemented. */
    private static double[] operand(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        if (o instanceof PyFloat f) {
            return new double[] {f.value, 0.0};
        }
        if (o instanceof PyInt i) {
            return new double[] {Numbers.toDouble(i), 0.0};
        }
        return null;
    }

    static void register() {
        PyType t = Types.COMPLEX;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV, BinaryOp.POW}) {
            Methods.slot(t, op.method.value, (self, args, kw) -> {
                double[] b = operand(args[0]);
                return b == null ? incref(Types.NOT_IMPLEMENTED) : arith(operand(self), b, op);
            });
            Methods.slot(t, op.reflected.value, (self, args, kw) -> {
                double[] a = operand(args[0]);
                return a == null ? incref(Types.NOT_IMPLEMENTED) : arith(a, operand(self), op);
            });
        }
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (self, args, kw) -> compare((PyComplex) self, args[0], op));
        }
        Methods.slot(t, "__repr__", (self, args, kw) -> Types.newStr(repr((PyComplex) self)));
        Methods.method(t, "__format__", (self, args, kw) -> {
            PyObject spec = Args.one("__format__", args, kw);
            if (!(spec instanceof dev.heapscope.interpreter.objects.PyStr text)) {
                throw Errors.typeError("__format__() argument must be str, not " + spec.type.name);
            }
            return dev.heapscope.interpreter.modules.Formatting.formatComplex((PyComplex) self, text);
        });
        Methods.slot(t, "__hash__", (self, args, kw) -> Types.newInt(hash((PyComplex) self)));
        Methods.slot(t, "__bool__", (self, args, kw) -> {
            PyComplex c = (PyComplex) self;
            return Types.newBool(c.real != 0.0 || c.imag != 0.0);
        });
        Methods.slot(t, "__neg__", (self, args, kw) -> {
            PyComplex c = (PyComplex) self;
            return newComplex(-c.real, -c.imag);
        });
        Methods.slot(t, "__pos__", (self, args, kw) -> {
            PyComplex c = (PyComplex) self;
            return c.type == Types.COMPLEX ? incref(c) : newComplex(c.real, c.imag);
        });
        Methods.slot(t, "__abs__", (self, args, kw) -> Types.newFloat(abs((PyComplex) self)));
        Methods.method(t, "conjugate", (self, args, kw) -> {
            PyComplex c = (PyComplex) self;
            return newComplex(c.real, -c.imag);
        });
        Methods.method(t, "__complex__", (self, args, kw) -> {
            PyComplex c = (PyComplex) self;
            return c.type == Types.COMPLEX ? incref(c) : newComplex(c.real, c.imag);
        });
        Methods.method(t, "__getnewargs__", (self, args, kw) -> {
            PyComplex c = (PyComplex) self;
            return Heap.allocate(new dev.heapscope.interpreter.objects.PyTuple(Types.TUPLE,
                    new PyObject[] {Types.newFloat(c.real), Types.newFloat(c.imag)}));
        });
        Methods.getter(t, "real", self -> Types.newFloat(((PyComplex) self).real));
        Methods.getter(t, "imag", self -> Types.newFloat(((PyComplex) self).imag));
        Methods.constructor(t, ComplexMethods::construct);
    }

    static PyObject arith(double[] a, double[] b, BinaryOp op) {
        switch (op) {
            case ADD:
                return newComplex(a[0] + b[0], a[1] + b[1]);
            case SUB:
                return newComplex(a[0] - b[0], a[1] - b[1]);
            case MUL:
                return newComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
            case TRUEDIV: {
                double[] q = quot(a, b);
                if (q == null) {
                    throw Errors.zeroDivision("complex division by zero");
                }
                return newComplex(q[0], q[1]);
            }
            default:
                return pow(a, b);
        }
    }

    /** _Py_c_quot; null when the divisor is zero (CPython's EDOM). */
    private static double[] quot(double[] a, double[] b) {
        double absReal = Math.abs(b[0]);
        double absImag = Math.abs(b[1]);
        if (absReal >= absImag) {
            if (absReal == 0.0) {
                return null;
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new double[] {(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom};
        }
        if (absImag >= absReal) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new double[] {(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    private static double[] prod(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /** complex_pow: small integral exponents by repeated squaring (c_powi), others through polar form (_Py_c_pow). */
    static PyObject pow(double[] a, double[] b) {
        double[] p;
        boolean domainError = false;
        if (b[1] == 0.0 && b[0] == Math.floor(b[0]) && Math.abs(b[0]) <= 100.0) {
            long n = (long) b[0];
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quot(new double[] {1.0, 0.0}, powu(a, -n));
                if (p == null) {
                    domainError = true;
                    p = new double[] {0.0, 0.0};
                }
            }
        } else if (b[0] == 0.0 && b[1] == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (a[0] == 0.0 && a[1] == 0.0) {
            domainError = b[1] != 0.0 || b[0] < 0.0;
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = Math.hypot(a[0], a[1]);
            double len = Math.pow(vabs, b[0]);
            double at = Math.atan2(a[1], a[0]);
            double phase = at * b[0];
            if (b[1] != 0.0) {
                len /= Math.exp(at * b[1]);
                phase += b[1] * Math.log(vabs);
            }
            p = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (domainError) {
            throw Errors.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw Errors.overflow("complex exponentiation");
        }
        return newComplex(p[0], p[1]);
    }

    private static double[] powu(double[] x, long n) {
        double[] r = {1.0, 0.0};
        double[] p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }

    private static double abs(PyComplex c) {
        if (Double.isInfinite(c.real) || Double.isInfinite(c.imag)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(c.real) || Double.isNaN(c.imag)) {
            return Double.NaN;
        }
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r)) {
            throw Errors.overflow("absolute value too large");
        }
        return r;
    }

    private static PyObject compare(PyComplex self, PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return incref(Types.NOT_IMPLEMENTED);
        }
        boolean equal;
        if (other instanceof PyInt i) {
            if (self.imag != 0.0) {
                equal = false;
            } else {
                PyFloat re = Types.newFloat(self.real);
                try {
                    equal = Ops.compareBool(re, i, CompareOp.EQ);
                } finally {
                    decref(re);
                }
            }
        } else if (other instanceof PyFloat f) {
            equal = self.real == f.value && self.imag == 0.0;
        } else if (other instanceof PyComplex c) {
            equal = self.real == c.real && self.imag == c.imag;
        } else {
            return incref(Types.NOT_IMPLEMENTED);
        }
        return Types.newBool(op == CompareOp.EQ ? equal : !equal);
    }

    /** complex_hash: the real part's hash plus 1000003 times the imaginary part's, in unsigned arithmetic. */
    static long hash(PyComplex c) {
        long h = Numbers.hashFloat(c.real) + 1000003L * Numbers.hashFloat(c.imag);
        return h == -1 ? -2 : h;
    }

    /** A part of the repr: float repr without the ".0" that float adds (PyOS_double_to_string 'r', no flags). */
    private static String part(double v) {
        String s = PyRepr.floatRepr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    public static String repr(PyComplex c) {
        if (c.real == 0.0 && Math.copySign(1.0, c.real) == 1.0) {
            return part(c.imag) + "j";
        }
        String im = part(c.imag);
        if (!im.startsWith("-")) {
            im = "+" + im;
        }
        return "(" + part(c.real) + im + "j)";
    }

    // ---- the constructor ----

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex
                || o.type.lookup(Names.__float__) != null || o.type.lookup(Types.intern("__index__")) != null
                || o.type.lookup(Types.intern("__complex__")) != null;
    }

    /** complex(real=0, imag=0). */
    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        Args.onlyKeywords("complex", kwnames, "real", "imag");
        int npos = Args.positional(args, kwnames);
        if (npos > 2) {
            throw Errors.typeError("complex() takes at most 2 arguments (" + npos + " given)");
        }
        PyObject r = npos > 0 ? args[0] : Args.keyword(args, kwnames, "real");
        PyObject i = npos > 1 ? args[1] : Args.keyword(args, kwnames, "imag");
        double[] value;
        if (r instanceof PyStr s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            value = parse(s.value);
        } else {
            if (i instanceof PyStr) {
                throw Errors.typeError("complex() second arg can't be a string");
            }
            if (r != null && r.type == Types.COMPLEX && i == null && type == Types.COMPLEX) {
                return incref(r);
            }
            double[] cr = {0.0, 0.0};
            boolean crComplex = false;
            if (r != null) {
                PyObject m = r instanceof PyComplex ? null : r.type.lookup(Types.intern("__complex__"));
                if (m != null) {
                    PyObject c = Ops.callMethod(m, r, new PyObject[0], null);
                    try {
                        if (!(c instanceof PyComplex cc)) {
                            throw Errors.typeError("__complex__ returned non-complex (type " + c.type.name + ")");
                        }
                        cr = new double[] {cc.real, cc.imag};
                        crComplex = true;
                    } finally {
                        decref(c);
                    }
                } else if (r instanceof PyComplex rc) {
                    cr = new double[] {rc.real, rc.imag};
                    crComplex = true;
                } else if (isNumber(r)) {
                    cr[0] = Conversions.toDouble(r);
                } else {
                    throw Errors.typeError("complex() first argument must be a string or a number, not '"
                            + r.type.name + "'");
                }
            }
            double[] ci = {0.0, 0.0};
            boolean ciComplex = false;
            if (i != null) {
                if (i instanceof PyComplex ic) {
                    ci = new double[] {ic.real, ic.imag};
                    ciComplex = true;
                } else if (isNumber(i)) {
                    ci[0] = Conversions.toDouble(i);
                } else {
                    throw Errors.typeError("complex() second argument must be a number, not '" + i.type.name + "'");
                }
            }
            if (ciComplex) {
                cr[0] -= ci[1];
            }
            if (crComplex && i != null) {
                ci[0] += cr[1];
            }
            value = new double[] {cr[0], crComplex && i == null ? cr[1] : ci[0]};
        }
        if (type == Types.COMPLEX) {
            return newComplex(value[0], value[1]);
        }
        incref(type);
        return Heap.allocate(new PyComplex(type, value[0], value[1]));
    }

    private static final String NUMBER = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)"
            + "(?:[eE][+-]?\\d(?:_?\\d)*)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])";
    private static final Pattern COMPLEX_TEXT = Pattern.compile(
            "([+-]?" + NUMBER + ")?(?:([+-])(" + NUMBER + ")?([jJ]))?|([+-]?)(" + NUMBER + ")?([jJ])");

    /** complex_from_string: "re", "imj", "re+imj", optionally in parentheses, surrounding whitespace allowed. */
    private static double[] parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Matcher m = COMPLEX_TEXT.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
        if (m.group(7) != null) {
            double im = m.group(6) == null ? 1.0 : number(m.group(6));
            return new double[] {0.0, "-".equals(m.group(5)) ? -im : im};
        }
        if (m.group(1) == null && m.group(4) == null) {
            throw Errors.valueError("complex() arg is a malformed string");
        }
        double re = m.group(1) == null ? 0.0 : number(m.group(1));
        if (m.group(4) == null) {
            return new double[] {re, 0.0};
        }
        double im = m.group(3) == null ? 1.0 : number(m.group(3));
        return new double[] {re, "-".equals(m.group(2)) ? -im : im};
    }

    private static double number(String token) {
        return Conversions.parseFloat(token, "'" + token + "'");
    }
}
