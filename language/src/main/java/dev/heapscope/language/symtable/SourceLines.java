package dev.heapscope.language.symtable;

import dev.heapscope.language.ast.Located;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of the source being analysed, so errors can carry the offending line as their
 * text. CPython's symbol table errors give offsets as the node's UTF-8 column plus one:
 * unlike parser errors, they are not converted to characters (checked against CPython
 * 3.11.7 with non-ASCII text before the node).
 */
final class SourceLines {
    private final String filename;
    private final List<String> lines;

    SourceLines(String filename, String source) {
        this.filename = filename;
        this.lines = split(source == null ? "" : source);
    }

    /** Splits on \n, \r\n and \r, keeping each line's end as a single \n as CPython's text has it. */
    private static List<String> split(String source) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(source.substring(start, i) + "\n");
                if (c == '\r' && i + 1 < source.length() && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < source.length()) {
            result.add(source.substring(start));
        }
        return result;
    }

    String line(int lineno) {
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /** An error spanning a node, as CPython's symbol table reports it: UTF-8 columns plus one. */
    PythonSyntaxError syntaxError(String message, Located where) {
        return syntaxError(message, where.lineno, where.colOffset + 1, where.endLineno,
                where.endColOffset + 1);
    }

    PythonSyntaxError syntaxError(String message, int lineno, int offset, int endLineno, int endOffset) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, message, filename,
                lineno, offset, endLineno, endOffset, line(lineno));
    }
}
