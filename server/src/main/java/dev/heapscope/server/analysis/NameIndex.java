package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Arg;
import dev.heapscope.language.ast.ExceptHandler;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.ExprContext;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Pattern;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.language.symtable.SymbolTable;
import dev.heapscope.server.document.LineIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every mention of a name in a module, each resolved to its variable with CPython's rules,
 * sorted by position. Built from the symbol table's occurrences (so each mention's block is
 * the one CPython assigns it to: a comprehension's iteration variable belongs to the
 * comprehension, a walrus target inside one to the enclosing function), plus the
 * {@code self.attr} mentions inside methods. Immutable.
 */
public final class NameIndex {
    private final List<NameRef> refs;
    private final List<AttributeRef> attributes;
    private final Map<Binding, List<NameRef>> byBinding;
    /** Mentions resolved in the module's namespace (or builtins, or nowhere), by stored name. */
    private final Map<String, List<NameRef>> globalByName;
    /** Names some statement of the module binds as globals, wherever that statement is. */
    private final Set<String> moduleGlobals;

    private NameIndex(List<NameRef> refs, List<AttributeRef> attributes, Set<String> moduleGlobals) {
        this.refs = refs;
        this.attributes = attributes;
        this.moduleGlobals = moduleGlobals;
        Map<Binding, List<NameRef>> grouped = new HashMap<>();
        for (NameRef ref : refs) {
            grouped.computeIfAbsent(ref.binding(), b -> new ArrayList<>()).add(ref);
        }
        this.byBinding = grouped;
        Map<String, List<NameRef>> global = new HashMap<>();
        for (Map.Entry<Binding, List<NameRef>> entry : grouped.entrySet()) {
            Binding binding = entry.getKey();
            if (binding.owner() == null || binding.owner().type() == ScopeType.MODULE) {
                global.merge(binding.storedName(), entry.getValue(), (a, b) -> {
                    List<NameRef> both = new ArrayList<>(a);
                    both.addAll(b);
                    both.sort(Comparator.comparingInt(NameRef::start));
                    return both;
                });
            }
        }
        this.globalByName = global;
    }

    public static NameIndex empty() {
        return new NameIndex(List.of(), List.of(), Set.of());
    }

    public static NameIndex build(SymbolTable table, LineIndex lines) {
        return build(table, lines, moduleGlobalsOf(table));
    }

    /**
     * Names the module binds as globals: module-level bindings, and bindings of names functions
     * declare global. The union over a module's top-level statements equals the whole module's
     * set (a module-level {@code global} statement aside, which makes a bound name depend on
     * where the declaration is).
     */
    public static Set<String> moduleGlobalsOf(SymbolTable table) {
        return dev.heapscope.language.symtable.StatementTables.boundGlobals(table);
    }

    /**
     * The index of a table that may hold only some statements of a module, resolving globals
     * against the names the whole module binds.
     */
    public static NameIndex build(SymbolTable table, LineIndex lines, Set<String> moduleGlobals) {
        return build(table, lines, moduleGlobals, () -> false);
    }

    /**
     * As {@link #build(SymbolTable, LineIndex, Set)}, checking {@code cancelled} before each
     * block directly under the module: an analysis of a text that has since changed stops
     * there ({@link Analyzer.Cancelled}) instead of holding a core to the end.
     */
    public static NameIndex build(SymbolTable table, LineIndex lines, Set<String> moduleGlobals,
                                  java.util.function.BooleanSupplier cancelled) {
        Builder builder = new Builder(table, lines, moduleGlobals);
        builder.cancelled = cancelled;
        builder.collect(table.module());
        builder.refs.sort(Comparator.comparingInt(NameRef::start));
        // The symbol table can record one mention twice (seen for a walrus target inside a
        // comprehension, recorded twice for the enclosing function): keep one.
        List<NameRef> unique = new ArrayList<>(builder.refs.size());
        for (NameRef ref : builder.refs) {
            NameRef last = unique.isEmpty() ? null : unique.get(unique.size() - 1);
            if (last == null || last.start() != ref.start() || !last.binding().equals(ref.binding())) {
                unique.add(ref);
            }
        }
        builder.refs.clear();
        builder.refs.addAll(unique);
        builder.attributes.sort(Comparator.comparingInt(AttributeRef::start));
        return new NameIndex(Collections.unmodifiableList(builder.refs),
                Collections.unmodifiableList(builder.attributes), builder.globals);
    }

    public List<NameRef> refs() {
        return refs;
    }

    public List<AttributeRef> attributes() {
        return attributes;
    }

    /** The mention whose identifier contains the offset (its end included, where an editor's cursor sits after typing). */
    public NameRef at(int offset) {
        int lo = 0;
        int hi = refs.size() - 1;
        NameRef best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            NameRef ref = refs.get(mid);
            if (ref.start() <= offset) {
                best = ref;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best != null && best.contains(offset)) {
            return best;
        }
        return null;
    }

    public AttributeRef attributeAt(int offset) {
        for (AttributeRef ref : attributes) {
            if (ref.contains(offset)) {
                return ref;
            }
            if (ref.start() > offset) {
                break;
            }
        }
        return null;
    }

    /** Every mention of one variable, in source order. */
    public List<NameRef> mentions(Binding binding) {
        return byBinding.getOrDefault(binding, List.of());
    }

    /**
     * Every mention, in source order, of a name (as stored) that resolves in the module's
     * namespace, in builtins or nowhere: what a global's mentions in this text are, whatever
     * the binding of another text's module it is compared with.
     */
    public List<NameRef> globalMentions(String storedName) {
        return globalByName.getOrDefault(storedName, List.of());
    }

    /** The names the module binds as globals, as this index resolved them. */
    public Set<String> moduleGlobals() {
        return Collections.unmodifiableSet(moduleGlobals);
    }

    public boolean isModuleGlobal(String name) {
        return moduleGlobals.contains(name);
    }

    public List<AttributeRef> attributesOf(Scope classScope, String name) {
        List<AttributeRef> out = new ArrayList<>();
        for (AttributeRef ref : attributes) {
            if (ref.classScope() == classScope && ref.name().equals(name)) {
                out.add(ref);
            }
        }
        return out;
    }

    /** Resolves a name as written in {@code scope} to its variable, by CPython 3.11's rules. */
    public static Binding resolve(Scope scope, Symbol symbol, Scope module, Set<String> moduleGlobals) {
        String stored = symbol.name();
        SymbolScope where = symbol.scope();
        if (scope.type() == ScopeType.MODULE) {
            return global(module, stored, moduleGlobals);
        }
        switch (where) {
            case LOCAL:
            case CELL:
                return new Binding(Binding.Kind.SCOPE, scope, stored);
            case FREE:
                for (Scope outer = scope.parent(); outer != null; outer = outer.parent()) {
                    if (outer.type() == ScopeType.CLASS) {
                        if (stored.equals("__class__")) {
                            // The implicit cell the compiler makes for super() and __class__.
                            return new Binding(Binding.Kind.SCOPE, outer, stored);
                        }
                        continue;
                    }
                    if (outer.type() == ScopeType.MODULE) {
                        break;
                    }
                    Symbol there = outer.symbol(stored);
                    if (there != null && (there.scope() == SymbolScope.CELL || there.scope() == SymbolScope.LOCAL)) {
                        return new Binding(Binding.Kind.SCOPE, outer, stored);
                    }
                }
                return global(module, stored, moduleGlobals);
            default:
                return global(module, stored, moduleGlobals);
        }
    }

    private static Binding global(Scope module, String stored, Set<String> moduleGlobals) {
        if (moduleGlobals.contains(stored)) {
            return new Binding(Binding.Kind.SCOPE, module, stored);
        }
        if (Builtins.isBuiltin(stored)) {
            return new Binding(Binding.Kind.BUILTIN, null, stored);
        }
        if (Builtins.MODULE_ATTRIBUTES.contains(stored)) {
            return new Binding(Binding.Kind.MODULE_ATTRIBUTE, module, stored);
        }
        return new Binding(Binding.Kind.UNDEFINED, module, stored);
    }

    private static final class Builder {
        final SymbolTable table;
        final LineIndex lines;
        final IdentifierScan scan;
        final List<NameRef> refs = new ArrayList<>();
        final List<AttributeRef> attributes = new ArrayList<>();
        final Set<String> globals;
        java.util.function.BooleanSupplier cancelled = () -> false;

        Builder(SymbolTable table, LineIndex lines, Set<String> globals) {
            this.table = table;
            this.lines = lines;
            this.scan = new IdentifierScan(lines.text());
            this.globals = globals;
        }

        void collect(Scope scope) {
            for (Symbol symbol : scope.symbols().values()) {
                if (symbol.name().startsWith(".")) {
                    continue;
                }
                Binding binding = resolve(scope, symbol, table.module(), globals);
                for (Occurrence occurrence : symbol.occurrences()) {
                    int[] span = identifierSpan(occurrence, symbol.name());
                    if (span == null) {
                        continue;
                    }
                    refs.add(new NameRef(lines.text().substring(span[0], span[1]), span[0], span[1], scope, symbol,
                            occurrence.kind(), occurrence.node(), binding));
                }
            }
            if (scope.type() == ScopeType.FUNCTION && scope.parent() != null
                    && scope.parent().type() == ScopeType.CLASS && !scope.parameters().isEmpty()
                    && (scope.node() instanceof Stmt.FunctionDef || scope.node() instanceof Stmt.AsyncFunctionDef)) {
                collectSelfAttributes(scope);
            }
            for (Scope child : scope.children()) {
                if (scope.type() == ScopeType.MODULE && cancelled.getAsBoolean()) {
                    throw new Analyzer.Cancelled();
                }
                collect(child);
            }
        }

        /** {@code self.x} in a method whose first parameter is {@code self} (whatever it is called). */
        private void collectSelfAttributes(Scope method) {
            String self = method.parameters().get(0);
            List<Stmt> body = method.node() instanceof Stmt.FunctionDef f ? f.body : ((Stmt.AsyncFunctionDef) method.node()).body;
            for (Stmt statement : body) {
                AstWalk.preorder(statement, node -> {
                    if (node instanceof Expr.Attribute attribute && attribute.value instanceof Expr.Name name
                            && name.id.equals(self) && !isInNestedBlock(method, attribute)) {
                        int end = lines.offsetOfCpython(attribute.endLineno, attribute.endColOffset);
                        int start = scan.identifierStart(end);
                        if (start < end) {
                            attributes.add(new AttributeRef(attribute.attr, start, end, method.parent(), method,
                                    attribute.ctx != ExprContext.Load, attribute));
                        }
                    }
                });
            }
        }

        /** Whether {@code self} may be shadowed: the attribute sits inside a nested def or lambda that rebinds it. */
        private boolean isInNestedBlock(Scope method, Expr.Attribute attribute) {
            for (Scope child : method.children()) {
                if (child.node() instanceof Located located && encloses(located, attribute)) {
                    Symbol inner = child.symbol(method.parameters().get(0));
                    return inner != null && inner.scope() != SymbolScope.FREE;
                }
            }
            return false;
        }

        private static boolean encloses(Located outer, Located inner) {
            return compare(outer.lineno, outer.colOffset, inner.lineno, inner.colOffset) <= 0
                    && compare(inner.endLineno, inner.endColOffset, outer.endLineno, outer.endColOffset) <= 0;
        }

        private static int compare(int l1, int c1, int l2, int c2) {
            return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
        }

        /** Start and end offsets of the identifier an occurrence is about, or null when it cannot be found. */
        private int[] identifierSpan(Occurrence occurrence, String storedName) {
            Node node = occurrence.node();
            if (!(node instanceof Located located)) {
                return null;
            }
            String name = sourceName(storedName);
            int start = lines.offsetOfCpython(located.lineno, located.colOffset);
            int end = lines.offsetOfCpython(located.endLineno, located.endColOffset);
            if (node instanceof Expr.Name) {
                return new int[] {start, end};
            }
            if (node instanceof Arg || node instanceof Alias alias && alias.asname == null) {
                return new int[] {start, scan.identifierEnd(start)};
            }
            if (node instanceof Alias || node instanceof Pattern.MatchAs || node instanceof Pattern.MatchStar) {
                return new int[] {scan.identifierStart(end), end};
            }
            int from = start;
            if (node instanceof ExceptHandler handler && handler.type != null) {
                from = lines.offsetOfCpython(handler.type.endLineno, handler.type.endColOffset);
            } else if (node instanceof Pattern.MatchMapping mapping) {
                int stars = lines.text().lastIndexOf("**", end);
                from = stars >= start ? stars : start;
            }
            int limit = node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                    || node instanceof Stmt.ClassDef || node instanceof ExceptHandler
                    ? lines.lineEnd(lines.lineOf(start) + 8) : end;
            int found = scan.findIdentifier(from, limit, storedName);
            if (found < 0 && !name.equals(storedName)) {
                found = scan.findIdentifier(from, limit, name);
            }
            if (found < 0) {
                return null;
            }
            return new int[] {found, scan.identifierEnd(found)};
        }

        /** The name as written in the source: a private name is stored mangled ({@code _C__x}) but written {@code __x}. */
        private static String sourceName(String stored) {
            int mangle = stored.indexOf("__");
            if (stored.startsWith("_") && mangle > 1 && !stored.endsWith("__")) {
                return stored.substring(mangle);
            }
            return stored;
        }
    }
}
