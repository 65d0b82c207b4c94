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
        return m;
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
