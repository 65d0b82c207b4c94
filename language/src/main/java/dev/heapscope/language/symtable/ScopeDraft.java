package dev.heapscope.language.symtable;

import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block while the symbol table is being built: CPython's symtable entry. The first pass
 * fills {@link #symbols} with flag bits; the analysis pass fills {@link #scopes}. Symbols
 * keep their insertion order because the analysis visits them in that order, which decides
 * which error CPython reports first. Only the builder and the analyzer touch a draft; it is
 * frozen into a {@link Scope} at the end.
 */
final class ScopeDraft {
    static final int DEF_GLOBAL = SymbolFlag.DEF_GLOBAL.bit;
    static final int DEF_LOCAL = SymbolFlag.DEF_LOCAL.bit;
    static final int DEF_PARAM = SymbolFlag.DEF_PARAM.bit;
    static final int DEF_NONLOCAL = SymbolFlag.DEF_NONLOCAL.bit;
    static final int USE = SymbolFlag.USE.bit;
    static final int DEF_FREE_CLASS = SymbolFlag.DEF_FREE_CLASS.bit;
    static final int DEF_IMPORT = SymbolFlag.DEF_IMPORT.bit;
    static final int DEF_ANNOT = SymbolFlag.DEF_ANNOT.bit;
    static final int DEF_COMP_ITER = SymbolFlag.DEF_COMP_ITER.bit;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** A {@code global} or {@code nonlocal} (or implicit walrus) declaration, for error positions. */
    record Directive(String name, Located where) {
    }

    final ScopeType type;
    final String name;
    final Node node;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    /** The enclosing class name used for mangling inside this block, or null. */
    final String privateName;
    final ScopeDraft parent;
    /** Inside a function, directly or through other blocks (CPython's ste_nested). */
    final boolean nested;
    final ComprehensionKind comprehension;

    final LinkedHashMap<String, Integer> symbols = new LinkedHashMap<>();
    final Map<String, List<Occurrence>> occurrences = new HashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<ScopeDraft> children = new ArrayList<>();
    final List<ScopeDraft> annotationBlocks = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();

    /** Set while the builder visits the target of a comprehension's for clause. */
    boolean compIterTarget;
    /** Depth of comprehension iterable expressions being visited; inherited by inner blocks. */
    int compIterExpr;

    boolean generator;
    boolean coroutine;
    boolean returnsValue;
    boolean varargs;
    boolean varkeywords;

    /** Analysis results. */
    final LinkedHashMap<String, SymbolScope> scopes = new LinkedHashMap<>();
    boolean hasFree;
    boolean childFree;
    boolean needsClassClosure;

    ScopeDraft(ScopeType type, String name, Node node, Located location, String privateName,
               ScopeDraft parent, ComprehensionKind comprehension, int inheritedCompIterExpr) {
        this.type = type;
        this.name = name;
        this.node = node;
        this.lineno = location == null ? 0 : location.lineno;
        this.colOffset = location == null ? 0 : location.colOffset;
        this.endLineno = location == null ? 0 : location.endLineno;
        this.endColOffset = location == null ? 0 : location.endColOffset;
        this.privateName = privateName;
        this.parent = parent;
        this.nested = parent != null && (parent.nested || parent.type == ScopeType.FUNCTION);
        this.comprehension = comprehension;
        this.compIterExpr = inheritedCompIterExpr;
    }

    int flagsOf(String mangledName) {
        Integer flags = symbols.get(mangledName);
        return flags == null ? 0 : flags;
    }

    void addOccurrence(String mangledName, Occurrence occurrence) {
        occurrences.computeIfAbsent(mangledName, k -> new ArrayList<>()).add(occurrence);
    }

    /** The first directive for a name; CPython points errors found by the analysis at it. */
    Directive directive(String mangledName) {
        for (Directive directive : directives) {
            if (directive.name().equals(mangledName)) {
                return directive;
            }
        }
        throw new IllegalStateException("no directive recorded for " + mangledName);
    }
}
