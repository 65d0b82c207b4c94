package dev.heapscope.language.symtable;

/**
 * The kind of block a {@link Scope} belongs to, as CPython 3.11's symbol table has them.
 * Lambdas, comprehensions and generator expressions are {@link #FUNCTION} blocks.
 * {@link #ANNOTATION} blocks exist only under {@code from __future__ import annotations}:
 * CPython builds them so that names in annotations do not touch the enclosing scope, and
 * never lists them among the children of a table.
 */
public enum ScopeType {
    MODULE("module"),
    CLASS("class"),
    FUNCTION("function"),
    ANNOTATION("annotation");

    private final String label;

    ScopeType(String label) {
        this.label = label;
    }

    /** The word {@code symtable.SymbolTable.get_type()} returns for this kind of block. */
    public String label() {
        return label;
    }
}
