package dev.heapscope.language.symtable;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import} features a module turns on, found as CPython 3.11 finds
 * them before building its symbol table: an optional docstring, then a run of future
 * imports; the first other statement ends the run, except that statements sharing a line
 * with the last one are still examined, so that a future import after a plain import on
 * the same line is caught here. Unknown features are errors. (A future import on a later
 * line is refused by CPython's compiler, after the symbol table: not checked here.)
 */
public final class FutureFeatures {
    /** Features Python 3.11 accepts; all but annotations and barry_as_FLUFL are no-ops now. */
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals",
            "barry_as_FLUFL", "generator_stop", "annotations");

    private final Set<String> features;
    /** Line of the last future import of the leading run, 0 when there is none. */
    private final int lastLine;

    private FutureFeatures(Set<String> features, int lastLine) {
        this.features = Set.copyOf(features);
        this.lastLine = lastLine;
    }

    /**
     * Finds the features of a module.
     *
     * @throws PythonSyntaxError CPython's "future feature X is not defined", "not a chance",
     *     or "from __future__ imports must occur at the beginning of the file"
     */
    public static FutureFeatures of(Mod module, String filename, String source) throws PythonSyntaxError {
        try {
            return scan(module, new SourceLines(filename, source));
        } catch (SymtableFailure failure) {
            throw failure.error;
        }
    }

    static FutureFeatures scan(Mod module, SourceLines source) {
        List<Stmt> body;
        if (module instanceof Mod.Module m) {
            body = m.body;
        } else if (module instanceof Mod.Interactive i) {
            body = i.body;
        } else {
            return new FutureFeatures(Set.of(), 0);
        }
        Set<String> found = new LinkedHashSet<>();
        int lastLine = 0;
        int start = hasDocstring(body) ? 1 : 0;
        boolean done = false;
        int previousLine = 0;
        for (int i = start; i < body.size(); i++) {
            Stmt statement = body.get(i);
            if (done && statement.lineno > previousLine) {
                break;
            }
            previousLine = statement.lineno;
            if (statement instanceof Stmt.ImportFrom from && "__future__".equals(from.module)) {
                if (done) {
                    // CPython gives this one the bare column, without the usual +1.
                    throw new SymtableFailure(source.syntaxError(
                            "from __future__ imports must occur at the beginning of the file",
                            from.lineno, from.colOffset, from.lineno, PythonSyntaxError.NONE));
                }
                for (Alias alias : from.names) {
                    if (alias.name.equals("braces")) {
                        throw error(source, "not a chance", from);
                    }
                    if (!KNOWN.contains(alias.name)) {
                        String name = alias.name.length() > 100 ? alias.name.substring(0, 100) : alias.name;
                        throw error(source, "future feature " + name + " is not defined", from);
                    }
                    found.add(alias.name);
                }
                lastLine = from.lineno;
            } else {
                done = true;
            }
        }
        return new FutureFeatures(found, lastLine);
    }

    /** CPython reports these at the statement's start only: the end line is the start line, the end offset None. */
    private static SymtableFailure error(SourceLines source, String message, Stmt where) {
        return new SymtableFailure(source.syntaxError(message, where.lineno, where.colOffset + 1,
                where.lineno, PythonSyntaxError.NONE));
    }

    private static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty()
                && body.get(0) instanceof Stmt.Expr expr
                && expr.value instanceof Expr.Constant constant
                && constant.value instanceof ConstantValue.StrValue;
    }

    /** {@code from __future__ import annotations}: annotations are kept as strings, not evaluated. */
    public boolean annotations() {
        return features.contains("annotations");
    }

    public Set<String> features() {
        return features;
    }

    /**
     * The line of the last leading future import (CPython's ff_lineno), 0 when none: the
     * compiler refuses a future import on any later line.
     */
    public int lastLine() {
        return lastLine;
    }
}
