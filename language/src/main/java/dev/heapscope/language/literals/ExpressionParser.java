package dev.heapscope.language.literals;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.errors.PythonSyntaxError;

/**
 * What literal decoding needs from the parser: the expressions inside f-string
 * replacement fields are parsed by the real expression grammar, and the errors raised
 * while an atom is built are located where CPython's parser locates them.
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
     *
     * <p>As CPython 3.11 does, {@link StringAtoms} passes the field's expression wrapped in
     * parentheses, {@code "(" + expression + ")"}, to be parsed as {@code star_expressions}
     * (so {@code f"{a, b}"} yields a Tuple that starts at the opening parenthesis, which
     * sits at the column of the '{'). CPython decides whether a token is "on the first
     * line" by the line where the token ends. Errors inside the expression are CPython's
     * f-string errors: message prefixed with "f-string: ", offsets counted within
     * {@code text} (the column minus {@code colOffset}, plus one), and {@code text}'s line
     * as the error's text.
     */
    Expr parseFStringExpression(String text, int lineno, int colOffset) throws PythonSyntaxError;

    /**
     * The SyntaxError for {@code msg} raised while the atom's strings are joined (mixing
     * bytes and str, bad escapes, every f-string error found outside the expression
     * grammar). CPython locates these at the last token its parser has read, which is the
     * token right after the atom's last STRING: offset and end offset are that token's
     * column and end column plus one. Only the parser knows that token, so it should
     * override this. The default assumes the atom ends its line, where the NEWLINE token
     * is empty and starts at the end of {@code lastString}.
     */
    default PythonSyntaxError errorAfterAtom(String msg, StringToken lastString) {
        int offset = lastString.endColOffset() + 1;
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename(),
            lastString.endLineno(), offset, lastString.endLineno(), offset, null);
    }

    /**
     * The SyntaxError for {@code msg} located on one STRING token, as CPython reports a
     * bytes literal with a non-ASCII character: from the token's start to its end, columns
     * plus one. The default counts columns in UTF-8 bytes, which is what CPython 3.11's
     * compile() of a bytes source (the oracle's case) reports; a parser that keeps the
     * source lines should override it to fill in the error's text.
     */
    default PythonSyntaxError errorAtToken(String msg, StringToken token) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename(),
            token.lineno(), token.colOffset() + 1, token.endLineno(), token.endColOffset() + 1, null);
    }

    /**
     * Reports CPython 3.11's DeprecationWarning for the first invalid escape of a decoded
     * piece of {@code token} ("invalid escape sequence '\d'", or "invalid octal escape
     * sequence '\777'" above 0o377), which CPython warns about at the token's line. The
     * default does nothing, as CPython's default warning filters show nothing for it. With
     * warnings turned into errors CPython raises a SyntaxError with the same message
     * located on the token, as {@link #errorAtToken} builds it.
     */
    default void invalidEscape(String message, StringToken token) throws PythonSyntaxError {
    }
}
