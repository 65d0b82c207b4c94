package dev.heapscope.language.literals;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.util.List;

/**
 * Turns the STRING tokens of one atom (implicitly concatenated, as in {@code "a" f"{b}"})
 * into the {@code Constant} or {@code JoinedStr} node CPython 3.11 builds, with its positions.
 */
public final class StringAtoms {
    private StringAtoms() {
    }

    public static Expr build(List<StringToken> parts, ExpressionParser parser) throws PythonSyntaxError {
        throw new UnsupportedOperationException("string literal decoding lands with the literals branch");
    }
}
