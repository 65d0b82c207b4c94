package dev.heapscope.language.symtable;

import dev.heapscope.language.errors.PythonSyntaxError;

/** Carries a SyntaxError out of the visitor, whose methods cannot throw checked exceptions. */
final class SymtableFailure extends RuntimeException {
    final PythonSyntaxError error;

    SymtableFailure(PythonSyntaxError error) {
        super(error.msg(), null, false, false);
        this.error = error;
    }
}
