package dev.heapscope.language.literals;

import dev.heapscope.language.ast.ConstantValue;

/** Decodes NUMBER tokens (ints of any base, floats, imaginary literals, underscores). */
public final class NumberLiterals {
    private NumberLiterals() {
    }

    /** The value of a NUMBER token that the tokenizer has already validated. */
    public static ConstantValue parse(String text) {
        throw new UnsupportedOperationException("number literal decoding lands with the literals branch");
    }
}
