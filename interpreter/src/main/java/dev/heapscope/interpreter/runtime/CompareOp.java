package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyStr;

/** Rich comparisons, each with its reflection (a < b is tried as b > a). */
public enum CompareOp {
    LT("<", Names.__lt__),
    LE("<=", Names.__le__),
    EQ("==", Names.__eq__),
    NE("!=", Names.__ne__),
    GT(">", Names.__gt__),
    GE(">=", Names.__ge__);

    public final String symbol;
    public final PyStr method;

    CompareOp(String symbol, PyStr method) {
        this.symbol = symbol;
        this.method = method;
    }

    public CompareOp reflected() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** The outcome of a comparison of two ordered Java values. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
