package dev.heapscope.interpreter.modules;

import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Types;
import java.util.function.DoubleUnaryOperator;

/** The math module. */
final class MathModule {
    private MathModule() {
    }

    static PyModule create() {
        PyModule m = Importer.newModule("math", null);
        Builtins.value(m.dict, "pi", Types.newFloat(Math.PI));
        Builtins.value(m.dict, "e", Types.newFloat(Math.E));
        Builtins.value(m.dict, "tau", Types.newFloat(2 * Math.PI));
        Builtins.value(m.dict, "inf", Types.newFloat(Double.POSITIVE_INFINITY));
        Builtins.value(m.dict, "nan", Types.newFloat(Double.NaN));
        unary(m, "sqrt", x -> {
            if (x < 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.sqrt(x);
        });
        unary(m, "sin", Math::sin);
        unary(m, "cos", Math::cos);
        unary(m, "tan", Math::tan);
        unary(m, "asin", Math::asin);
        unary(m, "acos", Math::acos);
        unary(m, "atan", Math::atan);
        unary(m, "exp", Math::exp);
        unary(m, "fabs", Math::abs);
        unary(m, "log10", x -> {
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.log10(x);
        });
        unary(m, "log2", x -> {
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            return Math.log(x) / Math.log(2);
        });
        Builtins.function(m.dict, "log", (self, args, kw) -> {
            Args.range("log", args, kw, 1, 2);
            double x = Conversions.toDouble(args[0]);
            if (x <= 0) {
                throw Errors.valueError("math domain error");
            }
            double r = Math.log(x);
            if (args.length == 2) {
                r /= Math.log(Conversions.toDouble(args[1]));
            }
            return Types.newFloat(r);
        });
        Builtins.function(m.dict, "atan2", (self, args, kw) -> {
            Args.range("atan2", args, kw, 2, 2);
            return Types.newFloat(Math.atan2(Conversions.toDouble(args[0]), Conversions.toDouble(args[1])));
        });
        Builtins.function(m.dict, "pow", (self, args, kw) -> {
            Args.range("pow", args, kw, 2, 2);
            return Types.newFloat(Math.pow(Conversions.toDouble(args[0]), Conversions.toDouble(args[1])));
        });
        Builtins.function(m.dict, "hypot", (self, args, kw) -> {
            double s = 0;
            for (PyObject a : args) {
                double v = Conversions.toDouble(a);
                s += v * v;
            }
            return Types.newFloat(Math.sqrt(s));
        });
        Builtins.function(m.dict, "floor", (self, args, kw) -> {
            PyObject x = Args.one("floor", args, kw);
            if (x instanceof PyInt) {
                return Conversions.toInt(x);
            }
            return Conversions.floatToInt(Math.floor(Conversions.toDouble(x)));
        });
        Builtins.function(m.dict, "ceil", (self, args, kw) -> {
            PyObject x = Args.one("ceil", args, kw);
            if (x instanceof PyInt) {
                return Conversions.toInt(x);
            }
            return Conversions.floatToInt(Math.ceil(Conversions.toDouble(x)));
        });
        Builtins.function(m.dict, "trunc", (self, args, kw) -> Conversions.toInt(Args.one("trunc", args, kw)));
        Builtins.function(m.dict, "isnan", (self, args, kw) -> Types.newBool(Double.isNaN(Conversions.toDouble(Args.one("isnan", args, kw)))));
        Builtins.function(m.dict, "isinf", (self, args, kw) -> Types.newBool(Double.isInfinite(Conversions.toDouble(Args.one("isinf", args, kw)))));
        Builtins.function(m.dict, "isfinite", (self, args, kw) -> {
            double v = Conversions.toDouble(Args.one("isfinite", args, kw));
            return Types.newBool(!Double.isNaN(v) && !Double.isInfinite(v));
        });
        Builtins.function(m.dict, "gcd", (self, args, kw) -> {
            java.math.BigInteger g = java.math.BigInteger.ZERO;
            for (PyObject a : args) {
                g = g.gcd(((PyInt) a).bigValue());
            }
            return Types.newInt(g);
        });
        Builtins.function(m.dict, "factorial", (self, args, kw) -> {
            PyObject x = Args.one("factorial", args, kw);
            if (!(x instanceof PyInt i)) {
                throw Errors.typeError("'" + x.type.name + "' object cannot be interpreted as an integer");
            }
            if (i.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            java.math.BigInteger r = java.math.BigInteger.ONE;
            for (long k = 2; k <= i.value; k++) {
                r = r.multiply(java.math.BigInteger.valueOf(k));
            }
            return Types.newInt(r);
        });
        Builtins.function(m.dict, "fsum", (self, args, kw) -> Types.newFloat(fsum(Args.one("fsum", args, kw))));
        Builtins.function(m.dict, "copysign", (self, args, kw) -> {
            Args.range("copysign", args, kw, 2, 2);
            return Types.newFloat(Math.copySign(Conversions.toDouble(args[0]), Conversions.toDouble(args[1])));
        });
        Builtins.function(m.dict, "fmod", (self, args, kw) -> {
            Args.range("fmod", args, kw, 2, 2);
            double x = Conversions.toDouble(args[0]);
            double y = Conversions.toDouble(args[1]);
            if (y == 0 && !Double.isNaN(x) || Double.isInfinite(x) && !Double.isNaN(y)) {
                throw Errors.valueError("math domain error");
            }
            return Types.newFloat(x % y);
        });
        Builtins.function(m.dict, "lcm", (self, args, kw) -> {
            java.math.BigInteger l = java.math.BigInteger.ONE;
            for (PyObject a : args) {
                java.math.BigInteger v = integer(a).abs();
                if (v.signum() == 0) {
                    return Types.newInt(0);
                }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return Types.newInt(l);
        });
        Builtins.function(m.dict, "comb", (self, args, kw) -> {
            Args.range("comb", args, kw, 2, 2);
            java.math.BigInteger n = integer(args[0]);
            java.math.BigInteger k = integer(args[1]);
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return Types.newInt(0);
            }
            k = k.min(n.subtract(k));
            java.math.BigInteger r = java.math.BigInteger.ONE;
            for (long i = 1; i <= k.longValueExact(); i++) {
                r = r.multiply(n.subtract(java.math.BigInteger.valueOf(i - 1))).divide(java.math.BigInteger.valueOf(i));
            }
            return Types.newInt(r);
        });
        Builtins.function(m.dict, "perm", (self, args, kw) -> {
            Args.range("perm", args, kw, 1, 2);
            java.math.BigInteger n = integer(args[0]);
            java.math.BigInteger k = args.length > 1 && args[1] != Types.NONE ? integer(args[1]) : n;
            if (n.signum() < 0) {
                throw Errors.valueError("n must be a non-negative integer");
            }
            if (k.signum() < 0) {
                throw Errors.valueError("k must be a non-negative integer");
            }
            if (k.compareTo(n) > 0) {
                return Types.newInt(0);
            }
            java.math.BigInteger r = java.math.BigInteger.ONE;
            for (long i = 0; i < k.longValueExact(); i++) {
                r = r.multiply(n.subtract(java.math.BigInteger.valueOf(i)));
            }
            return Types.newInt(r);
        });
        more(m);
        return m;
    }

    // cosh, asinh, acosh and atanh as fdlibm (and so glibc, whose libm CPython calls)
    // computes them, which Java's Math does not always match to the last bit.
    private static final double LN2 = 6.93147180559945286227e-01;

    static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return a;
        }
        if (a < 0.5 * LN2) {
            double t = Math.expm1(a);
            double w = 1 + t;
            return a < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893383973096) {
            return 0.5 * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        return 0.5 * w * w;
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || a < 0x1p-28) {
            return x;
        }
        double w;
        if (a > 0x1p28) {
            w = Math.log(a) + LN2;
        } else if (a > 2) {
            w = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0;
        }
        if (x > 2) {
            return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (a < 0x1p-28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1 - a));
        } else {
            t = 0.5 * Math.log1p((a + a) / (1 - a));
        }
        return Math.copySign(t, x);
    }

    private static double arg(PyObject[] args, String[] kw, String name) {
        Args.range(name, args, kw, 1, 1);
        return Conversions.toDouble(args[0]);
    }

    /** The functions beyond the first set: hyperbolic, decomposition, comparison, integer. */
    private static void more(PyModule m) {
        unary(m, "sinh", Math::sinh);
        unary(m, "cosh", MathModule::cosh);
        unary(m, "tanh", Math::tanh);
        unary(m, "asinh", MathModule::asinh);
        unary(m, "acosh", MathModule::acosh);
        unary(m, "atanh", x -> {
            if (Math.abs(x) >= 1) {
                throw Errors.valueError("math domain error");
            }
            return atanh(x);
        });
        unary(m, "expm1", Math::expm1);
        unary(m, "log1p", x -> {
            if (x <= -1) {
                throw Errors.valueError("math domain error");
            }
            return Math.log1p(x);
        });
        unary(m, "cbrt", Math::cbrt);
        unary(m, "exp2", x -> Math.pow(2, x));
        // degrees and radians multiply by the constant, as CPython does (not divide).
        unary(m, "degrees", x -> x * (180.0 / Math.PI));
        unary(m, "radians", x -> x * (Math.PI / 180.0));
        Builtins.function(m.dict, "ulp", (self, args, kw) -> {
            double x = arg(args, kw, "ulp");
            return Types.newFloat(Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x));
        });
        Builtins.function(m.dict, "nextafter", (self, args, kw) -> {
            Args.range("nextafter", args, kw, 2, 2);
            return Types.newFloat(Math.nextAfter(Conversions.toDouble(args[0]), Conversions.toDouble(args[1])));
        });
        Builtins.function(m.dict, "remainder", (self, args, kw) -> {
            Args.range("remainder", args, kw, 2, 2);
            double x = Conversions.toDouble(args[0]);
            double y = Conversions.toDouble(args[1]);
            if (Double.isInfinite(x) && !Double.isNaN(y) || y == 0 && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            return Types.newFloat(Math.IEEEremainder(x, y));
        });
        Builtins.function(m.dict, "frexp", (self, args, kw) -> {
            double x = arg(args, kw, "frexp");
            double mantissa = x;
            int exponent = 0;
            if (x != 0 && !Double.isNaN(x) && !Double.isInfinite(x)) {
                exponent = Math.getExponent(x) + 1;
                if (exponent < Double.MIN_EXPONENT + 1) {
                    // Subnormal: scale into the normal range first.
                    double scaled = x * 0x1p54;
                    exponent = Math.getExponent(scaled) + 1 - 54;
                }
                mantissa = Math.scalb(x, -exponent);
            }
            PyObject[] pair = {Types.newFloat(mantissa), Types.newInt(exponent)};
            return dev.heapscope.interpreter.runtime.Heap.allocate(new dev.heapscope.interpreter.objects.PyTuple(Types.TUPLE, pair));
        });
        Builtins.function(m.dict, "ldexp", (self, args, kw) -> {
            Args.range("ldexp", args, kw, 2, 2);
            double x = Conversions.toDouble(args[0]);
            if (!(args[1] instanceof PyInt e)) {
                throw Errors.typeError("Expected an int as second argument to ldexp.");
            }
            java.math.BigInteger big = e.bigValue();
            int exp = big.bitLength() > 31 ? (big.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE) : big.intValue();
            double r = x == 0 || Double.isInfinite(x) || Double.isNaN(x) ? x : Math.scalb(x, Math.max(-2200, Math.min(2200, exp)));
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw Errors.overflow("math range error");
            }
            return Types.newFloat(r);
        });
        Builtins.function(m.dict, "modf", (self, args, kw) -> {
            double x = arg(args, kw, "modf");
            double whole;
            double frac;
            if (Double.isInfinite(x)) {
                whole = x;
                frac = Math.copySign(0.0, x);
            } else {
                whole = x < 0 ? Math.ceil(x) : Math.floor(x);
                frac = Math.copySign(x - whole, x);
            }
            PyObject[] pair = {Types.newFloat(frac), Types.newFloat(whole)};
            return dev.heapscope.interpreter.runtime.Heap.allocate(new dev.heapscope.interpreter.objects.PyTuple(Types.TUPLE, pair));
        });
        Builtins.function(m.dict, "isclose", (self, args, kw) -> {
            Args.onlyKeywords("isclose", kw, "a", "b", "rel_tol", "abs_tol");
            int npos = Args.positional(args, kw);
            if (npos > 2) {
                throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
            }
            PyObject ao = npos > 0 ? args[0] : Args.keyword(args, kw, "a");
            PyObject bo = npos > 1 ? args[1] : Args.keyword(args, kw, "b");
            if (ao == null || bo == null) {
                throw Errors.typeError("isclose() missing required argument '" + (ao == null ? "a" : "b")
                        + "' (pos " + (ao == null ? 1 : 2) + ")");
            }
            double a = Conversions.toDouble(ao);
            double b = Conversions.toDouble(bo);
            PyObject rt = Args.keyword(args, kw, "rel_tol");
            PyObject at = Args.keyword(args, kw, "abs_tol");
            double relTol = rt == null ? 1e-09 : Conversions.toDouble(rt);
            double absTol = at == null ? 0.0 : Conversions.toDouble(at);
            if (relTol < 0.0 || absTol < 0.0) {
                throw Errors.valueError("tolerances must be non-negative");
            }
            if (a == b) {
                return Types.newBool(true);
            }
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return Types.newBool(false);
            }
            double diff = Math.abs(b - a);
            return Types.newBool(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
        });
        Builtins.function(m.dict, "isqrt", (self, args, kw) -> {
            Args.range("isqrt", args, kw, 1, 1);
            java.math.BigInteger n = integer(args[0]);
            if (n.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return Types.newInt(n.sqrt());
        });
        Builtins.function(m.dict, "prod", (self, args, kw) -> {
            Args.onlyKeywords("prod", kw, "start");
            int npos = Args.positional(args, kw);
            if (npos != 1) {
                throw Errors.typeError(npos == 0 ? "prod() missing required argument 'iterable' (pos 1)"
                        : "prod() takes exactly 1 positional argument (" + npos + " given)");
            }
            PyObject start = Args.keyword(args, kw, "start");
            PyObject acc = start == null ? Types.newInt(1) : dev.heapscope.interpreter.runtime.Heap.incref(start);
            PyObject it = dev.heapscope.interpreter.runtime.Ops.iter(args[0]);
            try {
                for (PyObject item = dev.heapscope.interpreter.runtime.Ops.next(it); item != null;
                        item = dev.heapscope.interpreter.runtime.Ops.next(it)) {
                    PyObject prev = acc;
                    try {
                        acc = dev.heapscope.interpreter.runtime.Ops.binary(prev, item,
                                dev.heapscope.interpreter.runtime.BinaryOp.MUL);
                    } finally {
                        dev.heapscope.interpreter.runtime.Heap.decref(prev);
                        dev.heapscope.interpreter.runtime.Heap.decref(item);
                    }
                }
            } catch (RuntimeException e) {
                dev.heapscope.interpreter.runtime.Heap.decref(acc);
                throw e;
            } finally {
                dev.heapscope.interpreter.runtime.Heap.decref(it);
            }
            return acc;
        });
        Builtins.function(m.dict, "dist", (self, args, kw) -> {
            Args.range("dist", args, kw, 2, 2);
            if (!(args[0] instanceof dev.heapscope.interpreter.objects.PyTuple
                    || args[0] instanceof dev.heapscope.interpreter.objects.PyList)
                    || !(args[1] instanceof dev.heapscope.interpreter.objects.PyTuple
                    || args[1] instanceof dev.heapscope.interpreter.objects.PyList)) {
                PyObject bad = args[0] instanceof dev.heapscope.interpreter.objects.PyTuple ? args[1] : args[0];
                throw Errors.typeError("dist(): argument " + (bad == args[0] ? 1 : 2) + " must be tuple, not "
                        + bad.type.name);
            }
            PyObject[] p = Builtins.toArray(args[0]);
            PyObject[] q = Builtins.toArray(args[1]);
            try {
                if (p.length != q.length) {
                    throw Errors.valueError("both points must have the same number of dimensions");
                }
                double s = 0;
                for (int i = 0; i < p.length; i++) {
                    double d = Conversions.toDouble(p[i]) - Conversions.toDouble(q[i]);
                    s += d * d;
                }
                return Types.newFloat(Math.sqrt(s));
            } finally {
                for (PyObject o : p) {
                    dev.heapscope.interpreter.runtime.Heap.decref(o);
                }
                for (PyObject o : q) {
                    dev.heapscope.interpreter.runtime.Heap.decref(o);
                }
            }
        });
    }

    private static java.math.BigInteger integer(PyObject o) {
        return dev.heapscope.interpreter.runtime.Ops.index(o).bigValue();
    }

    /** math.fsum: Shewchuk's exact partial sums, rounded once at the end (CPython's math_fsum). */
    private static double fsum(PyObject iterable) {
        java.util.List<Double> partials = new java.util.ArrayList<>();
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject it = dev.heapscope.interpreter.runtime.Ops.iter(iterable);
        try {
            for (PyObject item = dev.heapscope.interpreter.runtime.Ops.next(it); item != null;
                    item = dev.heapscope.interpreter.runtime.Ops.next(it)) {
                double x;
                try {
                    x = Conversions.toDouble(item);
                } finally {
                    dev.heapscope.interpreter.runtime.Heap.decref(item);
                }
                double xsave = x;
                int i = 0;
                for (double y : partials) {
                    if (Math.abs(x) < Math.abs(y)) {
                        double t = x;
                        x = y;
                        y = t;
                    }
                    double hi = x + y;
                    double lo = y - (hi - x);
                    if (lo != 0.0) {
                        partials.set(i++, lo);
                    }
                    x = hi;
                }
                while (partials.size() > i) {
                    partials.remove(partials.size() - 1);
                }
                if (x != 0.0) {
                    if (Double.isInfinite(x) || Double.isNaN(x)) {
                        if (!Double.isInfinite(xsave) && !Double.isNaN(xsave)) {
                            throw Errors.overflow("intermediate overflow in fsum");
                        }
                        if (Double.isInfinite(xsave)) {
                            infSum += xsave;
                        }
                        specialSum += xsave;
                        partials.clear();
                    } else {
                        partials.add(x);
                    }
                }
            }
        } finally {
            dev.heapscope.interpreter.runtime.Heap.decref(it);
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw Errors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        int n = partials.size();
        double hi = 0.0;
        if (n > 0) {
            hi = partials.get(--n);
            double lo = 0;
            while (n > 0) {
                double x = hi;
                double y = partials.get(--n);
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && ((lo < 0.0 && partials.get(n - 1) < 0.0) || (lo > 0.0 && partials.get(n - 1) > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    /**
     * A one-argument math function with libm's error rules as CPython's math_1 applies them:
     * an infinite result from a finite argument is "math range error" (OverflowError), a NaN
     * from a non-NaN argument is "math domain error" (ValueError).
     */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        Builtins.function(m.dict, name, (self, args, kw) -> {
            double x = Conversions.toDouble(Args.one(name, args, kw));
            double r = f.applyAsDouble(x);
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw Errors.overflow("math range error");
            }
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw Errors.valueError("math domain error");
            }
            return Types.newFloat(r);
        });
    }
}
