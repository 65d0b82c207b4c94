package dev.heapscope.language.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** CPython 3.11's repr() of str, bytes, float and complex values, byte for byte. */
public final class PyRepr {
    private PyRepr() {
    }

    /** repr(str): quotes chosen as CPython chooses them, non-printable code points escaped. */
    public static String str(String s) {
        char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendEscaped(out, cp, quote);
        }
        return out.append(quote).toString();
    }

    /** repr(str) of a string given as its exact code points (it may hold lone surrogates). */
    public static String str(int[] codePoints) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int cp : codePoints) {
            hasSingle |= cp == '\'';
            hasDouble |= cp == '"';
        }
        char quote = quoteFor(hasSingle, hasDouble);
        StringBuilder out = new StringBuilder(codePoints.length + 2);
        out.append(quote);
        for (int cp : codePoints) {
            appendEscaped(out, cp, quote);
        }
        return out.append(quote).toString();
    }

    /** CPython uses double quotes only when the text has single quotes and no double ones. */
    private static char quoteFor(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    private static void appendEscaped(StringBuilder out, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            out.append('\\').append((char) cp);
        } else if (cp == '\t') {
            out.append("\\t");
        } else if (cp == '\n') {
            out.append("\\n");
        } else if (cp == '\r') {
            out.append("\\r");
        } else if (cp >= ' ' && cp < 0x7f) {
            out.append((char) cp);
        } else if (cp < 0x7f || !isPrintable(cp)) {
            if (cp <= 0xff) {
                out.append("\\x").append(hex(cp, 2));
            } else if (cp <= 0xffff) {
                out.append("\\u").append(hex(cp, 4));
            } else {
                out.append("\\U").append(hex(cp, 8));
            }
        } else {
            out.appendCodePoint(cp);
        }
    }

    /** repr(bytes): b'...' with printable ASCII as is and everything else as \xNN. */
    public static String bytes(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(b.length + 3);
        out.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.append("\\x").append(hex(c, 2));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    /** repr(float): the shortest string that reads back as the same double. */
    public static String floatRepr(double d) {
        return formatShortest(d, true);
    }

    /** repr(complex): 'Nj' for a pure imaginary with +0.0 real part, '(a+bj)' otherwise. */
    public static String complexRepr(double real, double imag) {
        String im = formatShortest(imag, false);
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return im + "j";
        }
        String re = formatShortest(real, false);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + re + sign + im + "j)";
    }

    /**
     * CPython's 'r' formatting: shortest round-tripping digits, exponent form when the
     * decimal point falls before the 4th leading zero or after the 16th digit.
     */
    private static String formatShortest(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0.0 && 1 / d < 0)) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0.0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        String digits;
        int decpt;
        BigDecimal shortest = shortestDigits(a).stripTrailingZeros();
        digits = shortest.unscaledValue().toString();
        decpt = digits.length() - shortest.scale();
        StringBuilder out = new StringBuilder(sign);
        if (decpt <= -4 || decpt > 16) {
            out.append(digits.charAt(0));
            if (digits.length() > 1) {
                out.append('.').append(digits, 1, digits.length());
            }
            int exponent = decpt - 1;
            out.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (decpt <= 0) {
            out.append("0.");
            out.append("0".repeat(-decpt));
            out.append(digits);
        } else if (decpt < digits.length()) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        } else {
            out.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) {
                out.append(".0");
            }
        }
        return out.toString();
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code a}; among
     * several of that length, the one nearest to {@code a}. Java 17's Double.toString reads
     * back but is not always shortest or nearest, so it only bounds the search: if no
     * decimal of p digits reads back, none of fewer digits does (it would be one of p digits
     * with trailing zeros), so we shorten from its length until that fails.
     */
    private static BigDecimal shortestDigits(double a) {
        BigDecimal exact = new BigDecimal(a);
        int precision = significantDigits(Double.toString(a));
        BigDecimal best = readingBack(exact, a, precision);
        while (precision > 1) {
            BigDecimal shorter = readingBack(exact, a, --precision);
            if (shorter == null) {
                break;
            }
            best = shorter;
        }
        return best;
    }

    /**
     * The decimal of {@code precision} significant digits nearest to {@code exact} that reads
     * back as {@code a}, or null. The nearest may miss while the neighbour on the other side
     * still reads back, because the interval that reads back as a power of two is twice as
     * wide above it as below.
     */
    private static BigDecimal readingBack(BigDecimal exact, double a, int precision) {
        BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() == a) {
            return nearest;
        }
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal candidate = exact.round(new MathContext(precision, mode));
            if (candidate.doubleValue() == a) {
                return candidate;
            }
        }
        return null;
    }

    /** The number of significant digits of a Double.toString result such as "1.25E-7". */
    private static int significantDigits(String javaRepr) {
        int exponent = javaRepr.indexOf('E');
        String mantissa = exponent < 0 ? javaRepr : javaRepr.substring(0, exponent);
        String digits = mantissa.replace("-", "").replace(".", "");
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        int last = digits.length();
        while (last > first + 1 && digits.charAt(last - 1) == '0') {
            last--;
        }
        return last - first;
    }

    private static String hex(int value, int width) {
        String h = Integer.toHexString(value);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /** str.isprintable() for one code point, from CPython 3.11's Unicode database. */
    public static boolean isPrintable(int cp) {
        if (cp >= ' ' && cp < 0x7f) {
            return true;
        }
        int[] starts = NonPrintable.STARTS;
        int i = Arrays.binarySearch(starts, cp);
        if (i >= 0) {
            return false;
        }
        int range = -i - 2;
        return range < 0 || cp > NonPrintable.ENDS[range];
    }

    /** Loaded on first use of a non-ASCII character only, to keep start-up lean. */
    private static final class NonPrintable {
        static final int[] STARTS;
        static final int[] ENDS;

        static {
            int[] starts = new int[1024];
            int[] ends = new int[1024];
            int n = 0;
            try (InputStream in = PyRepr.class.getResourceAsStream("nonprintable.txt");
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int dash = line.indexOf('-');
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    starts[n] = Integer.parseInt(line.substring(0, dash), 16);
                    ends[n] = Integer.parseInt(line.substring(dash + 1), 16);
                    n++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            STARTS = Arrays.copyOf(starts, n);
            ENDS = Arrays.copyOf(ends, n);
        }
    }
}
