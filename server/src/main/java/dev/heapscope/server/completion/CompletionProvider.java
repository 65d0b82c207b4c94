package dev.heapscope.server.completion;

import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.language.symtable.SymbolFlag;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AttributeRef;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.Builtins;
import dev.heapscope.server.analysis.NameRef;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * textDocument/completion: after a dot, the attributes assigned on {@code self} and the
 * class's own names (in a method), a workspace module's globals, or a class's attributes;
 * elsewhere, the names visible at the cursor by CPython's rules (the block's own names, then
 * enclosing functions', skipping class bodies, then the module's globals and builtins) and
 * the keywords; after {@code import} or {@code from}, workspace module names.
 *
 * @see CallContext for reading the text being typed
 */
public final class CompletionProvider {
    private final WorkspaceIndex workspace;

    public CompletionProvider(WorkspaceIndex workspace) {
        this.workspace = workspace;
    }

    /**
     * @param text the document's current text (the analysis may be of an older text, the newest
     *     that had a symbol table, when the current one does not parse)
     */
    public List<CompletionItem> complete(Analysis analysis, String text, int offset) {
        Map<String, CompletionItem> items = new LinkedHashMap<>();
        int prefixStart = CallContext.prefixStart(text, offset);
        int lineStart = prefixStart == 0 ? 0 : text.lastIndexOf('\n', prefixStart - 1) + 1;
        String lineBefore = text.substring(lineStart, prefixStart);
        if (lineBefore.matches("\\s*(import|from)\\s+[\\w.]*") || lineBefore.matches("\\s*import\\s+.*,\\s*")) {
            for (Path file : workspace.files()) {
                String module = workspace.moduleOf(workspace.analysisOf(file));
                if (module != null) {
                    add(items, module, CompletionItemKind.Module, "workspace module");
                }
            }
            return new ArrayList<>(items.values());
        }
        if (analysis == null || !analysis.hasTable()) {
            keywords(items);
            builtins(items);
            return new ArrayList<>(items.values());
        }
        int at = OffsetMapping.map(analysis.text(), text, prefixStart);
        if (prefixStart > 0 && text.charAt(prefixStart - 1) == '.') {
            String receiver = CallContext.receiver(text, prefixStart - 1);
            if (receiver != null) {
                members(analysis, at, receiver, items);
            }
            return new ArrayList<>(items.values());
        }
        Scope scope = analysis.scopeAt(at);
        visibleNames(analysis, scope, items);
        keywords(items);
        builtins(items);
        return new ArrayList<>(items.values());
    }

    private static void visibleNames(Analysis analysis, Scope scope, Map<String, CompletionItem> items) {
        boolean innermost = true;
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.type() == ScopeType.CLASS && !innermost) {
                // A class body's names are not visible in its methods: they need self. or the class.
                continue;
            }
            for (Symbol symbol : s.symbols().values()) {
                if (symbol.name().startsWith(".")) {
                    continue;
                }
                boolean bound = symbol.isBound() || symbol.has(SymbolFlag.DEF_ANNOT)
                        || s.type() != ScopeType.MODULE && symbol.scope() == SymbolScope.GLOBAL_EXPLICIT;
                if (!bound || s.type() == ScopeType.MODULE && !analysis.names().isModuleGlobal(symbol.name())) {
                    continue;
                }
                add(items, sourceName(symbol.name()), kindOf(analysis, s, symbol), label(s, symbol));
            }
            innermost = false;
        }
    }

    private static String sourceName(String stored) {
        int mangle = stored.indexOf("__");
        return stored.startsWith("_") && mangle > 1 && !stored.endsWith("__") ? stored.substring(mangle) : stored;
    }

    private static String label(Scope scope, Symbol symbol) {
        if (scope.type() == ScopeType.MODULE) {
            return "global";
        }
        if (scope.type() == ScopeType.CLASS) {
            return "class attribute of " + scope.name();
        }
        if (symbol.isParameter()) {
            return "parameter of " + scope.name();
        }
        if (symbol.scope() == SymbolScope.CELL) {
            return "cell variable of " + scope.name();
        }
        if (symbol.scope() == SymbolScope.FREE) {
            return "free variable of " + scope.name();
        }
        return "local of " + scope.name();
    }

    private static CompletionItemKind kindOf(Analysis analysis, Scope scope, Symbol symbol) {
        for (Occurrence o : symbol.occurrences()) {
            Node node = o.node();
            if (node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef) {
                return scope.type() == ScopeType.CLASS ? CompletionItemKind.Method : CompletionItemKind.Function;
            }
            if (node instanceof Stmt.ClassDef) {
                return CompletionItemKind.Class;
            }
            if (o.kind() == Occurrence.Kind.IMPORT) {
                return CompletionItemKind.Module;
            }
        }
        return scope.type() == ScopeType.CLASS ? CompletionItemKind.Field : CompletionItemKind.Variable;
    }

    private void members(Analysis analysis, int offset, String receiver, Map<String, CompletionItem> items) {
        Scope scope = analysis.scopeAt(offset);
        if (scope != null && scope.type() == ScopeType.FUNCTION && scope.parent() != null
                && scope.parent().type() == ScopeType.CLASS && !scope.parameters().isEmpty()
                && scope.parameters().get(0).equals(receiver)) {
            Scope cls = scope.parent();
            for (AttributeRef attribute : analysis.names().attributes()) {
                if (attribute.classScope() == cls && attribute.write()) {
                    add(items, attribute.name(), CompletionItemKind.Property, "attribute assigned on self");
                }
            }
            classNames(analysis, cls, items);
            return;
        }
        String head = receiver.contains(".") ? receiver.substring(0, receiver.indexOf('.')) : receiver;
        NameRef named = null;
        for (NameRef ref : analysis.names().refs()) {
            if (ref.name().equals(head) && (scope == null || ref.scope() == scope || ref.scope().type() == ScopeType.MODULE)) {
                named = ref;
                if (ref.scope() == scope) {
                    break;
                }
            }
        }
        if (named == null || named.binding().kind() != Binding.Kind.SCOPE) {
            return;
        }
        for (NameRef write : analysis.names().mentions(named.binding())) {
            if (write.node() instanceof Stmt.ClassDef && receiver.equals(head)) {
                Scope cls = analysis.table().scopeOf(write.node());
                if (cls != null) {
                    classNames(analysis, cls, items);
                }
                return;
            }
            if (write.kind() == Occurrence.Kind.IMPORT && write.node() instanceof dev.heapscope.language.ast.Alias alias) {
                String module = moduleNamed(analysis, alias, receiver);
                Path file = workspace.fileOf(module);
                Analysis target = file == null ? null : workspace.analysisOf(file);
                if (target != null && target.hasTable()) {
                    for (Symbol symbol : target.table().module().symbols().values()) {
                        if (target.names().isModuleGlobal(symbol.name())) {
                            add(items, symbol.name(), kindOf(target, target.table().module(), symbol),
                                    "global of " + module);
                        }
                    }
                }
                return;
            }
        }
    }

    /** The module an imported name refers to, with the rest of the dotted receiver appended. */
    private String moduleNamed(Analysis analysis, dev.heapscope.language.ast.Alias alias, String receiver) {
        Node statement = analysis.parent(alias);
        String rest = receiver.contains(".") ? receiver.substring(receiver.indexOf('.')) : "";
        if (statement instanceof Stmt.ImportFrom from) {
            String base = workspace.absoluteModule(analysis, from);
            return base == null ? null : base + "." + alias.name + rest;
        }
        if (alias.asname != null) {
            return alias.name + rest;
        }
        return receiver;
    }

    private static void classNames(Analysis analysis, Scope cls, Map<String, CompletionItem> items) {
        for (Symbol symbol : cls.symbols().values()) {
            if (symbol.isBound() || symbol.has(SymbolFlag.DEF_ANNOT)) {
                add(items, sourceName(symbol.name()), kindOf(analysis, cls, symbol), "class attribute of " + cls.name());
            }
        }
    }

    private static void keywords(Map<String, CompletionItem> items) {
        for (String word : Keywords.hard()) {
            add(items, word, CompletionItemKind.Keyword, "keyword");
        }
        for (String word : Keywords.soft()) {
            if (!word.equals("_")) {
                add(items, word, CompletionItemKind.Keyword, "soft keyword");
            }
        }
    }

    private static void builtins(Map<String, CompletionItem> items) {
        for (Builtins.Builtin builtin : Builtins.all().values()) {
            if (builtin.name().startsWith("_")) {
                continue;
            }
            CompletionItemKind kind = builtin.kind().equals("function") ? CompletionItemKind.Function
                    : builtin.kind().equals("constant") ? CompletionItemKind.Constant : CompletionItemKind.Class;
            CompletionItem item = add(items, builtin.name(), kind, "builtin");
            if (item != null && !builtin.signature().isEmpty()) {
                item.setDetail("builtin " + builtin.signature());
            }
        }
    }

    private static CompletionItem add(Map<String, CompletionItem> items, String name, CompletionItemKind kind,
                                      String detail) {
        if (items.containsKey(name)) {
            return null;
        }
        CompletionItem item = new CompletionItem(name);
        item.setKind(kind);
        item.setDetail(detail);
        items.put(name, item);
        return item;
    }
}
