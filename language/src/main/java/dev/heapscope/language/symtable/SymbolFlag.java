package dev.heapscope.language.symtable;

/**
 * What the first pass saw a block do with a name; CPython 3.11 keeps the same facts as the
 * DEF_* and USE bits of a symbol. {@code DEF_FREE}, which 3.11 still defines but never sets,
 * is left out.
 */
public enum SymbolFlag {
    /** Declared with {@code global}, or bound by an assignment expression at module level. */
    DEF_GLOBAL(1),
    /** Assigned, deleted, or bound by def, class, for, with, except, match, or a walrus. */
    DEF_LOCAL(2),
    /** A parameter (including the hidden {@code .0} of a comprehension). */
    DEF_PARAM(4),
    /** Declared with {@code nonlocal}, or a walrus target inside a comprehension. */
    DEF_NONLOCAL(8),
    /** Read (loaded) in the block. */
    USE(16),
    /** Free in a method of this class while the class body also binds or declares it. */
    DEF_FREE_CLASS(64),
    /** Bound by an import statement. */
    DEF_IMPORT(128),
    /** The target of a simple annotated assignment. */
    DEF_ANNOT(256),
    /** An iteration variable of a comprehension. */
    DEF_COMP_ITER(512);

    /** CPython's bit for this flag, for tools that compare with {@code _symtable}. */
    public final int bit;

    SymbolFlag(int bit) {
        this.bit = bit;
    }
}
