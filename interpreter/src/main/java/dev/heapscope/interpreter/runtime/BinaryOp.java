package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.objects.PyStr;

/** The binary operators, with their symbols and dunder names as CPython's messages use them. */
public enum BinaryOp {
    ADD("+", "add"),
    SUB("-", "sub"),
    MUL("*", "mul"),
    MATMUL("@", "matmul"),
    TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"),
    MOD("%", "mod"),
    POW("**", "pow"),
    LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"),
    AND("&", "and"),
    OR("|", "or"),
    XOR("^", "xor");

    public final String symbol;
    public final PyStr method;
    public final PyStr reflected;
    public final PyStr inplace;

    BinaryOp(String symbol, String stem) {
        this.symbol = symbol;
        this.method = Types.name("__" + stem + "__");
        this.reflected = Types.name("__r" + stem + "__");
        this.inplace = Types.name("__i" + stem + "__");
    }
}
