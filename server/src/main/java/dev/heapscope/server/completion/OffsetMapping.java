package dev.heapscope.server.completion;

/**
 * Maps an offset in the current text to the same place in an older text, assuming one
 * contiguous edit between them (what typing does): before the edit offsets are equal, after
 * it they shift by the edit's length, inside it they go to the code just before the edit.
 */
public final class OffsetMapping {
    private OffsetMapping() {
    }

    /** The offset in {@code older} of {@code offset} in {@code current}. */
    public static int map(String older, String current, int offset) {
        if (older == current || older.equals(current)) {
            return offset;
        }
        int limit = Math.min(older.length(), current.length());
        int prefix = 0;
        while (prefix < limit && older.charAt(prefix) == current.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && older.charAt(older.length() - 1 - suffix) == current.charAt(current.length() - 1 - suffix)) {
            suffix++;
        }
        if (offset <= prefix) {
            return offset;
        }
        if (offset >= current.length() - suffix) {
            return offset - (current.length() - older.length());
        }
        // Inside the edit: the code before it, skipping the whitespace the edit follows, which
        // belongs to whatever block was being typed in (a new line after a method's last
        // statement still belongs to the method).
        int at = prefix;
        while (at > 0 && Character.isWhitespace(older.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
