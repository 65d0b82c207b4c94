package dev.heapscope.language.compile;

import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Operator;
import dev.heapscope.language.ast.Unaryop;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The values of literal patterns as CPython 3.11's compiler sees them. Its AST optimizer runs
 * before the compiler and folds the signed and complex literals patterns allow ({@code -1},
 * {@code 1+2j}, {@code -1.5-2j}) into constants, so the compiler's "literals only" and
 * "duplicate key" checks apply to folded values; this class does that folding, and gives
 * each value a key that is equal exactly when the values compare equal in Python (so that
 * {@code 1}, {@code 1.0}, {@code True} and {@code 1+0j} are one mapping key).
 */
final class PatternConstants {
    private PatternConstants() {
    }

    /** The constant a pattern value or key folds to, or null when it is not a constant (an f-string, an attribute). */
    static ConstantValue fold(Expr e) {
        if (e instanceof Expr.Constant c) {
            return c.value;
        }
        if (e instanceof Expr.UnaryOp u && u.op == Unaryop.USub) {
            return negate(fold(u.operand));
        }
        if (e instanceof Expr.BinOp b && (b.op == Operator.Add || b.op == Operator.Sub)) {
            ConstantValue left = fold(b.left);
            ConstantValue right = fold(b.right);
            if (left == null || right == null) {
                return null;
            }
            return addComplex(left, right, b.op == Operator.Sub);
        }
        return null;
    }

    private static ConstantValue negate(ConstantValue v) {
        if (v instanceof ConstantValue.IntValue i) {
            return new ConstantValue.IntValue(i.value().negate());
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return new ConstantValue.FloatValue(-f.value());
        }
        if (v instanceof ConstantValue.ComplexValue c) {
            return new ConstantValue.ComplexValue(-c.real(), -c.imag());
        }
        return null;
    }

    /** A real number plus or minus an imaginary one, with Python's complex arithmetic. */
    private static ConstantValue addComplex(ConstantValue left, ConstantValue right, boolean subtract) {
        double[] a = asComplex(left);
        double[] b = asComplex(right);
        if (a == null || b == null) {
            return null;
        }
        return subtract
                ? new ConstantValue.ComplexValue(a[0] - b[0], a[1] - b[1])
                : new ConstantValue.ComplexValue(a[0] + b[0], a[1] + b[1]);
    }

    private static double[] asComplex(ConstantValue v) {
        if (v instanceof ConstantValue.IntValue i) {
            return new double[] {i.value().doubleValue(), 0.0};
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return new double[] {f.value(), 0.0};
        }
        if (v instanceof ConstantValue.ComplexValue c) {
            return new double[] {c.real(), c.imag()};
        }
        return null;
    }

    /**
     * A key equal to another exactly when the two constants are == in Python: numbers by
     * value across bool, int, float and complex (0.0 and -0.0 alike), str and bytes by content
     * and never equal to each other, None and Ellipsis by identity.
     */
    static Object equalityKey(ConstantValue v) {
        if (v instanceof ConstantValue.BoolValue b) {
            return b.value() ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof ConstantValue.IntValue i) {
            return i.value();
        }
        if (v instanceof ConstantValue.FloatValue f) {
            return realKey(f.value());
        }
        if (v instanceof ConstantValue.ComplexValue c) {
            if (c.imag() != 0.0) {
                return List.of("complex", realKey(c.real()), realKey(c.imag()));
            }
            return realKey(c.real());
        }
        if (v instanceof ConstantValue.StrValue s) {
            return List.of("str", s.value());
        }
        if (v instanceof ConstantValue.BytesValue b) {
            return List.of("bytes", Arrays.toString(b.value()));
        }
        return v;
    }

    /** An integral finite float is the integer it equals; other floats stay doubles (NaN never equals itself). */
    private static Object realKey(double d) {
        if (Double.isNaN(d)) {
            return new Object();
        }
        if (!Double.isInfinite(d) && d == Math.rint(d)) {
            return new BigDecimal(d).toBigInteger();
        }
        return d;
    }
}
