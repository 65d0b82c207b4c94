package dev.heapscope.interpreter.compiler;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Interpreter;
import dev.heapscope.interpreter.runtime.SourceLines;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.ast.Cmpop;
import dev.heapscope.language.ast.Expr;

/**
 * The SyntaxWarnings CPython 3.11's compiler emits while compiling (compiler_warn), shown
 * as the warnings module's default filter shows them, once for every occurrence:
 * "FILE:LINE: SyntaxWarning: message" and the stripped source line.
 */
final class CompileWarnings {
    private CompileWarnings() {
    }

    /** check_compare: `is` or `is not` with a literal operand (other than None, True, False, ...). */
    static void checkCompare(String filename, Expr.Compare c, ConstantFolder folder) {
        Expr left = c.left;
        for (int i = 0; i < c.ops.size(); i++) {
            Cmpop op = c.ops.get(i);
            Expr right = c.comparators.get(i);
            if ((op == Cmpop.Is || op == Cmpop.IsNot) && (isLiteral(left, folder) || isLiteral(right, folder))) {
                warn(filename, c.lineno, op == Cmpop.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
            }
            left = right;
        }
    }

    /**
     * The negation of check_is_arg: a constant that is not a singleton, after the AST
     * optimizer has run (so {@code ()} and {@code 2 ** 8 + 1} are literals too).
     */
    private static boolean isLiteral(Expr e, ConstantFolder folder) {
        PyObject v = ConstantFolder.mayFold(e) ? folder.fold(e) : null;
        return v != null && v != Types.NONE && v != Types.TRUE && v != Types.FALSE && v != Types.ELLIPSIS;
    }

    private static void warn(String filename, int lineno, String message) {
        StringBuilder text = new StringBuilder();
        text.append(filename).append(':').append(lineno).append(": SyntaxWarning: ").append(message).append('\n');
        String line = SourceLines.line(filename, lineno);
        if (line != null && !line.strip().isEmpty()) {
            text.append("  ").append(line.strip()).append('\n');
        }
        Interpreter.stderr().write(text.toString());
    }
}
