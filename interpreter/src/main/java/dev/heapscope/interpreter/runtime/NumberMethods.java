package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.language.text.PyRepr;
import java.math.BigInteger;

/** Methods of int, bool and float. */
final class NumberMethods {
    private NumberMethods() {
    }

    /** The int value of an int or bool argument, or null for anything else (NotImplemented). */
    private static PyInt asInt(PyObject o) {
        return o instanceof PyInt i ? i : null;
    }

    static void register() {
        PyType t = Types.INT;
        for (BinaryOp op : BinaryOp.values()) {
            if (op == BinaryOp.MATMUL) {
                continue;
            }
            Methods.slot(t, op.method.value, (self, args, kw) -> {
                PyInt b = asInt(args[0]);
                if (b == null) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                PyObject r = Numbers.intOp((PyInt) self, b, op);
                return r == null ? incref(Types.NOT_IMPLEMENTED) : r;
            });
            Methods.slot(t, op.reflected.value, (self, args, kw) -> {
                PyInt a = asInt(args[0]);
                if (a == null) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                PyObject r = Numbers.intOp(a, (PyInt) self, op);
                return r == null ? incref(Types.NOT_IMPLEMENTED) : r;
            });
        }
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(t, op.method.value, (self, args, kw) -> {
                PyObject other = args[0];
                if (other instanceof PyInt b) {
                    PyInt a = (PyInt) self;
                    int c = a.isSmall() && b.isSmall() ? Long.compare(a.value, b.value) : a.bigValue().compareTo(b.bigValue());
                    return Types.newBool(op.test(c));
                }
                if (other instanceof PyFloat f) {
                    if (Double.isNaN(f.value)) {
                        return Types.newBool(op == CompareOp.NE);
                    }
                    return Types.newBool(op.test(compareIntFloat((PyInt) self, f.value)));
                }
                return incref(Types.NOT_IMPLEMENTED);
            });
        }
        // long_to_decimal_string builds a new str: str(5) is not the shared '5'.
        Methods.slot(t, "__repr__", (self, args, kw) -> Types.newFreshStr(self.toString()));
        Methods.slot(t, "__hash__", (self, args, kw) -> Types.newInt(Numbers.hashInt((PyInt) self)));
        Methods.slot(t, "__bool__", (self, args, kw) -> Types.newBool(((PyInt) self).signum() != 0));
        Methods.slot(t, "__neg__", (self, args, kw) -> negate((PyInt) self));
        Methods.slot(t, "__pos__", (self, args, kw) -> plainInt((PyInt) self));
        Methods.slot(t, "__abs__", (self, args, kw) -> ((PyInt) self).signum() < 0 ? negate((PyInt) self) : plainInt((PyInt) self));
        Methods.slot(t, "__invert__", (self, args, kw) -> {
            PyInt i = (PyInt) self;
            return i.isSmall() ? Types.newInt(~i.value) : Types.newInt(i.big.not());
        });
        Methods.slot(t, "__index__", (self, args, kw) -> plainInt((PyInt) self));
        Methods.slot(t, "__int__", (self, args, kw) -> plainInt((PyInt) self));
        Methods.slot(t, "__float__", (self, args, kw) -> Types.newFloat(Numbers.toDouble((PyInt) self)));
        Methods.method(t, "__round__", (self, args, kw) -> {
            if (args.length == 0 || args[0] == Types.NONE) {
                return plainInt((PyInt) self);
            }
            long nd = Ops.asLong(args[0]);
            if (nd >= 0) {
                return plainInt((PyInt) self);
            }
            BigInteger pow = BigInteger.TEN.pow((int) -nd);
            BigInteger v = ((PyInt) self).bigValue();
            BigInteger q = Numbers.floorDiv(v, pow);
            BigInteger r = v.subtract(q.multiply(pow));
            int cmp = r.shiftLeft(1).compareTo(pow);
            if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return Types.newInt(q.multiply(pow));
        });
        Methods.method(t, "bit_length", (self, args, kw) -> Types.newInt(((PyInt) self).bigValue().abs().bitLength()));
        Methods.method(t, "bit_count", (self, args, kw) -> Types.newInt(((PyInt) self).bigValue().abs().bitCount()));
        Methods.method(t, "conjugate", (self, args, kw) -> plainInt((PyInt) self));
        Methods.method(t, "is_integer", (self, args, kw) -> Types.newBool(true));
        Methods.method(t, "__format__", (self, args, kw) -> dev.heapscope.interpreter.modules.Formatting.formatInt(
                (PyInt) self, (PyStr) Args.one("__format__", args, kw)));
        Methods.method(t, "__sizeof__", (self, args, kw) -> Types.newInt(self.sizeOf()));
        Methods.getter(t, "real", self -> plainInt((PyInt) self));
        Methods.getter(t, "imag", self -> Types.newInt(0));
        Methods.getter(t, "numerator", self -> plainInt((PyInt) self));
        Methods.getter(t, "denominator", self -> Types.newInt(1));
        Methods.constructor(t, dev.heapscope.interpreter.modules.Conversions::newInt);

        PyType b = Types.BOOL;
        Methods.slot(b, "__repr__", (self, args, kw) -> Types.newStr(self == Types.TRUE ? "True" : "False"));
        for (String name : new String[] {"__and__", "__or__", "__xor__", "__rand__", "__ror__", "__rxor__"}) {
            BinaryOp op = name.contains("and") ? BinaryOp.AND : name.contains("xor") ? BinaryOp.XOR : BinaryOp.OR;
            Methods.slot(b, name, (self, args, kw) -> {
                if (args[0].type == Types.BOOL) {
                    boolean x = self == Types.TRUE;
                    boolean y = args[0] == Types.TRUE;
                    return Types.newBool(op == BinaryOp.AND ? x & y : op == BinaryOp.OR ? x | y : x ^ y);
                }
                PyInt other = asInt(args[0]);
                if (other == null) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return Numbers.intOp((PyInt) self, other, op);
            });
        }
        Methods.constructor(b, (type, args, kw) -> {
            Args.range("bool", args, kw, 0, 1);
            return Types.newBool(args.length == 1 && Ops.isTrue(args[0]));
        });

        PyType f = Types.FLOAT;
        for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.TRUEDIV,
                BinaryOp.FLOORDIV, BinaryOp.MOD, BinaryOp.POW}) {
            Methods.slot(f, op.method.value, (self, args, kw) -> {
                Double o = floatOperand(args[0]);
                if (o == null) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return Numbers.floatOp(((PyFloat) self).value, o, op);
            });
            Methods.slot(f, op.reflected.value, (self, args, kw) -> {
                Double o = floatOperand(args[0]);
                if (o == null) {
                    return incref(Types.NOT_IMPLEMENTED);
                }
                return Numbers.floatOp(o, ((PyFloat) self).value, op);
            });
        }
        for (CompareOp op : CompareOp.values()) {
            Methods.slot(f, op.method.value, (self, args, kw) -> {
                double a = ((PyFloat) self).value;
                PyObject other = args[0];
                if (other instanceof PyFloat of) {
                    double bv = of.value;
                    if (Double.isNaN(a) || Double.isNaN(bv)) {
                        return Types.newBool(op == CompareOp.NE);
                    }
                    return Types.newBool(op.test(Double.compare(a == 0.0 ? 0.0 : a, bv == 0.0 ? 0.0 : bv)));
                }
                if (other instanceof PyInt oi) {
                    if (Double.isNaN(a)) {
                        return Types.newBool(op == CompareOp.NE);
                    }
                    return Types.newBool(op.reflected().test(compareIntFloat(oi, a)));
                }
                return incref(Types.NOT_IMPLEMENTED);
            });
        }
        Methods.slot(f, "__repr__", (self, args, kw) -> Types.newStr(PyRepr.floatRepr(((PyFloat) self).value)));
        Methods.slot(f, "__hash__", (self, args, kw) -> Types.newInt(Numbers.hashFloat(((PyFloat) self).value)));
        Methods.slot(f, "__bool__", (self, args, kw) -> Types.newBool(((PyFloat) self).value != 0.0));
        Methods.slot(f, "__neg__", (self, args, kw) -> Types.newFloat(-((PyFloat) self).value));
        Methods.slot(f, "__pos__", (self, args, kw) -> Types.newFloat(((PyFloat) self).value));
        Methods.slot(f, "__abs__", (self, args, kw) -> Types.newFloat(Math.abs(((PyFloat) self).value)));
        Methods.slot(f, "__int__", (self, args, kw) -> dev.heapscope.interpreter.modules.Conversions.floatToInt(
                ((PyFloat) self).value));
        Methods.slot(f, "__float__", (self, args, kw) -> Types.newFloat(((PyFloat) self).value));
        Methods.method(f, "__trunc__", (self, args, kw) -> dev.heapscope.interpreter.modules.Conversions.floatToInt(
                ((PyFloat) self).value));
        Methods.method(f, "__round__", (self, args, kw) -> dev.heapscope.interpreter.modules.Conversions.roundFloat(
                ((PyFloat) self).value, args.length == 0 ? Types.NONE : args[0]));
        Methods.method(f, "is_integer", (self, args, kw) -> {
            double v = ((PyFloat) self).value;
            return Types.newBool(!Double.isInfinite(v) && v == Math.floor(v));
        });
        Methods.method(f, "__format__", (self, args, kw) -> dev.heapscope.interpreter.modules.Formatting.formatFloat(
                ((PyFloat) self).value, (PyStr) Args.one("__format__", args, kw)));
        Methods.method(f, "conjugate", (self, args, kw) -> incref(self));
        Methods.getter(f, "real", self -> incref(self));
        Methods.getter(f, "imag", self -> Types.newFloat(0.0));
        Methods.constructor(f, dev.heapscope.interpreter.modules.Conversions::newFloat);
    }

    private static Double floatOperand(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return Numbers.toDouble(i);
        }
        return null;
    }

    /** Compares an int with a float exactly, as float_richcompare does. */
    private static int compareIntFloat(PyInt i, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        // Below 2**53 in magnitude an int converts to a double exactly, so the double
        // comparison is the exact one (and 0 == -0.0, as in float_richcompare).
        if (i.isSmall() && Math.abs(i.value) <= (1L << 53)) {
            double x = i.value;
            return x < d ? -1 : x > d ? 1 : 0;
        }
        return new java.math.BigDecimal(i.bigValue()).compareTo(new java.math.BigDecimal(d));
    }

    static PyObject negate(PyInt i) {
        if (i.isSmall() && i.value != Long.MIN_VALUE) {
            return Types.newInt(-i.value);
        }
        return Types.newInt(i.bigValue().negate());
    }

    /** The value as an exact int (not a bool or subclass). */
    static PyObject plainInt(PyInt i) {
        if (i.type == Types.INT) {
            return incref(i);
        }
        return i.isSmall() ? Types.newInt(i.value) : Types.newInt(i.big);
    }
}
