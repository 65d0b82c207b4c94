package dev.heapscope.server.diagnostics;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.server.document.LineIndex;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The errors CPython raises before running a module: the parser's SyntaxError (then the
 * errors recovery finds after it), or the first error of the stages after parsing. Message
 * and position are CPython's: {@code compile()}'s {@code msg}, {@code lineno}, {@code offset},
 * {@code end_lineno} and {@code end_offset}.
 */
final class SyntaxDiagnostics {
    private SyntaxDiagnostics() {
    }

    static void report(Findings findings) {
        for (PythonSyntaxError error : findings.analysis().syntaxErrors()) {
            add(findings, error);
        }
        if (findings.analysis().compileError() != null) {
            add(findings, findings.analysis().compileError());
        }
    }

    private static void add(Findings findings, PythonSyntaxError error) {
        LineIndex lines = findings.analysis().lines();
        int lineno = error.lineno() == PythonSyntaxError.NONE ? 1 : Math.max(1, error.lineno());
        int offset = error.offset() == PythonSyntaxError.NONE ? 1 : Math.max(1, error.offset());
        int start = lines.offsetOfCharacter(lineno, offset);
        int end;
        if (error.endLineno() == PythonSyntaxError.NONE || error.endOffset() == PythonSyntaxError.NONE
                || error.endLineno() <= 0 || error.endOffset() <= 0) {
            end = start;
        } else {
            end = lines.offsetOfCharacter(error.endLineno(), error.endOffset());
        }
        if (end <= start) {
            // CPython points at one character: the range covers it (none past a line's end).
            end = Math.min(start + 1, lines.lineEnd(lines.lineOf(start)));
        }
        findings.add(start, end, DiagnosticSeverity.Error, error.kind().name(), error.msg());
    }
}
