package dev.heapscope.interpreter.compiler;

import dev.heapscope.language.ast.Located;

/**
 * An executable node: compiled from one AST node, it keeps that node's source range
 * (CPython's co_positions for the instructions it stands for), which tracebacks show.
 */
public abstract class Node {
    public int lineno;
    public int colOffset;
    public int endLineno;
    public int endColOffset;

    <T extends Node> T at(Located n) {
        lineno = n.lineno;
        colOffset = n.colOffset;
        endLineno = n.endLineno;
        endColOffset = n.endColOffset;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }
}
