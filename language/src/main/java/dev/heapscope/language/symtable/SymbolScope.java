package dev.heapscope.language.symtable;

/**
 * Where a name lives at run time, as CPython 3.11's analysis pass resolves it: a fast local,
 * a module global (declared with {@code global} or found by falling through), a free
 * variable of an enclosing function, or a local that enclosed functions capture (a cell).
 */
public enum SymbolScope {
    LOCAL,
    GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT,
    FREE,
    CELL;

    public boolean isGlobal() {
        return this == GLOBAL_EXPLICIT || this == GLOBAL_IMPLICIT;
    }
}
