package dev.heapscope.language.parser;

import java.util.Arrays;

/**
 * The decoded source with its lines indexed, so that token positions (lines from 1, columns
 * in code points) can be turned into CPython's AST columns (UTF-8 bytes) and errors can
 * quote their line. Line endings have already been normalised to '\n'.
 */
final class SourceText {
    private final String text;
    /** UTF-16 index where line i+1 starts. */
    private int[] lineStarts;
    /** Whether line i+1 is pure ASCII, where code point columns equal byte columns. */
    private boolean[] ascii;
    private int lines;
    private final ErrorColumns errorColumns;

    /**
     * How CPython counts the columns of the errors its parser raises (tokenizer errors that
     * count characters themselves, and the compiler's byte columns, are not affected). The
     * parser locates every error in UTF-8 bytes and turns them into characters only when the
     * tokenizer knows an encoding: a str source, or bytes with a coding cookie or a BOM.
     */
    enum ErrorColumns {
        /** Bytes without a cookie or BOM: the byte columns themselves. */
        BYTES,
        /** Characters, counted over the text of the error's first line. */
        CHARACTERS,
        /**
         * Bytes opening with a BOM: characters, counted over the line as CPython reads it back
         * from the file, where line 1 still starts with the BOM (U+FEFF, three bytes).
         */
        CHARACTERS_AFTER_BOM
    }

    SourceText(String text) {
        this(text, ErrorColumns.CHARACTERS);
    }

    SourceText(String text, ErrorColumns errorColumns) {
        this.text = text;
        this.errorColumns = errorColumns;
        lineStarts = new int[64];
        ascii = new boolean[64];
        int line = 0;
        lineStarts[0] = 0;
        boolean lineAscii = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                ascii[line] = lineAscii;
                line++;
                if (line == lineStarts.length) {
                    lineStarts = Arrays.copyOf(lineStarts, line * 2);
                    ascii = Arrays.copyOf(ascii, line * 2);
                }
                lineStarts[line] = i + 1;
                lineAscii = true;
            } else if (c >= 128) {
                lineAscii = false;
            }
        }
        ascii[line] = lineAscii;
        lines = line + 1;
    }

    String text() {
        return text;
    }

    /** Lines as CPython counts them: a final '\n' does not start another line. */
    int lineCount() {
        return text.endsWith("\n") || text.isEmpty() ? lines - 1 : lines;
    }

    private int lineEnd(int line) {
        return line < lines ? lineStarts[line] - 1 : text.length();
    }

    /** The text of a line (from 1) without its newline; null past the end. */
    String lineText(int line) {
        if (line < 1 || line > lines) {
            return null;
        }
        return text.substring(lineStarts[line - 1], lineEnd(line));
    }

    /** The length of a line in code points. */
    int lineLength(int line) {
        if (line < 1 || line > lines) {
            return 0;
        }
        int start = lineStarts[line - 1];
        int end = lineEnd(line);
        return ascii[line - 1] ? end - start : text.codePointCount(start, end);
    }

    /** The UTF-8 byte column of a code point column on a line. */
    int byteColumn(int line, int cpColumn) {
        if (line < 1 || line > lines || ascii[line - 1]) {
            return cpColumn;
        }
        int i = lineStarts[line - 1];
        int bytes = 0;
        for (int k = 0; k < cpColumn && i < text.length(); k++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += utf8Length(cp);
        }
        return bytes;
    }

    /** The code point column of a UTF-8 byte column on a line (for error offsets). */
    int charColumn(int line, int byteColumn) {
        if (line < 1 || line > lines || ascii[line - 1]) {
            return byteColumn;
        }
        int i = lineStarts[line - 1];
        int end = lineEnd(line);
        int bytes = 0;
        int chars = 0;
        while (bytes < byteColumn && i < end) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += utf8Length(cp);
            chars++;
        }
        return chars + Math.max(0, byteColumn - bytes);
    }

    /**
     * CPython's 1-based offset for a parser error whose start or end is at UTF-8 byte column
     * {@code byteColumn} (0-based), in an error that starts on line {@code errorLine}: the
     * byte offset itself, or the number of characters that many bytes (plus one) of the
     * error's first line decode to. CPython counts the end over the first line too, over the
     * line as read back from the file: its newline, then the terminating NUL, at which the
     * count stops.
     */
    int errorOffset(int errorLine, int byteColumn) {
        int wanted = byteColumn + 1;
        if (errorColumns == ErrorColumns.BYTES || errorLine < 1 || errorLine > lines) {
            return wanted;
        }
        int seen = 0;
        int chars = 0;
        if (errorColumns == ErrorColumns.CHARACTERS_AFTER_BOM && errorLine == 1) {
            seen = 3;
            chars = 1;
        }
        int i = lineStarts[errorLine - 1];
        int end = lineEnd(errorLine);
        while (seen < wanted && i < end) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            seen += utf8Length(cp);
            chars++;
        }
        if (seen < wanted && end < text.length()) {
            seen++;
            chars++;
        }
        return seen < wanted ? chars + 1 : chars;
    }

    /** UTF-8 bytes of a code point; an undecodable source byte (escaped as U+DC80..U+DCFF) is one. */
    private static int utf8Length(int cp) {
        if (cp >= SourceDecoder.ESCAPE_BASE + 0x80 && cp <= SourceDecoder.ESCAPE_BASE + 0xFF) {
            return 1;
        }
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
