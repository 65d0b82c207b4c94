package dev.heapscope.language.literals;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.errors.PythonSyntaxError;

/**
 * What literal decoding needs from the parser: the expressions inside f-string
 * replacement fields are parsed by the real expression grammar.
 */
public interface ExpressionParser {

    /** The file name that syntax errors carry. */
    String filename();

    /**
     * Parses {@code text} as one f-string replacement-field expression, positioned as if it
     * began at line {@code lineno}, UTF-8 byte column {@code colOffset} of the file:
     * tokens on the first line of {@code text} get {@code colOffset} added to their column,
     * later lines keep their own columns, and every line number is shifted by
     * {@code lineno - 1}.
     */
    Expr parseFStringExpression(String text, int lineno, int colOffset) throws PythonSyntaxError;
}
