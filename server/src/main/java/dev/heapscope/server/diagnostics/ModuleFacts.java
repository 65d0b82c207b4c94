package dev.heapscope.server.diagnostics;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameIndex;
import dev.heapscope.server.analysis.NameRef;
import java.util.HashSet;
import java.util.Set;

/**
 * What the diagnostics of one part of a module need to know about the whole module: the
 * names it binds as globals, whether it star-imports, what its {@code __all__} exports, which
 * globals are read and which are imported anywhere. Each is a union over the module's
 * top-level statements, so the facts of a whole module follow from its statements' facts;
 * that is what lets {@link IncrementalDiagnostics} reanalyse only the statements an
 * edit touched. Immutable.
 *
 * @param globals names bound in the module's namespace ({@link NameIndex#moduleGlobalsOf})
 * @param starImport a module-level {@code from m import *} (any name may then be defined)
 * @param exported the strings of a module-level {@code __all__}
 * @param globalReads names read as globals (module level, or free in a function and not
 *     found in an enclosing one), {@code x += 1} counting as a read
 * @param globalImports names bound as globals by an import
 */
public record ModuleFacts(Set<String> globals, boolean starImport, Set<String> exported, Set<String> globalReads,
                          Set<String> globalImports) {

    /** The facts of the analysed text, whole module or part of one. */
    public static ModuleFacts of(Analysis analysis) {
        return declared(analysis).withUses(analysis);
    }

    /** What the text's symbol table and statements declare, before any name is resolved. */
    static ModuleFacts declared(Analysis analysis) {
        if (!analysis.hasTable()) {
            return new ModuleFacts(Set.of(), false, Set.of(), Set.of(), Set.of());
        }
        return new ModuleFacts(NameIndex.moduleGlobalsOf(analysis.table()), hasStarImport(analysis),
                NameDiagnostics.dunderAll(analysis), Set.of(), Set.of());
    }

    /** These facts plus the reads and imports of globals in the analysis's resolved names. */
    ModuleFacts withUses(Analysis analysis) {
        Set<String> reads = new HashSet<>();
        Set<String> imports = new HashSet<>();
        for (NameRef ref : analysis.names().refs()) {
            if (!isGlobal(ref.binding())) {
                continue;
            }
            if (ref.isRead() || ref.node() instanceof Expr.Name name && analysis.parent(name) instanceof Stmt.AugAssign) {
                reads.add(ref.binding().storedName());
            }
            if (ref.kind() == Occurrence.Kind.IMPORT) {
                imports.add(ref.binding().storedName());
            }
        }
        return new ModuleFacts(globals, starImport, exported, reads, imports);
    }

    /** Whether the binding is resolved in the module's namespace (or builtins, or nowhere) rather than a block's. */
    static boolean isGlobal(Binding binding) {
        return binding.kind() != Binding.Kind.SCOPE || binding.owner().type() == ScopeType.MODULE;
    }

    private static boolean hasStarImport(Analysis analysis) {
        for (var statement : analysis.module().body) {
            if (statement instanceof Stmt.ImportFrom from) {
                for (var alias : from.names) {
                    if (alias.name.equals("*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
