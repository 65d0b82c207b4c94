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
import dev.heapscope.server.analysis.Segments;
import dev.heapscope.server.document.LineIndex;
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
        return complete(analysis == null || !analysis.hasTable() ? null : Segments.whole(analysis), text, offset,
                null);
    }

    /**
     * The completion from the text's statements analysed one by one (right after an edit):
     * the statement under the cursor gives its blocks' names, the module's globals come from
     * every statement's module block, in the order the whole module's table has them.
     *
     * @param text the text the segments are for
     * @param lines that text's line index
     */
    public List<CompletionItem> complete(Segments segments, String text, LineIndex lines, int offset) {
        return complete(segments, text, offset, lines);
    }

    /**
     * @param lines the line index of {@code text} when the segments are for exactly that text;
     *     null when they are one whole-file analysis, possibly of an older text
     */
    private List<CompletionItem> complete(Segments segments, String text, int offset, LineIndex lines) {
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
        if (segments == null) {
            keywords(items);
            builtins(items);
            return new ArrayList<>(items.values());
        }
        Segments.Part part;
        int at;
        if (lines != null) {
            part = segments.partAt(lines, prefixStart);
            at = prefixStart - lines.lineStart(part.lineBase());
        } else {
            part = segments.parts().get(0);
            at = OffsetMapping.map(part.piece().text(), text, prefixStart);
        }
        Analysis analysis = part.piece();
        if (prefixStart > 0 && text.charAt(prefixStart - 1) == '.') {
            String receiver = CallContext.receiver(text, prefixStart - 1);
            if (receiver != null) {
                members(segments, part, at, receiver, items);
            }
            return new ArrayList<>(items.values());
        }
        Scope scope = analysis.scopeAt(at);
        visibleNames(segments, scope, items);
        keywords(items);
        builtins(items);
        return new ArrayList<>(items.values());
    }

    private static void visibleNames(Segments segments, Scope scope,
                                     Map<String, CompletionItem> items) {
        boolean innermost = true;
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s.type() == ScopeType.CLASS && !innermost) {
                // A class body's names are not visible in its methods: they need self. or the class.
                continue;
            }
            if (s.type() == ScopeType.MODULE) {
                // The module's symbol for a name is every statement's merged: bound when any binds it.
                for (Map.Entry<String, List<Symbol>> entry : segments.moduleSymbols().entrySet()) {
                    String name = entry.getKey();
                    if (name.startsWith(".") || !segments.isModuleGlobal(name)) {
                        continue;
                    }
                    boolean bound = false;
                    for (Symbol symbol : entry.getValue()) {
                        bound |= symbol.isBound() || symbol.has(SymbolFlag.DEF_ANNOT);
                    }
                    if (bound) {
                        add(items, sourceName(name), kindOf(s, entry.getValue()), "global");
                    }
                }
                innermost = false;
                continue;
            }
            for (Symbol symbol : s.symbols().values()) {
                if (symbol.name().startsWith(".")) {
                    continue;
                }
                boolean bound = symbol.isBound() || symbol.has(SymbolFlag.DEF_ANNOT)
                        || symbol.scope() == SymbolScope.GLOBAL_EXPLICIT;
                if (!bound) {
                    continue;
                }
                add(items, sourceName(symbol.name()), kindOf(s, List.of(symbol)), label(s, symbol));
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

    /** What a name is bound to, from the first of its occurrences (over the given symbols, in order) that tells. */
    private static CompletionItemKind kindOf(Scope scope, List<Symbol> symbols) {
        for (Symbol symbol : symbols) {
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
        }
        return scope.type() == ScopeType.CLASS ? CompletionItemKind.Field : CompletionItemKind.Variable;
    }

    private void members(Segments segments, Segments.Part part, int offset, String receiver,
                         Map<String, CompletionItem> items) {
        Analysis analysis = part.piece();
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
            classNames(cls, items);
            return;
        }
        String head = receiver.contains(".") ? receiver.substring(0, receiver.indexOf('.')) : receiver;
        Segments.Mention named = receiverName(segments, part, scope, head);
        if (named == null || named.ref().binding().kind() != Binding.Kind.SCOPE) {
            return;
        }
        for (Segments.Mention mention : segments.mentions(named.part(), named.ref().binding())) {
            NameRef write = mention.ref();
            Analysis holder = mention.part().piece();
            if (write.node() instanceof Stmt.ClassDef && receiver.equals(head)) {
                Scope cls = holder.table().scopeOf(write.node());
                if (cls != null) {
                    classNames(cls, items);
                }
                return;
            }
            if (write.kind() == Occurrence.Kind.IMPORT && write.node() instanceof dev.heapscope.language.ast.Alias alias) {
                String module = moduleNamed(holder, alias, receiver);
                Path file = workspace.fileOf(module);
                Analysis target = file == null ? null : workspace.analysisOf(file);
                if (target != null && target.hasTable()) {
                    for (Symbol symbol : target.table().module().symbols().values()) {
                        if (target.names().isModuleGlobal(symbol.name())) {
                            add(items, symbol.name(), kindOf(target.table().module(), List.of(symbol)),
                                    "global of " + module);
                        }
                    }
                }
                return;
            }
        }
    }

    /**
     * The mention of the receiver's first name that says what it is: its first mention in the
     * cursor's block, else the last at module level (any module-level mention names the same
     * global); at module level, the first there.
     */
    private static Segments.Mention receiverName(Segments segments, Segments.Part part, Scope scope, String head) {
        if (scope != null && scope.type() != ScopeType.MODULE) {
            for (NameRef ref : part.piece().names().refs()) {
                if (ref.scope() == scope && ref.name().equals(head)) {
                    return new Segments.Mention(part, ref);
                }
            }
        }
        Segments.Mention named = null;
        for (Segments.Part each : segments.parts()) {
            for (NameRef ref : each.piece().names().globalMentions(head)) {
                if (ref.scope().type() == ScopeType.MODULE && ref.name().equals(head)) {
                    if (scope == null || scope.type() == ScopeType.MODULE) {
                        return new Segments.Mention(each, ref);
                    }
                    named = new Segments.Mention(each, ref);
                }
            }
        }
        return named;
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

    private static void classNames(Scope cls, Map<String, CompletionItem> items) {
        for (Symbol symbol : cls.symbols().values()) {
            if (symbol.isBound() || symbol.has(SymbolFlag.DEF_ANNOT)) {
                add(items, sourceName(symbol.name()), kindOf(cls, List.of(symbol)), "class attribute of " + cls.name());
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
