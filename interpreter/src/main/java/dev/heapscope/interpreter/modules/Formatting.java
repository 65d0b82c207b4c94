package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Numbers;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.text.PyRepr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** format() and the format specification mini-language of int, float and str. */
public final class Formatting {
    private Formatting() {
    }

    /** format(value, spec): type(value).__format__(value, spec), which must return a str. */
    public static PyObject format(PyObject value, PyStr spec) {
        if (value.type == Types.STR && spec.length == 0) {
            return Ops.str(value);
        }
        PyObject m = value.type.lookup(Names.__format__);
        PyObject r = Ops.callMethod(m, value, new PyObject[] {spec}, null);
        if (!(r instanceof PyStr)) {
            String tn = r.type.name;
            decref(r);
            throw Errors.typeError("__format__ must return a str, not " + tn);
        }
        return r;
    }

    /** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
    static final class Spec {
        int fill = ' ';
        char align;
        char sign;
        boolean alternate;
        boolean zeroPad;
        int width = -1;
        char grouping;
        int precision = -1;
        char type;

        static Spec parse(String s, char defaultAlign) {
            Spec p = new Spec();
            int i = 0;
            int n = s.length();
            boolean fillGiven = false;
            if (n >= 2 && isAlign(s.charAt(1))) {
                p.fill = s.charAt(0);
                p.align = s.charAt(1);
                fillGiven = true;
                i = 2;
            } else if (n >= 1 && isAlign(s.charAt(0))) {
                p.align = s.charAt(0);
                i = 1;
            }
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
                p.sign = s.charAt(i++);
            }
            if (i < n && s.charAt(i) == 'z') {
                i++;
            }
            if (i < n && s.charAt(i) == '#') {
                p.alternate = true;
                i++;
            }
            if (i < n && s.charAt(i) == '0') {
                // As CPython: '0' fills with zeros unless a fill was given, and means '=' only for numbers.
                p.zeroPad = true;
                if (!fillGiven) {
                    p.fill = '0';
                    if (p.align == 0 && defaultAlign == '>') {
                        p.align = '=';
                    }
                }
                i++;
            }
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                p.width = Integer.parseInt(s.substring(start, i));
            }
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                p.grouping = s.charAt(i++);
                if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                    throw Errors.valueError("Cannot specify both ',' and '_'.");
                }
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                start = i;
                while (i < n && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    throw Errors.valueError("Format specifier missing precision");
                }
                p.precision = Integer.parseInt(s.substring(start, i));
            }
            if (i < n) {
                p.type = s.charAt(i++);
            }
            if (i < n) {
                throw Errors.valueError("Invalid format specifier");
            }
            if (p.align == 0) {
                p.align = defaultAlign;
            }
            return p;
        }

        private static boolean isAlign(char c) {
            return c == '<' || c == '>' || c == '^' || c == '=';
        }

        /** Pads {@code body} (after the sign/prefix {@code prefix}) to the width. */
        String pad(String prefix, String body) {
            int len = prefix.codePointCount(0, prefix.length()) + body.codePointCount(0, body.length());
            if (width <= len) {
                return prefix + body;
            }
            String f = new String(Character.toChars(fill));
            int padding = width - len;
            switch (align) {
                case '<':
                    return prefix + body + f.repeat(padding);
                case '^':
                    return f.repeat(padding / 2) + prefix + body + f.repeat(padding - padding / 2);
                case '=':
                    return prefix + f.repeat(padding) + body;
                default:
                    return f.repeat(padding) + prefix + body;
            }
        }
    }

    public static PyObject formatStr(PyStr value, PyStr specText) {
        if (specText.length == 0) {
            return Ops.str(value);
        }
        Spec spec = Spec.parse(specText.value, '<');
        if (spec.type != 0 && spec.type != 's') {
            throw Errors.valueError("Unknown format code '" + spec.type + "' for object of type 'str'");
        }
        if (spec.sign != 0) {
            throw Errors.valueError("Sign not allowed in string format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        String s = value.value;
        if (spec.precision >= 0 && spec.precision < value.length) {
            s = value.substring(0, spec.precision);
        } else if (spec.width <= value.length && value.type == Types.STR) {
            // Neither cut nor padded: the writer takes the str itself, so f'{s:<3}' is s.
            return incref(value);
        }
        return Types.newStr(spec.pad("", s));
    }

    public static PyObject formatInt(PyInt value, PyStr specText) {
        if (specText.length == 0) {
            // An empty spec is str(value): "True" for a bool, a subclass's own __str__.
            return Ops.str(value);
        }
        Spec spec = Spec.parse(specText.value, '>');
        char t = spec.type;
        if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
            return Types.newStr(formatDouble(Numbers.toDouble(value), spec));
        }
        if (spec.precision >= 0) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        BigInteger v = value.bigValue();
        String digits;
        String prefix = "";
        switch (t) {
            case 0, 'd', 'n' -> digits = v.abs().toString();
            case 'b' -> {
                digits = v.abs().toString(2);
                prefix = spec.alternate ? "0b" : "";
            }
            case 'o' -> {
                digits = v.abs().toString(8);
                prefix = spec.alternate ? "0o" : "";
            }
            case 'x' -> {
                digits = v.abs().toString(16);
                prefix = spec.alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = v.abs().toString(16).toUpperCase();
                prefix = spec.alternate ? "0X" : "";
            }
            case 'c' -> {
                if (spec.sign != 0) {
                    throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
                }
                if (spec.alternate) {
                    throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }
                if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.OVERFLOW_ERROR,
                            "%c arg not in range(0x110000)");
                }
                return Types.newStr(spec.pad("", new String(Character.toChars(v.intValue()))));
            }
            default -> throw Errors.valueError("Unknown format code '" + t + "' for object of type 'int'");
        }
        if (spec.grouping != 0) {
            int group = t == 0 || t == 'd' || t == 'n' ? 3 : 4;
            if (spec.grouping == ',' && group == 4) {
                throw Errors.valueError("Cannot specify ',' with '" + t + "'.");
            }
            digits = group(digits, group, spec.grouping, spec.align == '=' && spec.zeroPad ? spec.width
                    - prefix.length() - (v.signum() < 0 || spec.sign == '+' || spec.sign == ' ' ? 1 : 0) : 0);
        }
        String sign = v.signum() < 0 ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
        return Types.newStr(spec.pad(sign + prefix, digits));
    }

    /** Inserts the grouping separator every {@code size} digits from the right, zero-padding to {@code minWidth}. */
    static String group(String digits, int size, char sep, int minWidth) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            if (count > 0 && count % size == 0) {
                out.append(sep);
            }
            out.append(digits.charAt(i));
            count++;
        }
        while (out.length() < minWidth) {
            if (count % size == 0) {
                out.append(out.length() + 1 < minWidth ? sep : '0');
                if (out.charAt(out.length() - 1) == sep) {
                    count = 0;
                    continue;
                }
            } else {
                out.append('0');
            }
            count++;
        }
        return out.reverse().toString();
    }

    public static PyObject formatFloat(double value, PyStr specText) {
        if (specText.length == 0) {
            return Types.newStr(PyRepr.floatRepr(value));
        }
        Spec spec = Spec.parse(specText.value, '>');
        return Types.newStr(formatDouble(value, spec));
    }

    /**
     * complex.__format__ (format_complex_internal): each part formatted as a float, the
     * imaginary one always signed; with no type the parts are shortest-repr (no ".0") and
     * parenthesised unless the real part is +0, as str() does. Zero padding and '=' are
     * refused; the width applies to the whole.
     */
    public static PyObject formatComplex(dev.heapscope.interpreter.objects.PyComplex value, PyStr specText) {
        if (specText.length == 0) {
            return Ops.str(value);
        }
        Spec spec = Spec.parse(specText.value, '>');
        char t = spec.type;
        if ("eEfFgGn".indexOf(t) < 0 && t != 0) {
            throw Errors.valueError("Unknown format code '" + t + "' for object of type 'complex'");
        }
        if (spec.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean skipReal = false;
        boolean parens = false;
        boolean repr = false;
        if (t == 0) {
            if (value.real == 0.0 && 1 / value.real > 0) {
                skipReal = true;
            } else {
                parens = true;
            }
            if (spec.precision < 0) {
                repr = true;
            } else {
                t = 'g';
            }
        } else if (t == 'n') {
            t = 'g';
        }
        StringBuilder out = new StringBuilder();
        if (parens) {
            out.append('(');
        }
        if (!skipReal) {
            out.append(complexPart(value.real, spec, t, repr, spec.sign));
        }
        // The imaginary part is signed always, unless it stands alone.
        out.append(complexPart(value.imag, spec, t, repr, skipReal ? spec.sign : '+')).append('j');
        if (parens) {
            out.append(')');
        }
        return Types.newStr(spec.pad("", out.toString()));
    }

    /** One part of a complex, signed as {@code sign} says ('-' only when negative, '+', ' '). */
    private static String complexPart(double v, Spec spec, char type, boolean repr, char sign) {
        boolean negative = v < 0 || (v == 0.0 && 1 / v < 0);
        double a = Math.abs(v);
        String body;
        if (Double.isNaN(v)) {
            body = Character.isUpperCase(type) ? "NAN" : "nan";
            negative = false;
        } else if (Double.isInfinite(v)) {
            body = Character.isUpperCase(type) ? "INF" : "inf";
        } else if (repr) {
            body = PyRepr.floatRepr(a);
            if (body.endsWith(".0")) {
                body = body.substring(0, body.length() - 2);
            }
        } else {
            int p = spec.precision < 0 ? 6 : spec.precision;
            body = switch (type) {
                case 'f', 'F' -> fixed(a, p, spec.alternate);
                case 'e', 'E' -> scientific(a, p, spec.alternate, type == 'E');
                default -> general(a, p, spec.alternate, type == 'G', false);
            };
        }
        if (spec.grouping != 0 && !Double.isNaN(v) && !Double.isInfinite(v)) {
            int dot = body.indexOf('.');
            int e = body.indexOf(Character.isUpperCase(type) ? 'E' : 'e');
            int end = dot >= 0 ? dot : e >= 0 ? e : body.length();
            body = group(body.substring(0, end), 3, spec.grouping, 0) + body.substring(end);
        }
        String s = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        return s + body;
    }

    static String formatDouble(double v, Spec spec) {
        char t = spec.type;
        if ("eEfFgGn%".indexOf(t) < 0 && t != 0) {
            throw Errors.valueError("Unknown format code '" + t + "' for object of type 'float'");
        }
        boolean negative = v < 0 || (v == 0.0 && 1 / v < 0);
        double a = Math.abs(v);
        String body;
        if (Double.isNaN(v)) {
            body = Character.isUpperCase(t) ? "NAN" : "nan";
            negative = false;
        } else if (Double.isInfinite(v)) {
            body = Character.isUpperCase(t) ? "INF" : "inf";
        } else {
            int p = spec.precision;
            switch (t) {
                case 'f', 'F' -> body = fixed(a, p < 0 ? 6 : p, spec.alternate);
                case 'e', 'E' -> body = scientific(a, p < 0 ? 6 : p, spec.alternate, t == 'E');
                case '%' -> body = fixed(a * 100, p < 0 ? 6 : p, spec.alternate) + "%";
                case 'g', 'G', 'n' -> body = general(a, p < 0 ? 6 : p, spec.alternate, t == 'G', false);
                default -> {
                    if (p < 0) {
                        body = PyRepr.floatRepr(a);
                    } else {
                        body = general(a, p, spec.alternate, false, true);
                    }
                }
            }
        }
        if (spec.grouping != 0 && !Double.isNaN(v) && !Double.isInfinite(v)) {
            int dot = body.indexOf('.');
            int e = body.indexOf('e');
            int end = dot >= 0 ? dot : e >= 0 ? e : body.length();
            if (body.endsWith("%") && dot < 0) {
                end = body.length() - 1;
            }
            body = group(body.substring(0, end), 3, spec.grouping, 0) + body.substring(end);
        }
        String sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
        if (spec.align == '=' && spec.zeroPad && spec.grouping != 0) {
            int target = spec.width - sign.length();
            while (body.length() < target) {
                body = (body.charAt(0) == spec.grouping || body.length() % 4 == 3 ? "0" : "0") + body;
            }
        }
        return spec.pad(sign, body);
    }

    static String fixed(double a, int precision, boolean alternate) {
        String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (alternate && precision == 0) {
            s += ".";
        }
        return s;
    }

    static String scientific(double a, int precision, boolean alternate, boolean upper) {
        String mantissa;
        int exp;
        if (a == 0) {
            mantissa = precision == 0 ? "0" : "0." + "0".repeat(precision);
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            exp = d.precision() - d.scale() - 1;
            BigDecimal m = d.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN);
            mantissa = m.toPlainString();
        }
        if (alternate && precision == 0) {
            mantissa += ".";
        }
        String e = (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return mantissa + (upper ? "E" : "e") + e;
    }

    /**
     * 'g': significant digits; scientific when the exponent is below -4 or at least the
     * precision; trailing zeros removed unless '#'. {@code repr}: the no-type variant,
     * whose fixed notation keeps at least one digit after the point.
     */
    static String general(double a, int precision, boolean alternate, boolean upper, boolean repr) {
        int p = precision == 0 ? 1 : precision;
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal d = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = d.precision() - d.scale() - 1;
        }
        String s;
        if (exp >= -4 && exp < p) {
            s = fixed(a, p - 1 - exp, false);
            if (!alternate) {
                if (s.indexOf('.') >= 0) {
                    s = s.replaceAll("0+$", "");
                    if (s.endsWith(".")) {
                        s = repr ? s + "0" : s.substring(0, s.length() - 1);
                    }
                }
            } else if (s.indexOf('.') < 0) {
                s += ".";
            }
        } else {
            s = scientific(a, p - 1, alternate, upper);
            if (!alternate) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String m = s.substring(0, e);
                if (m.indexOf('.') >= 0) {
                    m = m.replaceAll("0+$", "");
                    if (m.endsWith(".")) {
                        m = m.substring(0, m.length() - 1);
                    }
                }
                s = m + s.substring(e);
            }
        }
        return s;
    }

    /** Whether {@code o} is a float (for % formatting). */
    static boolean isFloat(PyObject o) {
        return o instanceof PyFloat;
    }
}
