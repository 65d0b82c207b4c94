package dev.heapscope.language.ast;

/**
 * A node with CPython's location attributes. Lines count from 1; column offsets count
 * UTF-8 bytes from the start of the line, as CPython's tokenizer does.
 */
public abstract class Located extends Node {
    public int lineno;
    public int colOffset;
    public int endLineno;
    public int endColOffset;

    protected Located(int lineno, int colOffset, int endLineno, int endColOffset) {
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** Copies another node's location onto this one. */
    public void setLocation(Located from) {
        this.lineno = from.lineno;
        this.colOffset = from.colOffset;
        this.endLineno = from.endLineno;
        this.endColOffset = from.endColOffset;
    }
}
