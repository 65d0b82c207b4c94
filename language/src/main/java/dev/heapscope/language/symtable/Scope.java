package dev.heapscope.language.symtable;

import dev.heapscope.language.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One block of a module's symbol table (CPython's symtable entry): the module, a class body,
 * or a function, lambda, comprehension or generator expression. Immutable once built.
 */
public final class Scope {
    private final ScopeType type;
    private final String name;
    private final Node node;
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;
    private final Scope parent;
    private final List<Scope> children;
    private final List<Scope> annotationScopes;
    private final Map<String, Symbol> symbols;
    private final List<String> parameters;
    private final String privateName;
    private final ComprehensionKind comprehension;
    private final boolean nested;
    private final boolean generator;
    private final boolean coroutine;
    private final boolean returnsValue;
    private final boolean varargs;
    private final boolean varkeywords;
    private final boolean hasFree;
    private final boolean childFree;
    private final boolean needsClassClosure;

    /** Freezes a draft and, recursively, its children; registers each block in {@code byNode}. */
    Scope(ScopeDraft draft, Scope parent, Map<Node, Scope> byNode) {
        this.type = draft.type;
        this.name = draft.name;
        this.node = draft.node;
        this.lineno = draft.lineno;
        this.colOffset = draft.colOffset;
        this.endLineno = draft.endLineno;
        this.endColOffset = draft.endColOffset;
        this.parent = parent;
        this.privateName = draft.privateName;
        this.comprehension = draft.comprehension;
        this.nested = draft.nested;
        this.generator = draft.generator;
        this.coroutine = draft.coroutine;
        this.returnsValue = draft.returnsValue;
        this.varargs = draft.varargs;
        this.varkeywords = draft.varkeywords;
        this.hasFree = draft.hasFree;
        this.childFree = draft.childFree;
        this.needsClassClosure = draft.needsClassClosure;
        this.parameters = List.copyOf(draft.varnames);

        Map<String, Symbol> table = new LinkedHashMap<>();
        draft.symbols.forEach((symbolName, bits) -> {
            // Annotation blocks are never analysed (CPython does not either): their names
            // have no resolved scope, which we report as implicit globals.
            SymbolScope resolved = draft.scopes.getOrDefault(symbolName, SymbolScope.GLOBAL_IMPLICIT);
            table.put(symbolName, new Symbol(symbolName, flagSet(bits), resolved,
                    draft.occurrences.getOrDefault(symbolName, List.of())));
        });
        this.symbols = Collections.unmodifiableMap(table);

        if (byNode != null && draft.type != ScopeType.ANNOTATION) {
            byNode.put(draft.node, this);
        }
        List<Scope> kids = new ArrayList<>(draft.children.size());
        for (ScopeDraft child : draft.children) {
            kids.add(new Scope(child, this, byNode));
        }
        this.children = List.copyOf(kids);
        List<Scope> annotations = new ArrayList<>(draft.annotationBlocks.size());
        for (ScopeDraft block : draft.annotationBlocks) {
            annotations.add(new Scope(block, this, null));
        }
        this.annotationScopes = List.copyOf(annotations);
    }

    private static Set<SymbolFlag> flagSet(int bits) {
        EnumSet<SymbolFlag> set = EnumSet.noneOf(SymbolFlag.class);
        for (SymbolFlag flag : SymbolFlag.values()) {
            if ((bits & flag.bit) != 0) {
                set.add(flag);
            }
        }
        return set;
    }

    public ScopeType type() {
        return type;
    }

    /**
     * The block's name as CPython reports it: "top" for the module, the def or class name,
     * "lambda", "listcomp", "setcomp", "dictcomp", "genexpr", or "_annotation".
     */
    public String name() {
        return name;
    }

    /** The node the block belongs to: Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda, a comprehension, or (annotation blocks) the annotated def or expression. */
    public Node node() {
        return node;
    }

    /** First line of the block's node; 0 for the module. */
    public int lineno() {
        return lineno;
    }

    public int colOffset() {
        return colOffset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endColOffset() {
        return endColOffset;
    }

    /** The enclosing block, or null for the module. */
    public Scope parent() {
        return parent;
    }

    /** Nested blocks in the order CPython's {@code get_children()} returns them. */
    public List<Scope> children() {
        return children;
    }

    /**
     * Blocks that hold the names used in annotations under {@code from __future__ import
     * annotations}. CPython builds but never analyses or lists them; kept for tools.
     */
    public List<Scope> annotationScopes() {
        return annotationScopes;
    }

    /** Symbols in the order the block first mentioned them (CPython's dict order). */
    public Map<String, Symbol> symbols() {
        return symbols;
    }

    /** The symbol stored under this exact (already mangled) name, or null. */
    public Symbol symbol(String storedName) {
        return symbols.get(storedName);
    }

    /** The symbol a name written in this block refers to, mangling private names as CPython does. */
    public Symbol lookup(String sourceName) {
        return symbols.get(Mangling.mangle(privateName, sourceName));
    }

    /** Parameter names in frame-slot order: positional-only, positional, keyword-only, *args, **kwargs. */
    public List<String> parameters() {
        return parameters;
    }

    /** The innermost enclosing class name, which private names are mangled with, or null. */
    public String privateName() {
        return privateName;
    }

    /** The kind of comprehension this function block implements, or null. */
    public ComprehensionKind comprehension() {
        return comprehension;
    }

    public boolean isNested() {
        return nested;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** Some name of this block is free (CPython's ste_free). */
    public boolean hasFree() {
        return hasFree;
    }

    /** Some nested block has free names (CPython's ste_child_free). */
    public boolean childFree() {
        return childFree;
    }

    /** A class whose methods use {@code __class__} or {@code super}: it needs a {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** Names whose resolved scope is in the given set, in symbol order. */
    public List<String> namesIn(Set<SymbolScope> wanted) {
        List<String> names = new ArrayList<>();
        for (Symbol symbol : symbols.values()) {
            if (wanted.contains(symbol.scope())) {
                names.add(symbol.name());
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return type.label() + " " + name + " line " + lineno;
    }
}
