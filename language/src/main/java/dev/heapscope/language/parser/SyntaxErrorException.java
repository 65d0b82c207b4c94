package dev.heapscope.language.parser;

import dev.heapscope.language.errors.PythonSyntaxError;

/**
 * Carries a {@link PythonSyntaxError} out of ANTLR callbacks, which cannot throw checked
 * exceptions. The facade unwraps it; it never leaves this package.
 */
final class SyntaxErrorException extends RuntimeException {
    private final PythonSyntaxError error;

    SyntaxErrorException(PythonSyntaxError error) {
        super(error.msg(), null, false, false);
        this.error = error;
    }

    PythonSyntaxError error() {
        return error;
    }
}
