package dev.heapscope.interpreter.runtime;

import dev.heapscope.interpreter.compiler.Node;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.parser.SourceParser;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * CPython 3.11's display of an uncaught exception (PyErr_Display): the chain of causes
 * and contexts, each traceback entry with its source line and carets (with ~ and ^
 * anchors for binary operators and subscripts), repeated lines folded, and the final
 * "Type: message" line with NameError/AttributeError suggestions.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {
    }

    private static final int RECURSIVE_CUTOFF = 3;

    /** How deep exception groups may nest and how many members each shows (print_exception_group's limits). */
    private static final int MAX_GROUP_DEPTH = 10;
    private static final int MAX_GROUP_WIDTH = 15;

    /** The full display of {@code e}; with {@code chain}, its causes and contexts first. */
    public static String format(PyBaseException e, boolean chain) {
        Display d = new Display(chain);
        d.exceptionRecursive(e);
        return d.out.toString();
    }

    /**
     * pythonrun.c's exception_print_context: the output, the exceptions already shown (so a
     * cycle of contexts ends), and the nesting inside exception groups, which indents every
     * line and draws the group's frame.
     */
    private static final class Display {
        final StringBuilder out = new StringBuilder();
        final Map<Object, Boolean> seen;
        int groupDepth;
        boolean needClose;

        Display(boolean chain) {
            seen = chain ? new IdentityHashMap<>() : null;
        }

        String margin() {
            return groupDepth > 0 ? "| " : "";
        }

        void indent() {
            out.append(" ".repeat(2 * groupDepth));
        }

        void indentedMargin() {
            indent();
            out.append(margin());
        }

        void exceptionRecursive(PyBaseException e) {
            if (seen != null) {
                causeAndContext(e);
            }
            if (e.type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
                group(e);
            } else {
                exception(e);
            }
        }

        /** print_exception_cause_and_context: a set __cause__ wins, even when it was shown already. */
        void causeAndContext(PyBaseException e) {
            seen.put(e, true);
            if (e.cause != null) {
                if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
                    chained(c, "The above exception was the direct cause of the following exception:\n");
                }
                return;
            }
            if (e.suppressContext) {
                return;
            }
            if (e.context instanceof PyBaseException c && !seen.containsKey(c)) {
                chained(c, "During handling of the above exception, another exception occurred:\n");
            }
        }

        void chained(PyBaseException e, String message) {
            exceptionRecursive(e);
            indentedMargin();
            out.append('\n');
            indentedMargin();
            out.append(message);
            indentedMargin();
            out.append('\n');
        }

        void exception(PyBaseException e) {
            if (e.traceback instanceof Traceback.PyTraceback tb) {
                boolean isGroup = e.type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
                indent();
                out.append(isGroup && groupDepth == 1 ? "+ " : margin());
                out.append(isGroup ? "Exception Group Traceback (most recent call last):\n"
                        : "Traceback (most recent call last):\n");
                StringBuilder entries = new StringBuilder();
                formatEntries(entries, tb);
                String prefix = " ".repeat(2 * groupDepth) + margin();
                for (String line : entries.toString().split("\n", -1)) {
                    if (!line.isEmpty()) {
                        out.append(prefix).append(line).append('\n');
                    }
                }
            }
            indentedMargin();
            out.append(exceptionLine(e)).append('\n');
            StringBuilder noteLines = new StringBuilder();
            notes(noteLines, e);
            if (noteLines.length() > 0) {
                String text = noteLines.substring(0, noteLines.length() - 1);
                for (String line : text.split("\n", -1)) {
                    indentedMargin();
                    out.append(line).append('\n');
                }
            }
        }

        /** print_exception_group: the group itself, then each member in a numbered frame. */
        void group(PyBaseException e) {
            if (groupDepth > MAX_GROUP_DEPTH) {
                indentedMargin();
                out.append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
                return;
            }
            if (groupDepth == 0) {
                groupDepth++;
            }
            exception(e);
            PyObject[] excs = ExceptionGroups.members(e);
            int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < n; i++) {
                boolean last = i == n - 1;
                if (last) {
                    // The closing line may be drawn by a nested group instead.
                    needClose = true;
                }
                indent();
                boolean truncated = i >= MAX_GROUP_WIDTH;
                out.append(i == 0 ? "+-" : "  ").append("+---------------- ")
                        .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
                groupDepth++;
                if (!truncated) {
                    if (excs[i] instanceof PyBaseException member) {
                        exceptionRecursive(member);
                    }
                } else {
                    int remaining = excs.length - MAX_GROUP_WIDTH;
                    indentedMargin();
                    out.append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "")
                            .append('\n');
                }
                if (last && needClose) {
                    indent();
                    out.append("+------------------------------------\n");
                    needClose = false;
                }
                groupDepth--;
            }
            if (groupDepth == 1) {
                groupDepth--;
            }
        }
    }

    /** print_exception_notes: each note of __notes__ on its own line(s), or the repr of a non-sequence. */
    static void notes(StringBuilder out, PyBaseException e) {
        PyObject notes;
        try {
            notes = Ops.getattrOrNull(e, ExceptionMethods.NOTES);
        } catch (PyException failed) {
            Heap.decref(failed.value);
            return;
        }
        if (notes == null) {
            return;
        }
        try {
            if (!(notes instanceof PyList || notes instanceof PyTuple)) {
                String r;
                try {
                    r = Ops.reprString(notes);
                } catch (PyException failed) {
                    Heap.decref(failed.value);
                    r = "<__notes__ repr() failed>";
                }
                out.append(r).append('\n');
                return;
            }
            PyObject[] items = notes instanceof PyList l ? java.util.Arrays.copyOf(l.items, l.size) : ((PyTuple) notes).items;
            for (PyObject note : items) {
                String text;
                try {
                    text = Ops.strString(note);
                } catch (PyException failed) {
                    Heap.decref(failed.value);
                    text = "<note str() failed>";
                }
                out.append(text).append('\n');
            }
        } finally {
            Heap.decref(notes);
        }
    }

    private static void formatEntries(StringBuilder out, Traceback.PyTraceback tb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (Traceback.PyTraceback t = tb; t != null; t = t.next) {
            Frame f = t.frame.frame;
            String file = f.code.filename;
            String name = f.code.name;
            if (file.equals(lastFile) && t.lineno == lastLine && name.equals(lastName)) {
                count++;
                if (count > RECURSIVE_CUTOFF) {
                    continue;
                }
            } else {
                repeated(out, count);
                lastFile = file;
                lastLine = t.lineno;
                lastName = name;
                count = 1;
            }
            out.append("  File \"").append(file).append("\", line ").append(t.lineno).append(", in ").append(name)
                    .append('\n');
            sourceLine(out, file, t.lineno, t.position);
        }
        repeated(out, count);
    }

    private static void repeated(StringBuilder out, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** The stripped source line and, where the failing range is narrower than the line, its carets. */
    static void sourceLine(StringBuilder out, String file, int lineno, Node position) {
        if (file.startsWith("<") && file.endsWith(">")) {
            // CPython reads the line from the file system, where "<string>" (-c, exec) is not found.
            return;
        }
        String line = SourceLines.line(file, lineno);
        if (line == null) {
            return;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t'
                || line.charAt(indent) == '\f')) {
            indent++;
        }
        // CPython prints the line as read, indentation removed but trailing whitespace kept,
        // and judges "the range covers the whole line" against that same text.
        int lineEnd = line.length();
        while (lineEnd > indent && (line.charAt(lineEnd - 1) == '\n' || line.charAt(lineEnd - 1) == '\r')) {
            lineEnd--;
        }
        String stripped = line.substring(indent, lineEnd);
        if (stripped.isBlank()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        if (position == null || position.lineno != lineno || position.colOffset < 0 || position.endColOffset < 0) {
            return;
        }
        int start = charOffset(line, position.colOffset);
        int end;
        int leftEnd = -1;
        int rightStart = -1;
        if (position.endLineno == position.lineno) {
            end = charOffset(line, position.endColOffset);
            if (start < 0 || end < 0 || end < start) {
                return;
            }
            int[] anchors = anchors(line.substring(start, Math.min(end, line.length())));
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
            }
        } else {
            if (start < 0) {
                return;
            }
            end = line.stripTrailing().length();
        }
        boolean secondary = leftEnd != -1 || rightStart != -1;
        if (end - start == stripped.length() && !secondary) {
            return;
        }
        if (secondary) {
            leftEnd += start;
            rightStart += start;
        }
        StringBuilder carets = new StringBuilder("    ");
        for (int offset = indent + 1; offset <= end; offset++) {
            if (offset <= start) {
                carets.append(' ');
            } else if (secondary && leftEnd < offset && offset <= rightStart) {
                carets.append('^');
            } else {
                carets.append(secondary ? '~' : '^');
            }
        }
        out.append(carets).append('\n');
    }

    /** The character offset of UTF-8 byte offset {@code bytes} in {@code line}; -1 past the end. */
    static int charOffset(String line, int bytes) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (bytes > b.length) {
            bytes = b.length;
        }
        return new String(b, 0, bytes, StandardCharsets.UTF_8).length();
    }

    /**
     * extract_anchors_from_line: for a segment that parses as a binary operation or a
     * subscript, the character offsets that delimit the operator or the brackets.
     */
    static int[] anchors(String segment) {
        Mod.Module m;
        try {
            m = SourceParser.parse(segment, "<string>");
        } catch (Exception e) {
            return null;
        }
        if (m.body.size() != 1 || !(m.body.get(0) instanceof Stmt.Expr se)) {
            return null;
        }
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        if (se.value instanceof Expr.BinOp b) {
            if (b.left.endLineno != 1 || b.right.lineno != 1) {
                return null;
            }
            left = -1;
            right = -1;
            for (int i = b.left.endColOffset; i < b.right.colOffset; i++) {
                char c = (char) bytes[i];
                if (c == ' ' || c == '\t' || c == '\f') {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < b.right.colOffset && !isSpace((char) bytes[i + 1])) {
                    right++;
                }
                if (i + 1 < b.right.colOffset && c == ')') {
                    continue;
                }
                break;
            }
            if (left < 0) {
                return null;
            }
        } else if (se.value instanceof Expr.Subscript s) {
            if (s.value.endLineno != 1 || s.slice.endLineno != 1) {
                return null;
            }
            left = s.value.endColOffset;
            right = s.slice.endColOffset + 1;
            int len = bytes.length;
            while (left < len && (isSpace((char) bytes[left]) || bytes[left] != '[')) {
                left++;
            }
            while (right < len && (isSpace((char) bytes[right]) || bytes[right] != ']')) {
                right++;
            }
            if (right < len) {
                right++;
            }
        } else {
            return null;
        }
        return new int[] {charOffset(segment, left), charOffset(segment, right)};
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
    }

    /** "Type: message", with the module for classes outside builtins and __main__, and suggestions. */
    public static String exceptionLine(PyBaseException e) {
        PyType t = e.type;
        String name = t.qualname;
        if (t.heapType) {
            PyObject module = t.dict.getStr(Names.__module__);
            if (module instanceof PyStr m && !m.value.equals("builtins") && !m.value.equals("__main__")) {
                name = m.value + "." + name;
            }
        }
        String message;
        try {
            message = Ops.strString(e);
        } catch (PyException inner) {
            Heap.decref(inner.value);
            message = "<exception str() failed>";
        }
        String suggestion = Suggestions.forException(e);
        if (suggestion != null) {
            message = message + ". Did you mean: '" + suggestion + "'?";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }
}
