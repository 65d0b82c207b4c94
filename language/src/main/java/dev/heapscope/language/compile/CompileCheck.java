package dev.heapscope.language.compile;

import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.symtable.SymbolTable;

/**
 * What CPython 3.11's {@code compile(source, filename, "exec")} says about a module: null when
 * it compiles, else the first SyntaxError it raises. The stages run in CPython's order and
 * each stops the rest: the parser, the {@code __future__} statements and the symbol table
 * (both in {@link SymbolTable#build}), then the compiler's own checks ({@link CompilerChecks}).
 */
public final class CompileCheck {
    private CompileCheck() {
    }

    /**
     * The stages after parsing, for a tree the parser built from {@code source}: future
     * statements, symbol table, compiler. Null when CPython would compile the module.
     */
    public static PythonSyntaxError checkTree(Mod.Module module, byte[] source, String filename) {
        SourceText text = new SourceText(source);
        SymbolTable table;
        try {
            table = SymbolTable.build(module, filename, text.text());
        } catch (PythonSyntaxError e) {
            return e;
        }
        return CompilerChecks.check(module, filename, text, table);
    }

    /**
     * The compiler's own checks (the last stage), for a tree whose symbol table the caller has
     * already built from the same tree: a language server keeps the table for its features
     * and need not build it twice. Null when CPython would compile the module.
     */
    public static PythonSyntaxError checkCompiler(Mod.Module module, byte[] source, String filename,
                                                  SymbolTable table) {
        return CompilerChecks.check(module, filename, new SourceText(source), table);
    }
}
