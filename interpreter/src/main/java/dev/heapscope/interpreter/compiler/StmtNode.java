package dev.heapscope.interpreter.compiler;

import dev.heapscope.interpreter.runtime.Frame;

/**
 * A statement. {@link #exec} returns how it completed: normally, or by break, continue or
 * return (the value then in {@link Frame#returnValue}). Exceptions travel as
 * PyException. Loops never throw to exit.
 */
public abstract class StmtNode extends Node {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;

    public abstract int exec(Frame f);
}
