package dev.heapscope.language.errors;

/**
 * A SyntaxError (or its subclasses IndentationError and TabError) exactly as CPython 3.11
 * raises it: message, 1-based line, 1-based character offset, and end position.
 * Offsets count characters (code points), as CPython's SyntaxError attributes do,
 * not the UTF-8 bytes that AST column offsets count.
 */
public final class PythonSyntaxError extends Exception {

    public enum Kind { SyntaxError, IndentationError, TabError }

    /**
     * A position CPython leaves as None: errors raised with a start only (future statements)
     * have end_offset None.
     */
    public static final int NONE = Integer.MIN_VALUE;

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    /** The source line the error points into, or null when there is none. */
    private final String text;

    public PythonSyntaxError(Kind kind, String msg, String filename, int lineno, int offset,
                             int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String text() {
        return text;
    }

    /** The line `cpython_oracle.py compile` prints for this error. */
    public String oracleLine() {
        return kind + ": " + msg + " (line " + position(lineno) + ", offset " + position(offset)
                + ", end " + position(endLineno) + ":" + position(endOffset) + ")";
    }

    private static String position(int value) {
        return value == NONE ? "None" : Integer.toString(value);
    }
}
