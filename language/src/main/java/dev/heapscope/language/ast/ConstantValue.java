package dev.heapscope.language.ast;

import dev.heapscope.language.text.PyRepr;
import java.math.BigInteger;
import java.util.Arrays;

/** The value of a {@code Constant} or {@code MatchSingleton} node: one of Python's literal kinds. */
public sealed interface ConstantValue {

    /** The value's repr, as CPython prints it inside {@code ast.dump}. */
    String repr();

    NoneValue NONE = new NoneValue();
    EllipsisValue ELLIPSIS = new EllipsisValue();
    BoolValue TRUE = new BoolValue(true);
    BoolValue FALSE = new BoolValue(false);

    record NoneValue() implements ConstantValue {
        public String repr() {
            return "None";
        }
    }

    record EllipsisValue() implements ConstantValue {
        public String repr() {
            return "Ellipsis";
        }
    }

    record BoolValue(boolean value) implements ConstantValue {
        public String repr() {
            return value ? "True" : "False";
        }
    }

    record IntValue(BigInteger value) implements ConstantValue {
        public String repr() {
            return value.toString();
        }
    }

    record FloatValue(double value) implements ConstantValue {
        public String repr() {
            return PyRepr.floatRepr(value);
        }
    }

    /** An imaginary literal such as {@code 2j}: the parser only ever makes a pure imaginary. */
    record ComplexValue(double real, double imag) implements ConstantValue {
        public String repr() {
            return PyRepr.complexRepr(real, imag);
        }
    }

    /**
     * A str. {@code value} is its text; {@code codePoints} is null unless the string holds a
     * surrogate code point, and then is its exact code points: Python keeps "\ud83d\ude00"
     * (two escapes) as two code points, which a Java String would read as one character.
     */
    record StrValue(String value, int[] codePoints) implements ConstantValue {
        public StrValue(String value) {
            this(value, null);
        }

        public String repr() {
            return codePoints == null ? PyRepr.str(value) : PyRepr.str(codePoints);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StrValue s && value.equals(s.value) && Arrays.equals(codePoints, s.codePoints);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    record BytesValue(byte[] value) implements ConstantValue {
        public String repr() {
            return PyRepr.bytes(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BytesValue b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }
}
