package dev.heapscope.interpreter.modules.sre;

/**
 * A pattern that does not parse or compile: re.error's msg and pos (pos is -1 when
 * CPython gives none, as for "look-behind requires fixed-width pattern").
 */
public final class PatternError extends Exception {
    public final String msg;
    public final int pos;
    /** The Python exception type when it is not re.error (ValueError, OverflowError). */
    public final String pythonType;

    PatternError(String msg, int pos) {
        this(msg, pos, null);
    }

    PatternError(String msg, int pos, String pythonType) {
        super(msg, null, false, false);
        this.msg = msg;
        this.pos = pos;
        this.pythonType = pythonType;
    }
}
