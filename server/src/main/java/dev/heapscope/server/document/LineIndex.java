package dev.heapscope.server.document;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between the three ways a place in a document is named: an offset into the Java
 * string (UTF-16 units, what the server stores), CPython's (line from 1, column in UTF-8
 * bytes), and an LSP position in the negotiated encoding. Lines end at \n, \r\n or \r, as
 * both CPython and the protocol count them. Immutable; built once per text version.
 */
public final class LineIndex {
    private final String text;
    /** Offset of the first character of each line. */
    private final int[] lineStarts;
    /** Offset just past each line's last character, before its line terminator. */
    private final int[] lineEnds;
    /** Whether each line is pure ASCII, when every column unit is the same and no conversion is needed. */
    private final boolean[] ascii;

    private LineIndex(String text, int[] lineStarts, int[] lineEnds, boolean[] ascii) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineEnds = lineEnds;
        this.ascii = ascii;
    }

    /**
     * The index of this text after {@code [start, end)} was replaced by {@code inserted}
     * characters, {@code edited} being the new text: the lines before the edit are kept, the
     * lines it touched are scanned again, and the lines after it are moved. Costs the edited
     * lines and one copy of the line table, not a scan of the whole text.
     */
    public LineIndex edited(String edited, int start, int end, int inserted) {
        int delta = inserted - (end - start);
        if (start < 0 || end < start || end > text.length() || edited.length() != text.length() + delta
                || hasCarriageReturn(text, start - 1, end + 1)
                || hasCarriageReturn(edited, start, start + inserted)) {
            // A \r may join or split a \r\n line end at the edit's edges: scanned whole.
            return new LineIndex(edited);
        }
        int first = lineOf(start);
        int last = lineOf(end);
        int from = lineStarts[first];
        int to = lineEnds[last] + delta;
        int middle = 1;
        for (int i = from; i < to; i++) {
            if (edited.charAt(i) == '\n') {
                middle++;
            }
        }
        int after = lineStarts.length - last - 1;
        int count = first + middle + after;
        int[] starts = new int[count];
        int[] ends = new int[count];
        boolean[] plain = new boolean[count];
        System.arraycopy(lineStarts, 0, starts, 0, first);
        System.arraycopy(lineEnds, 0, ends, 0, first);
        System.arraycopy(ascii, 0, plain, 0, first);
        int line = first;
        int lineStart = from;
        boolean lineAscii = true;
        for (int i = from; i <= to; i++) {
            if (i == to || edited.charAt(i) == '\n') {
                starts[line] = lineStart;
                ends[line] = i;
                plain[line] = lineAscii;
                line++;
                lineStart = i + 1;
                lineAscii = true;
            } else if (edited.charAt(i) >= 0x80) {
                lineAscii = false;
            }
        }
        for (int old = last + 1; old < lineStarts.length; old++, line++) {
            starts[line] = lineStarts[old] + delta;
            ends[line] = lineEnds[old] + delta;
            plain[line] = ascii[old];
        }
        return new LineIndex(edited, starts, ends, plain);
    }

    /** Whether a \r is in {@code [from, to)} of the text (clamped to it). */
    private static boolean hasCarriageReturn(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
            if (text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int[] ends = new int[16];
        boolean[] plain = new boolean[16];
        int count = 0;
        int start = 0;
        boolean lineAscii = true;
        int i = 0;
        int n = text.length();
        while (true) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    plain = Arrays.copyOf(plain, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                plain[count] = lineAscii;
                count++;
                if (i == n) {
                    break;
                }
                if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                lineAscii = true;
            } else if (text.charAt(i) >= 0x80) {
                lineAscii = false;
            }
            i++;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.lineEnds = Arrays.copyOf(ends, count);
        this.ascii = Arrays.copyOf(plain, count);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The line (from 0) holding an offset. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return found >= 0 ? found : -found - 2;
    }

    public int lineStart(int line) {
        return lineStarts[clampLine(line)];
    }

    public int lineEnd(int line) {
        return lineEnds[clampLine(line)];
    }

    public String lineText(int line) {
        int l = clampLine(line);
        return text.substring(lineStarts[l], lineEnds[l]);
    }

    private int clampLine(int line) {
        return Math.max(0, Math.min(line, lineStarts.length - 1));
    }

    /** The offset of CPython's (lineno from 1, column in UTF-8 bytes); clamped to the line. */
    public int offsetOfCpython(int lineno, int byteColumn) {
        if (lineno < 1) {
            return 0;
        }
        if (lineno > lineStarts.length) {
            return text.length();
        }
        int line = lineno - 1;
        return advance(line, Math.max(0, byteColumn), PositionEncoding.UTF8);
    }

    /** The offset of a SyntaxError's (lineno from 1, offset from 1 in code points). */
    public int offsetOfCharacter(int lineno, int characterOffset) {
        if (lineno < 1) {
            return 0;
        }
        if (lineno > lineStarts.length) {
            return text.length();
        }
        return advance(lineno - 1, Math.max(0, characterOffset - 1), PositionEncoding.UTF32);
    }

    /** The offset an LSP position names; positions past a line's end stop at its end, as the protocol says. */
    public int offsetOf(Position position, PositionEncoding encoding) {
        if (position.getLine() < 0) {
            return 0;
        }
        if (position.getLine() >= lineStarts.length) {
            return text.length();
        }
        return advance(position.getLine(), Math.max(0, position.getCharacter()), encoding);
    }

    private int advance(int line, int units, PositionEncoding encoding) {
        int start = lineStarts[line];
        int end = lineEnds[line];
        if (ascii[line] || encoding == PositionEncoding.UTF16) {
            return Math.min(start + units, end);
        }
        int i = start;
        int counted = 0;
        while (i < end && counted < units) {
            int cp = text.codePointAt(i);
            counted += width(cp, encoding);
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The LSP position of an offset in the given encoding. */
    public Position position(int offset, PositionEncoding encoding) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        int start = lineStarts[line];
        int at = Math.min(clamped, lineEnds[line]);
        if (ascii[line] || encoding == PositionEncoding.UTF16) {
            return new Position(line, at - start);
        }
        int units = 0;
        int i = start;
        while (i < at) {
            int cp = text.codePointAt(i);
            units += width(cp, encoding);
            i += Character.charCount(cp);
        }
        return new Position(line, units);
    }

    public Range range(int startOffset, int endOffset, PositionEncoding encoding) {
        return new Range(position(startOffset, encoding), position(endOffset, encoding));
    }

    private static int width(int codePoint, PositionEncoding encoding) {
        switch (encoding) {
            case UTF8:
                return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            case UTF16:
                return Character.charCount(codePoint);
            default:
                return 1;
        }
    }
}
