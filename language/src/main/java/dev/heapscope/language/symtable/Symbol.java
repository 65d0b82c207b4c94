package dev.heapscope.language.symtable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A name as one block sees it: what the block does with it ({@link #flags()}), where it
 * lives at run time ({@link #scope()}), and every place the block mentions it. Names of
 * the form {@code __x} inside a class are stored mangled ({@code _C__x}), as CPython does.
 * Immutable.
 */
public final class Symbol {
    private final String name;
    private final Set<SymbolFlag> flags;
    private final SymbolScope scope;
    private final List<Occurrence> occurrences;

    Symbol(String name, Set<SymbolFlag> flags, SymbolScope scope, List<Occurrence> occurrences) {
        this.name = name;
        this.flags = flags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(SymbolFlag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        this.scope = scope;
        this.occurrences = List.copyOf(occurrences);
    }

    public String name() {
        return name;
    }

    public Set<SymbolFlag> flags() {
        return flags;
    }

    public boolean has(SymbolFlag flag) {
        return flags.contains(flag);
    }

    public SymbolScope scope() {
        return scope;
    }

    /** Bindings, declarations and uses in source order of the first pass (not of the text). */
    public List<Occurrence> occurrences() {
        return occurrences;
    }

    public boolean isParameter() {
        return has(SymbolFlag.DEF_PARAM);
    }

    /** Bound by assignment, def, class, del, for, with, except, match or walrus (DEF_LOCAL). */
    public boolean isAssigned() {
        return has(SymbolFlag.DEF_LOCAL);
    }

    public boolean isReferenced() {
        return has(SymbolFlag.USE);
    }

    public boolean isImported() {
        return has(SymbolFlag.DEF_IMPORT);
    }

    public boolean isAnnotated() {
        return has(SymbolFlag.DEF_ANNOT);
    }

    public boolean isNonlocal() {
        return has(SymbolFlag.DEF_NONLOCAL);
    }

    /** Bound in this block by any means CPython counts as binding (DEF_BOUND). */
    public boolean isBound() {
        return has(SymbolFlag.DEF_LOCAL) || has(SymbolFlag.DEF_PARAM) || has(SymbolFlag.DEF_IMPORT);
    }

    public boolean isGlobal() {
        return scope.isGlobal();
    }

    public boolean isDeclaredGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT;
    }

    /** A fast local of a function block, or a local captured by an inner function (a cell). */
    public boolean isLocal() {
        return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL;
    }

    public boolean isFree() {
        return scope == SymbolScope.FREE;
    }

    public boolean isCell() {
        return scope == SymbolScope.CELL;
    }

    /** The integer CPython's {@code _symtable} reports: flag bits with the scope above bit 11. */
    public int cpythonFlags() {
        int bits = 0;
        for (SymbolFlag flag : flags) {
            bits |= flag.bit;
        }
        return bits | ((scope.ordinal() + 1) << 11);
    }

    @Override
    public String toString() {
        return name + " " + scope + " " + flags;
    }
}
