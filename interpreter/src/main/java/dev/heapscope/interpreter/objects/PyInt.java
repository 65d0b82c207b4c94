package dev.heapscope.interpreter.objects;

import dev.heapscope.interpreter.memory.ObjectSizes;
import java.math.BigInteger;

/**
 * int (and, through {@link PyBool}, bool). Values that fit a Java long keep it in
 * {@link #value} with {@link #big} null; larger ones keep a BigInteger. Sizes follow
 * CPython's 30-bit digits.
 */
public class PyInt extends PyObject {
    public final long value;
    /** Non-null exactly when the value does not fit a long. */
    public final BigInteger big;

    public PyInt(PyType type, long value) {
        super(type);
        this.value = value;
        this.big = null;
    }

    public PyInt(PyType type, BigInteger big) {
        super(type);
        if (big.bitLength() < 64) {
            this.value = big.longValue();
            this.big = null;
        } else {
            this.value = 0;
            this.big = big;
        }
    }

    public boolean isSmall() {
        return big == null;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public int digits() {
        return big != null ? ObjectSizes.intDigits(big) : ObjectSizes.intDigits(value);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    @Override
    public long allocationRequest() {
        return ObjectSizes.intSize(digits());
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }

}
