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
        return m;
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f) {
        Builtins.function(m.dict, name, (self, args, kw) -> Types.newFloat(f.applyAsDouble(
                Conversions.toDouble(Args.one(name, args, kw)))));
    }
}
