package dev.heapscope.server.diagnostics;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Names defined nowhere (CPython would raise NameError on reaching them), and imports and
 * locals nothing reads (hints, shown faded).
 */
final class NameDiagnostics {
    private NameDiagnostics() {
    }

    static void report(Findings findings) {
        Analysis analysis = findings.analysis();
        if (!analysis.hasTable()) {
            return;
        }
        ModuleFacts module = findings.module();
        boolean starImport = module.starImport();
        Set<String> exported = module.exported();
        boolean packageInit = analysis.filename().endsWith("__init__.py");
        Set<Binding> reported = new HashSet<>();
        for (NameRef ref : analysis.names().refs()) {
            Binding binding = ref.binding();
            if (ref.isRead() && binding.kind() == Binding.Kind.UNDEFINED && !starImport) {
                findings.add(ref.start(), ref.end(), DiagnosticSeverity.Warning, "undefined-name",
                        "name '" + ref.name() + "' is not defined");
            }
            if (ref.kind() == Occurrence.Kind.IMPORT && binding.kind() == Binding.Kind.SCOPE
                    && !packageInit && !exported.contains(binding.storedName()) && !isFutureImport(analysis, ref)
                    && !isRead(analysis, module, binding)) {
                findings.addUnnecessary(ref.start(), ref.end(), "unused-import",
                        "'" + ref.name() + "' is imported but never used");
            }
            if (binding.kind() == Binding.Kind.SCOPE && binding.owner().type() == ScopeType.FUNCTION
                    && ref.symbol().scope() == SymbolScope.LOCAL && isPlainAssignment(analysis, ref)
                    && !ref.name().startsWith("_") && reported.add(binding)
                    && !isRead(analysis, module, binding) && !callsLocals(binding.owner())) {
                for (NameRef write : analysis.names().mentions(binding)) {
                    if (isPlainAssignment(analysis, write)) {
                        findings.addUnnecessary(write.start(), write.end(), "unused-variable",
                                "local variable '" + write.name() + "' is assigned to but never used");
                    }
                }
            }
        }
    }

    private static boolean isRead(Analysis analysis, ModuleFacts module, Binding binding) {
        if (ModuleFacts.isGlobal(binding)) {
            // A global may be read by any statement of the module, not only those analysed here.
            return module.globalReads().contains(binding.storedName());
        }
        for (NameRef mention : analysis.names().mentions(binding)) {
            if (mention.isRead()) {
                return true;
            }
            if (mention.node() instanceof Expr.Name name && analysis.parent(name) instanceof Stmt.AugAssign) {
                // x += 1 reads x before storing it.
                return true;
            }
        }
        return false;
    }

    /** {@code x = ...}, {@code x: T = ...}, {@code (x := ...)} or {@code except E as x}: the bindings a reader can simply delete. */
    private static boolean isPlainAssignment(Analysis analysis, NameRef ref) {
        if (ref.kind() != Occurrence.Kind.BINDING) {
            return false;
        }
        if (ref.node() instanceof dev.heapscope.language.ast.ExceptHandler) {
            return true;
        }
        if (!(ref.node() instanceof Expr.Name)) {
            return false;
        }
        Node parent = analysis.parent(ref.node());
        return parent instanceof Stmt.Assign || parent instanceof Stmt.AnnAssign || parent instanceof Expr.NamedExpr;
    }

    private static boolean callsLocals(Scope function) {
        var symbol = function.lookup("locals");
        return symbol != null && symbol.isReferenced();
    }

    private static boolean isFutureImport(Analysis analysis, NameRef ref) {
        Node parent = analysis.parent(ref.node());
        return parent instanceof Stmt.ImportFrom from && "__future__".equals(from.module);
    }

    /** The strings of a module-level {@code __all__ = [...]} (or tuple, or +=): names exported on purpose. */
    static Set<String> dunderAll(Analysis analysis) {
        Set<String> names = new HashSet<>();
        for (var statement : analysis.module().body) {
            Expr value = null;
            if (statement instanceof Stmt.Assign assign && assign.targets.size() == 1
                    && assign.targets.get(0) instanceof Expr.Name n && n.id.equals("__all__")) {
                value = assign.value;
            } else if (statement instanceof Stmt.AugAssign aug && aug.target instanceof Expr.Name n
                    && n.id.equals("__all__")) {
                value = aug.value;
            } else if (statement instanceof Stmt.AnnAssign ann && ann.target instanceof Expr.Name n
                    && n.id.equals("__all__")) {
                value = ann.value;
            }
            if (value != null) {
                AstWalk.preorder(value, node -> {
                    if (node instanceof Expr.Constant c
                            && c.value instanceof dev.heapscope.language.ast.ConstantValue.StrValue s) {
                        names.add(s.value());
                    }
                });
            }
        }
        return names;
    }
}
