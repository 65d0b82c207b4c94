package dev.heapscope.language.ast;

/** A node of CPython's abstract syntax tree; concrete classes mirror CPython's `ast` classes. */
public abstract class Node {

    /** CPython's class name for this node, as `ast.dump` prints it. */
    public abstract String nodeName();

    public abstract <R> R accept(AstVisitor<R> visitor);

    /** Hands each field, in CPython's `_fields` order, to the printer. */
    public abstract void dumpFields(AstDump dump);

    @Override
    public String toString() {
        return AstDump.dump(this);
    }
}
