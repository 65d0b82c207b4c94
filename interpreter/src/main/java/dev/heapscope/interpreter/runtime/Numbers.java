package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import java.math.BigInteger;

/**
 * int and float arithmetic with Python's semantics: unbounded ints (long arithmetic
 * with overflow checks, then BigInteger), floor division and modulo rounding towards
 * negative infinity, CPython's error messages, and the numeric hash.
 */
public final class Numbers {
    private Numbers() {
    }

    /** sys.hash_info.modulus: hashes of numbers are reduced modulo 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    public static long hashInt(PyInt i) {
        long h;
        if (i.isSmall()) {
            long v = i.value;
            if (v == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
            } else {
                long a = Math.abs(v) % HASH_MODULUS;
                h = v < 0 ? -a : a;
            }
        } else {
            BigInteger b = i.big;
            long a = b.abs().mod(BIG_MODULUS).longValue();
            h = b.signum() < 0 ? -a : a;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's _Py_HashDouble. */
    public static long hashFloat(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            long l = (long) v;
            long a = Math.abs(l) % HASH_MODULUS;
            long h = l < 0 ? -a : a;
            return h == -1 ? -2 : h;
        }
        int[] exp = new int[1];
        double m = frexp(v, exp);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        int e = exp[0];
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= HASH_MODULUS) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & HASH_MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    static double frexp(double v, int[] exp) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            exp[0] = 0;
            return v;
        }
        int e = Math.getExponent(v);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {
            v *= 0x1p54;
            e = Math.getExponent(v) - 54;
            m = v / Math.scalb(1.0, Math.getExponent(v) + 1);
        } else {
            m = v / Math.scalb(1.0, e + 1);
        }
        exp[0] = e + 1;
        return m;
    }

    /** The result of {@code a op b} for exact ints and floats, or null for anything else. */
    public static PyObject fastBinary(PyObject a, PyObject b, BinaryOp op) {
        if (a.type == Types.INT && b.type == Types.INT) {
            return intOp((PyInt) a, (PyInt) b, op);
        }
        if (a.type == Types.FLOAT) {
            if (b.type == Types.FLOAT) {
                return floatOp(((PyFloat) a).value, ((PyFloat) b).value, op);
            }
            if (b.type == Types.INT) {
                return floatOp(((PyFloat) a).value, toDouble((PyInt) b), op);
            }
        } else if (b.type == Types.FLOAT && a.type == Types.INT) {
            return floatOp(toDouble((PyInt) a), ((PyFloat) b).value, op);
        }
        return null;
    }

    public static double toDouble(PyInt i) {
        if (i.isSmall()) {
            return i.value;
        }
        double d = i.big.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("int too large to convert to float");
        }
        return d;
    }

    /** int op int, or null when the operator has no int meaning (@). */
    public static PyObject intOp(PyInt x, PyInt y, BinaryOp op) {
        if (x.isSmall() && y.isSmall()) {
            long a = x.value;
            long b = y.value;
            switch (op) {
                case ADD: {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) < 0) {
                        break;
                    }
                    return Types.newInt(r);
                }
                case SUB: {
                    long r = a - b;
                    if (((a ^ b) & (a ^ r)) < 0) {
                        break;
                    }
                    return Types.newInt(r);
                }
                case MUL: {
                    long hi = Math.multiplyHigh(a, b);
                    long lo = a * b;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return Types.newInt(lo);
                    }
                    break;
                }
                case FLOORDIV:
                    if (b == 0) {
                        throw Errors.zeroDivision("integer division or modulo by zero");
                    }
                    if (a == Long.MIN_VALUE && b == -1) {
                        break;
                    }
                    return Types.newInt(Math.floorDiv(a, b));
                case MOD:
                    if (b == 0) {
                        throw Errors.zeroDivision("integer modulo by zero");
                    }
                    return Types.newInt(Math.floorMod(a, b));
                case TRUEDIV:
                    return trueDivide(x, y);
                case AND:
                    return Types.newInt(a & b);
                case OR:
                    return Types.newInt(a | b);
                case XOR:
                    return Types.newInt(a ^ b);
                case LSHIFT:
                    if (b < 0) {
                        throw Errors.valueError("negative shift count");
                    }
                    if (b < 63 && (a == 0 || Long.numberOfLeadingZeros(Math.abs(a)) > b + 1)) {
                        return Types.newInt(a << b);
                    }
                    break;
                case RSHIFT:
                    if (b < 0) {
                        throw Errors.valueError("negative shift count");
                    }
                    return Types.newInt(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
                case POW:
                    if (b >= 0) {
                        return pow(x, y);
                    }
                    return powNegative(x, y);
                default:
                    return null;
            }
        }
        return bigOp(x, y, op);
    }

    private static PyObject bigOp(PyInt x, PyInt y, BinaryOp op) {
        BigInteger a = x.bigValue();
        BigInteger b = y.bigValue();
        switch (op) {
            case ADD:
                return Types.newInt(a.add(b));
            case SUB:
                return Types.newInt(a.subtract(b));
            case MUL:
                return Types.newInt(a.multiply(b));
            case FLOORDIV: {
                if (b.signum() == 0) {
                    throw Errors.zeroDivision("integer division or modulo by zero");
                }
                return Types.newInt(floorDiv(a, b));
            }
            case MOD: {
                if (b.signum() == 0) {
                    throw Errors.zeroDivision("integer modulo by zero");
                }
                return Types.newInt(floorMod(a, b));
            }
            case TRUEDIV:
                return trueDivide(x, y);
            case AND:
                return Types.newInt(a.and(b));
            case OR:
                return Types.newInt(a.or(b));
            case XOR:
                return Types.newInt(a.xor(b));
            case LSHIFT:
                if (b.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (b.bitLength() > 31) {
                    throw Errors.overflow("too many digits in integer");
                }
                return Types.newInt(a.shiftLeft(b.intValue()));
            case RSHIFT:
                if (b.signum() < 0) {
                    throw Errors.valueError("negative shift count");
                }
                if (b.bitLength() > 31) {
                    return Types.newInt(a.signum() < 0 ? -1 : 0);
                }
                return Types.newInt(a.shiftRight(b.intValue()));
            case POW:
                if (b.signum() >= 0) {
                    return pow(x, y);
                }
                return powNegative(x, y);
            default:
                return null;
        }
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    static BigInteger floorMod(BigInteger a, BigInteger b) {
        BigInteger r = a.mod(b.abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b);
        }
        return r;
    }

    private static PyObject pow(PyInt x, PyInt y) {
        if (!y.isSmall() || y.value > Integer.MAX_VALUE) {
            if (x.isSmall() && (x.value == 0 || x.value == 1)) {
                return Types.newInt(x.value);
            }
            if (x.isSmall() && x.value == -1) {
                return Types.newInt(y.bigValue().testBit(0) ? -1 : 1);
            }
            throw Errors.raise(ExceptionTypes.MEMORY_ERROR);
        }
        return Types.newInt(x.bigValue().pow((int) y.value));
    }

    private static PyObject powNegative(PyInt x, PyInt y) {
        double base = toDouble(x);
        if (base == 0.0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        return Types.newFloat(Math.pow(base, toDouble(y)));
    }

    private static PyObject trueDivide(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw Errors.zeroDivision("division by zero");
        }
        if (x.isSmall() && y.isSmall() && Math.abs(x.value) < (1L << 53) && Math.abs(y.value) < (1L << 53)) {
            return Types.newFloat((double) x.value / (double) y.value);
        }
        java.math.BigDecimal q = new java.math.BigDecimal(x.bigValue()).divide(new java.math.BigDecimal(y.bigValue()),
                java.math.MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow("integer division result too large for a float");
        }
        return Types.newFloat(d);
    }

    /** float op float; null for operators floats lack. */
    public static PyObject floatOp(double a, double b, BinaryOp op) {
        switch (op) {
            case ADD:
                return Types.newFloat(a + b);
            case SUB:
                return Types.newFloat(a - b);
            case MUL:
                return Types.newFloat(a * b);
            case TRUEDIV:
                if (b == 0.0) {
                    throw Errors.zeroDivision("float division by zero");
                }
                return Types.newFloat(a / b);
            case FLOORDIV:
                if (b == 0.0) {
                    throw Errors.zeroDivision("float floor division by zero");
                }
                return Types.newFloat(floatDivmod(a, b)[0]);
            case MOD:
                if (b == 0.0) {
                    throw Errors.zeroDivision("float modulo");
                }
                return Types.newFloat(floatDivmod(a, b)[1]);
            case POW:
                return floatPow(a, b);
            default:
                return null;
        }
    }

    /** float_divmod: the floor quotient and a remainder with the divisor's sign. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    static PyObject floatPow(double a, double b) {
        if (a == 0.0 && b < 0) {
            throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && !Double.isInfinite(b)) {
            // A negative number raised to a fractional power is complex, as float_pow hands it on.
            return ComplexMethods.pow(new double[] {a, 0.0}, new double[] {b, 0.0});
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        }
        return Types.newFloat(r);
    }
}
