package dev.heapscope.language.symtable;

import dev.heapscope.language.ast.Node;

/**
 * One place in the source where a block binds, declares or reads a name. The range is the
 * range of {@link #node}, as CPython records it: lines from 1, columns in UTF-8 bytes. For
 * bindings by {@code def}, {@code class}, {@code except ... as} and match captures the node
 * is the whole statement, handler or pattern, since the AST keeps no node for the name alone.
 */
public record Occurrence(Kind kind, Node node, int lineno, int colOffset, int endLineno,
                         int endColOffset) {

    public enum Kind {
        /** A parameter of a function or lambda. */
        PARAMETER,
        /** An assignment, def, class, for target, with target, except name, match capture or walrus. */
        BINDING,
        /** An annotated name without a value ({@code x: int}). */
        ANNOTATION,
        /** A {@code del} target. */
        DELETION,
        /** An import. */
        IMPORT,
        /** A {@code global} statement. */
        GLOBAL_DECLARATION,
        /** A {@code nonlocal} statement. */
        NONLOCAL_DECLARATION,
        /** A read of the name. */
        USE
    }
}
