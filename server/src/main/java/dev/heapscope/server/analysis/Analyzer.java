package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import dev.heapscope.server.document.LineIndex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs the front end's stages on a document's text in CPython's order: parse (recovering,
 * so later errors are found and the statements that parsed are kept), then, when the parse
 * succeeded, the stages after it exactly as {@code compile()} runs them; then the symbol
 * table the features use, and the name index over it. Checks for cancellation between
 * stages.
 */
public final class Analyzer {
    private Analyzer() {
    }

    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("analysis cancelled", null, false, false);
        }
    }

    public static Analysis analyze(String uri, String filename, int version, String text, BooleanSupplier cancelled) {
        return analyze(uri, filename, version, text, null, cancelled);
    }

    /**
     * @param previous the analysis of the document's previous text, whose untouched top-level
     *     statements are reused when the edit allows ({@link StatementSplice}); null for none
     */
    public static Analysis analyze(String uri, String filename, int version, String text, Analysis previous,
                                   BooleanSupplier cancelled) {
        LineIndex lines = new LineIndex(text);
        Mod.Module module = StatementSplice.splice(previous, lines, filename);
        List<PythonSyntaxError> syntaxErrors = List.of();
        if (module == null) {
            SourceParser.RecoveredParse parse = SourceParser.parseRecovering(text, filename);
            module = parse.module();
            syntaxErrors = parse.errors();
        }
        check(cancelled);
        PythonSyntaxError compileError = null;
        SymbolTable table = null;
        try {
            // Future statements and the symbol table: CPython's stages after the parser, in order.
            table = SymbolTable.build(module, filename, text);
        } catch (PythonSyntaxError e) {
            if (syntaxErrors.isEmpty()) {
                compileError = e;
            }
            // Otherwise the tree is a partial one that recovery built; its own errors are reported.
        }
        check(cancelled);
        if (syntaxErrors.isEmpty() && table != null) {
            compileError = CompileCheck.checkCompiler(module, text.getBytes(StandardCharsets.UTF_8), filename, table);
        }
        check(cancelled);
        NameIndex names = table == null ? NameIndex.empty()
                : NameIndex.build(table, lines, NameIndex.moduleGlobalsOf(table), cancelled);
        check(cancelled);
        return new Analysis(uri, filename, version, lines, module, syntaxErrors, compileError, table, names,
                Analysis.parentsOf(module));
    }

    /**
     * Parses and checks a piece of a module (whole top-level statements) on its own, its first
     * line being line 1; its names are left unresolved ({@link #resolveNames}). Null when the
     * piece does not parse or a stage after parsing raises: the caller then analyses the whole
     * text, which is how the error CPython reports first is found.
     */
    public static Analysis analyzePiece(String uri, String filename, int version, String text) {
        LineIndex lines = new LineIndex(text);
        Mod.Module module;
        SymbolTable table;
        try {
            module = SourceParser.parse(text, filename);
            table = SymbolTable.build(module, filename, text);
            if (CompileCheck.checkCompiler(module, text.getBytes(StandardCharsets.UTF_8), filename, table) != null) {
                return null;
            }
        } catch (PythonSyntaxError e) {
            return null;
        }
        return new Analysis(uri, filename, version, lines, module, List.of(), null, table, NameIndex.empty(),
                Analysis.parentsOf(module));
    }

    /** The piece with its names resolved, globals against the names the whole module binds. */
    public static Analysis resolveNames(Analysis piece, java.util.Set<String> moduleGlobals) {
        return new Analysis(piece.uri(), piece.filename(), piece.version(), piece.lines(), piece.module(),
                piece.syntaxErrors(), piece.compileError(), piece.table(),
                NameIndex.build(piece.table(), piece.lines(), moduleGlobals), piece.parents());
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }
}
