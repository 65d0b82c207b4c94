package dev.heapscope.language.literals;

import dev.heapscope.language.ast.ConstantValue;
import java.math.BigInteger;

/** Decodes NUMBER tokens (ints of any base, floats, imaginary literals, underscores). */
public final class NumberLiterals {
    private NumberLiterals() {
    }

    /** CPython 3.11's default sys.get_int_max_str_digits(), which also applies to literals. */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * The value of a NUMBER token that the tokenizer has already validated: an
     * {@code IntValue} for integers, a {@code FloatValue} for floats and a pure imaginary
     * {@code ComplexValue} for literals ending in 'j' or 'J'.
     */
    public static ConstantValue parse(String text) {
        String digits = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = digits.charAt(digits.length() - 1);
        if (last == 'j' || last == 'J') {
            // Double.parseDouble is correctly rounded, as CPython's PyOS_string_to_double is.
            return new ConstantValue.ComplexValue(0.0, Double.parseDouble(digits.substring(0, digits.length() - 1)));
        }
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            switch (digits.charAt(1)) {
                case 'x', 'X' -> {
                    return new ConstantValue.IntValue(new BigInteger(digits.substring(2), 16));
                }
                case 'o', 'O' -> {
                    return new ConstantValue.IntValue(new BigInteger(digits.substring(2), 8));
                }
                case 'b', 'B' -> {
                    return new ConstantValue.IntValue(new BigInteger(digits.substring(2), 2));
                }
                default -> {
                }
            }
        }
        if (isFloat(digits)) {
            return new ConstantValue.FloatValue(Double.parseDouble(digits));
        }
        return new ConstantValue.IntValue(new BigInteger(digits));
    }

    private static boolean isFloat(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return true;
            }
        }
        return false;
    }

    /**
     * The message of the SyntaxError CPython 3.11 raises for a decimal integer literal of
     * more than {@link #MAX_STR_DIGITS} digits, or null when the literal is within the limit.
     * CPython reports it on the token's lines with offset 0 and end offset 0.
     * Hexadecimal, octal and binary literals, floats and imaginary literals have no limit,
     * and neither does a literal of zeros only.
     */
    public static String digitLimitMessage(String text) {
        if (text.length() <= MAX_STR_DIGITS || text.charAt(0) == '0') {
            return null;
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            } else if (c != '_') {
                return null;
            }
        }
        if (count <= MAX_STR_DIGITS) {
            return null;
        }
        return "Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has "
            + count + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
            + "for huge integer literals to avoid decimal conversion limits.";
    }
}
