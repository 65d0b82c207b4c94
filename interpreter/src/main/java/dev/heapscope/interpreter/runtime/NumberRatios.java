package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.language.text.PyRepr;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact-representation methods of int and float: as_integer_ratio, float.hex and
 * float.fromhex, int.to_bytes and int.from_bytes.
 */
final class NumberRatios {
    private NumberRatios() {
    }

    static void register() {
        Methods.method(Types.INT, "as_integer_ratio", (self, args, kw) -> {
            Args.none("as_integer_ratio", args, kw);
            return pair(NumberMethods.plainInt((PyInt) self), Types.newInt(1));
        });
        Methods.method(Types.FLOAT, "as_integer_ratio", (self, args, kw) -> {
            Args.none("as_integer_ratio", args, kw);
            return floatRatio(((PyFloat) self).value);
        });
        Methods.method(Types.FLOAT, "hex", (self, args, kw) -> {
            Args.none("hex", args, kw);
            return Types.newStr(hex(((PyFloat) self).value));
        });
        Methods.classMethod(Types.FLOAT, "fromhex", (cls, args, kw) -> {
            PyObject s = Args.one("fromhex", args, kw);
            if (!(s instanceof PyStr text)) {
                throw Errors.typeError("must be str, not " + s.type.name);
            }
            PyObject f = Types.newFloat(fromhex(text.value));
            if (cls == Types.FLOAT) {
                return f;
            }
            try {
                return Ops.call(cls, f);
            } finally {
                Heap.decref(f);
            }
        });
        Methods.method(Types.INT, "to_bytes", (self, args, kw) -> {
            Args.onlyKeywords("to_bytes", kw, "length", "byteorder", "signed");
            int npos = Args.positional(args, kw);
            if (npos > 2) {
                throw Errors.typeError("to_bytes() takes at most 2 positional arguments (" + npos + " given)");
            }
            PyObject length = npos > 0 ? args[0] : Args.keyword(args, kw, "length");
            PyObject order = npos > 1 ? args[1] : Args.keyword(args, kw, "byteorder");
            PyObject signed = Args.keyword(args, kw, "signed");
            long n = length == null ? 1 : Ops.asLong(length);
            if (n < 0) {
                throw Errors.valueError("length argument must be non-negative");
            }
            return PyBytes.of(toBytes(((PyInt) self).bigValue(), (int) n, littleEndian(order, "to_bytes"),
                    signed != null && Ops.isTrue(signed)));
        });
        Methods.classMethod(Types.INT, "from_bytes", (cls, args, kw) -> {
            Args.onlyKeywords("from_bytes", kw, "bytes", "byteorder", "signed");
            int npos = Args.positional(args, kw);
            if (npos > 2) {
                throw Errors.typeError("from_bytes() takes at most 2 positional arguments (" + npos + " given)");
            }
            PyObject data = npos > 0 ? args[0] : Args.keyword(args, kw, "bytes");
            if (data == null) {
                throw Errors.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
            }
            PyObject order = npos > 1 ? args[1] : Args.keyword(args, kw, "byteorder");
            PyObject signed = Args.keyword(args, kw, "signed");
            byte[] bytes = bytesOf(data);
            boolean little = littleEndian(order, "from_bytes");
            byte[] big = new byte[bytes.length + 1];
            for (int i = 0; i < bytes.length; i++) {
                big[i + 1] = little ? bytes[bytes.length - 1 - i] : bytes[i];
            }
            BigInteger v = new BigInteger(big);
            if (signed != null && Ops.isTrue(signed) && bytes.length > 0 && big[1] < 0) {
                v = v.subtract(BigInteger.ONE.shiftLeft(8 * bytes.length));
            }
            PyObject r = Types.newInt(v);
            if (cls == Types.INT) {
                return r;
            }
            try {
                return Ops.call(cls, r);
            } finally {
                Heap.decref(r);
            }
        });
    }

    private static PyObject pair(PyObject a, PyObject b) {
        return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {a, b}));
    }

    private static boolean littleEndian(PyObject order, String fn) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument 'byteorder' must be str, not " + order.type.name);
        }
        if (s.value.equals("little")) {
            return true;
        }
        if (s.value.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static byte[] bytesOf(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Ops.iter(data);
        try {
            for (PyObject item = Ops.next(it); item != null; item = Ops.next(it)) {
                try {
                    long v = Ops.asLong(item);
                    if (v < 0 || v > 255) {
                        throw Errors.valueError("bytes must be in range(0, 256)");
                    }
                    out.write((int) v);
                } finally {
                    Heap.decref(item);
                }
            }
        } finally {
            Heap.decref(it);
        }
        return out.toByteArray();
    }

    private static byte[] toBytes(BigInteger v, int n, boolean little, boolean signed) {
        if (!signed && v.signum() < 0) {
            throw Errors.overflow("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > 8L * n && !(v.signum() == 0)) {
            throw Errors.overflow("int too big to convert");
        }
        byte[] twos = v.toByteArray();
        byte[] out = new byte[n];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < n; i++) {
            int src = twos.length - 1 - i;
            out[n - 1 - i] = src >= 0 ? twos[src] : fill;
        }
        if (little) {
            for (int i = 0; i < n / 2; i++) {
                byte t = out[i];
                out[i] = out[n - 1 - i];
                out[n - 1 - i] = t;
            }
        }
        return out;
    }

    /** float.as_integer_ratio: the exact value as a fraction in lowest terms with a positive denominator. */
    private static PyObject floatRatio(double v) {
        if (Double.isInfinite(v)) {
            throw Errors.overflow("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal exact = new BigDecimal(v);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.ONE;
        int scale = exact.scale();
        if (scale > 0) {
            den = BigInteger.TEN.pow(scale);
        } else if (scale < 0) {
            num = num.multiply(BigInteger.TEN.pow(-scale));
        }
        BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return pair(Types.newInt(num), Types.newInt(den));
    }

    /** float_hex: one hex digit before the point, 13 after, and a binary exponent. */
    static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return PyRepr.floatRepr(x);
        }
        if (x == 0.0) {
            return Math.copySign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0";
        }
        int[] exp = new int[1];
        double m = Numbers.frexp(Math.abs(x), exp);
        int e = exp[0];
        int shift = 1 - Math.max(-1021 - e, 0);
        m = Math.scalb(m, shift);
        e -= shift;
        StringBuilder s = new StringBuilder();
        if (x < 0) {
            s.append('-');
        }
        s.append("0x");
        int digit = (int) m;
        s.append(Character.forDigit(digit, 16));
        m -= digit;
        s.append('.');
        for (int i = 0; i < 13; i++) {
            m *= 16.0;
            digit = (int) m;
            s.append(Character.forDigit(digit, 16));
            m -= digit;
        }
        s.append('p').append(e < 0 ? "-" : "+").append(Math.abs(e));
        return s.toString();
    }

    /** float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' exponent], or inf/nan; correctly rounded. */
    static double fromhex(String text) {
        String s = text.strip();
        boolean negative = false;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        String rest = s.substring(i).toLowerCase();
        if (rest.equals("inf") || rest.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (rest.equals("nan")) {
            return Double.NaN;
        }
        if (rest.startsWith("0x")) {
            rest = rest.substring(2);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("([0-9a-f]*)(?:\\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?").matcher(rest);
        if (!m.matches() || (m.group(1).isEmpty() && (m.group(2) == null || m.group(2).isEmpty()))) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        String frac = m.group(2) == null ? "" : m.group(2);
        BigInteger mant = new BigInteger("0" + m.group(1) + frac, 16);
        long exponent = (m.group(3) == null ? 0 : Long.parseLong(m.group(3))) - 4L * frac.length();
        double v;
        if (mant.signum() == 0) {
            v = 0.0;
        } else if (exponent > 2000 - mant.bitLength()) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        } else if (exponent < -2200 - mant.bitLength()) {
            v = 0.0;
        } else if (exponent >= 0) {
            v = new BigDecimal(mant.shiftLeft((int) exponent)).doubleValue();
        } else {
            int k = (int) -exponent;
            v = new BigDecimal(mant.multiply(BigInteger.valueOf(5).pow(k)), k).doubleValue();
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflow("hexadecimal value too large to represent as a float");
        }
        return negative ? -v : v;
    }
}
