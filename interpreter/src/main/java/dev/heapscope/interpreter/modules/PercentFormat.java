package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyFloat;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;

/** printf-style formatting: str % values. */
final class PercentFormat {
    private PercentFormat() {
    }

    static PyObject format(String t, PyObject values) {
        PyObject whole = soleStr(t, values);
        if (whole != null) {
            return incref(whole);
        }
        return Types.newStr(format(t, values, false));
    }

    /**
     * '%s' % s (or '%.20s' with a precision that keeps all of it) writes one exact str
     * whole and nothing else, so CPython's writer returns that object itself; null when
     * the template is anything else.
     */
    private static PyObject soleStr(String t, PyObject values) {
        if (t.length() < 2 || t.charAt(0) != '%' || t.charAt(t.length() - 1) != 's') {
            return null;
        }
        int precision = -1;
        if (t.length() > 2) {
            if (t.charAt(1) != '.' || t.length() == 3 || t.length() > 12) {
                return null;
            }
            for (int i = 2; i < t.length() - 1; i++) {
                if (!Character.isDigit(t.charAt(i))) {
                    return null;
                }
            }
            precision = Integer.parseInt(t.substring(2, t.length() - 1));
        }
        PyObject v = values instanceof PyTuple tuple && values.type == Types.TUPLE
                ? (tuple.items.length == 1 ? tuple.items[0] : null) : values;
        if (v == null || v.type != Types.STR || precision >= 0 && precision < ((PyStr) v).length) {
            return null;
        }
        return v;
    }

    /**
     * bytes % values: the template and the result are bytes seen as Latin-1 text (one char a
     * byte); %s and %b take bytes-like objects or __bytes__, %r and %a give ascii(), %c an
     * int in range(256) or one byte.
     */
    static String formatBytes(String t, PyObject values) {
        return format(t, values, true);
    }

    private static String format(String t, PyObject values, boolean bytes) {
        PyObject[] args;
        PyObject mapping = null;
        if (values instanceof PyTuple tup) {
            args = tup.items;
        } else {
            args = new PyObject[] {values};
            if (values.type.lookup(Names.__getitem__) != null && !(values instanceof PyStr)
                    && !(values instanceof dev.heapscope.interpreter.objects.PyList)
                    && !(values instanceof dev.heapscope.interpreter.objects.PyBytes)) {
                mapping = values;
            }
        }
        StringBuilder out = new StringBuilder();
        int argIndex = 0;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            PyObject value = null;
            boolean ownedValue = false;
            if (t.charAt(i) == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (t.charAt(j) == '(') {
                        depth++;
                    } else if (t.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                PyObject key = bytes ? dev.heapscope.interpreter.objects.PyBytes.of(t.substring(i + 1, j - 1)
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) : Types.newStr(t.substring(i + 1, j - 1));
                try {
                    value = Ops.getitem(mapping, key);
                } finally {
                    decref(key);
                }
                ownedValue = true;
                i = j;
            }
            Formatting.Spec spec = new Formatting.Spec();
            spec.align = '>';
            boolean leftAlign = false;
            while (i < n && "-+ #0".indexOf(t.charAt(i)) >= 0) {
                char f = t.charAt(i++);
                switch (f) {
                    case '-' -> leftAlign = true;
                    case '+' -> spec.sign = '+';
                    case ' ' -> {
                        if (spec.sign == 0) {
                            spec.sign = ' ';
                        }
                    }
                    case '#' -> spec.alternate = true;
                    default -> spec.zeroPad = true;
                }
            }
            if (i < n && t.charAt(i) == '*') {
                spec.width = (int) Ops.asLong(args[argIndex++]);
                i++;
            } else {
                int s = i;
                while (i < n && Character.isDigit(t.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    spec.width = Integer.parseInt(t.substring(s, i));
                }
            }
            if (i < n && t.charAt(i) == '.') {
                i++;
                if (i < n && t.charAt(i) == '*') {
                    spec.precision = (int) Ops.asLong(args[argIndex++]);
                    i++;
                } else {
                    int s = i;
                    while (i < n && Character.isDigit(t.charAt(i))) {
                        i++;
                    }
                    spec.precision = i > s ? Integer.parseInt(t.substring(s, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(t.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char type = t.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (argIndex >= args.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                value = args[argIndex++];
            }
            if (leftAlign) {
                spec.align = '<';
                spec.zeroPad = false;
            } else if (spec.zeroPad && "diouxXeEfFgG".indexOf(type) >= 0) {
                spec.align = '=';
                spec.fill = '0';
            }
            try {
                out.append(bytes ? oneByteString(type, value, spec) : one(type, value, spec));
            } finally {
                if (ownedValue) {
                    decref(value);
                }
            }
        }
        if (mapping == null && argIndex < args.length) {
            throw Errors.typeError("not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private static String oneByteString(char type, PyObject value, Formatting.Spec spec) {
        switch (type) {
            case 's', 'b': {
                byte[] b;
                if (ByteStrings.isBuffer(value)) {
                    b = ByteStrings.buffer(value);
                } else if (value.type.lookup(Types.intern("__bytes__")) != null) {
                    PyObject r = Ops.call(Ops.getattr(value, Types.intern("__bytes__")));
                    try {
                        b = ByteStrings.buffer(r);
                    } finally {
                        decref(r);
                    }
                } else {
                    throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                            + value.type.name + "'");
                }
                String s = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (spec.precision >= 0 && spec.precision < s.length()) {
                    s = s.substring(0, spec.precision);
                }
                spec.sign = 0;
                return spec.pad("", s);
            }
            case 'r', 'a':
                return one('a', value, spec);
            case 'c': {
                if (ByteStrings.isBuffer(value)) {
                    byte[] b = ByteStrings.buffer(value);
                    if (b.length == 1) {
                        return spec.pad("", String.valueOf((char) (b[0] & 0xff)));
                    }
                } else if (value instanceof PyInt) {
                    long v = Ops.asLong(value);
                    if (v < 0 || v > 255) {
                        throw Errors.overflow("%c arg not in range(256)");
                    }
                    return spec.pad("", String.valueOf((char) v));
                }
                throw Errors.typeError("%c requires an integer in range(256) or a single byte");
            }
            default:
                return one(type, value, spec);
        }
    }

    private static String one(char type, PyObject value, Formatting.Spec spec) {
        switch (type) {
            case 's', 'r', 'a': {
                String s = type == 's' ? Ops.strString(value) : type == 'r' ? Ops.reprString(value)
                        : ((PyStr) Builtins.ascii(value)).value;
                if (spec.precision >= 0 && spec.precision < s.length()) {
                    s = s.substring(0, spec.precision);
                }
                spec.sign = 0;
                return spec.pad("", s);
            }
            case 'd', 'i', 'u', 'o', 'x', 'X': {
                PyInt i;
                if (value instanceof PyFloat f) {
                    i = (PyInt) Conversions.floatToInt(f.value);
                } else if (value instanceof PyInt) {
                    i = (PyInt) dev.heapscope.interpreter.runtime.Heap.incref(value);
                } else if (value.type.lookup(Names.__int__) != null || value.type.lookup(Names.__index__) != null) {
                    i = (PyInt) Conversions.toInt(value);
                } else {
                    throw Errors.typeError("%" + type + " format: a " + (type == 'd' || type == 'i' || type == 'u'
                            ? "real number" : "integer") + " is required, not " + value.type.name);
                }
                try {
                    java.math.BigInteger v = i.bigValue();
                    int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                    String digits = v.abs().toString(radix);
                    if (type == 'X') {
                        digits = digits.toUpperCase();
                    }
                    if (spec.precision > digits.length()) {
                        digits = "0".repeat(spec.precision - digits.length()) + digits;
                    }
                    String prefix = spec.alternate ? (type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "") : "";
                    String sign = v.signum() < 0 ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
                    return spec.pad(sign + prefix, digits);
                } finally {
                    decref(i);
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G': {
                double d = Conversions.toDouble(value instanceof PyStr ? failFloat(value) : value);
                spec.type = type;
                return Formatting.formatDouble(d, spec);
            }
            case 'c': {
                if (value instanceof PyStr s && s.length == 1) {
                    return spec.pad("", s.value);
                }
                long cp = Ops.asLong(value);
                return spec.pad("", new String(Character.toChars((int) cp)));
            }
            default:
                throw Errors.valueError("unsupported format character '" + type + "' (0x" + Integer.toHexString(type)
                        + ")");
        }
    }

    private static PyObject failFloat(PyObject value) {
        throw Errors.typeError("must be real number, not " + value.type.name);
    }
}
