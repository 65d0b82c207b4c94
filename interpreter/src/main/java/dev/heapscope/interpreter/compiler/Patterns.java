package dev.heapscope.interpreter.compiler;

import dev.heapscope.language.ast.Stmt;

/** The match statement: compiles each case's pattern into a matcher over the subject. */
final class Patterns {
    private Patterns() {
    }

    static StmtNode compile(Compiler c, Compiler.Unit u, Stmt.Match m) {
        return new Stmts.ExprStmt(new Exprs.Unsupported("the match statement").at(m));
    }
}
