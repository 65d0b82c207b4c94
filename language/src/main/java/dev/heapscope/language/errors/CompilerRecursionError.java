package dev.heapscope.language.errors;

/**
 * The RecursionError CPython 3.11 raises for a tree nested deeper than its compiler walks:
 * "maximum recursion depth exceeded during compilation" from the symbol table and compiler,
 * "... during ast construction" when {@code ast.parse} hands the tree to Python. It is not a
 * SyntaxError, so it is unchecked and carries no position.
 */
public final class CompilerRecursionError extends RuntimeException {

    public CompilerRecursionError(String message) {
        super(message, null, false, false);
    }

    /** The last line of CPython's traceback for it. */
    public String displayLine() {
        return "RecursionError: " + getMessage();
    }
}
