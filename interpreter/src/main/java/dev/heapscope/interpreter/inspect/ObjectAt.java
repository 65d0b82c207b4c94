package dev.heapscope.interpreter.inspect;

import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.language.symtable.SymbolTable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The object a name in the source refers to while the program is paused: the name at a
 * position is found in the symbol table (so its block and its scope are CPython's: local,
 * cell, free, global or builtin), then read in the innermost paused frame running that
 * block, the way the compiled code would load it. Reads fields only; nothing is
 * allocated and no count changes.
 */
public final class ObjectAt {
    private ObjectAt() {
    }

    /** The name, how its block reaches it, the frame it was read in, and the object. */
    public record Found(String name, NameKind kind, Frame frame, PyObject value) {
    }

    /** Either a binding or the reason there is none, in one sentence. */
    public record Answer(Found found, String reason) {
        static Answer no(String reason) {
            return new Answer(null, reason);
        }
    }

    /** A name of the source and the block whose symbol it is. */
    private record Located(String word, Scope scope, Symbol symbol) {
    }

    /**
     * Resolves the name at {@code line} (from 1) and {@code column} (from 0, in UTF-16
     * code units as editors count) of {@code source}, whose table is {@code table}, in
     * {@code stack} (innermost frame first).
     */
    public static Answer resolve(SymbolTable table, String source, int line, int column, List<Frame> stack) {
        String[] lines = source.split("\r\n|\r|\n", -1);
        if (line < 1 || line > lines.length) {
            return Answer.no("line " + line + " is outside " + table.filename());
        }
        String text = lines[line - 1];
        int at = column;
        if (!(at < text.length() && isNamePart(text.charAt(at))) && at > 0 && at - 1 < text.length()
                && isNamePart(text.charAt(at - 1))) {
            at--;
        }
        if (at < 0 || at >= text.length() || !isNamePart(text.charAt(at))) {
            return Answer.no("there is no name at line " + line + ", column " + (column + 1));
        }
        int start = at;
        while (start > 0 && isNamePart(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && isNamePart(text.charAt(end))) {
            end++;
        }
        String word = text.substring(start, end);
        if (Character.isDigit(word.charAt(0)) || KEYWORDS.contains(word)) {
            return Answer.no("there is no name at line " + line + ", column " + (column + 1));
        }
        int startByte = text.substring(0, start).getBytes(StandardCharsets.UTF_8).length;
        Located exact = exact(table.module(), word, line, startByte);
        Located located = exact != null ? exact : statement(table.module(), word, line, startByte);
        if (located == null) {
            return Answer.no("`" + word + "` at line " + line + " is not a name the program binds or reads");
        }
        return read(located, table.filename(), stack);
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.isUnicodeIdentifierPart(c) && c > 127;
    }

    /** A block with an occurrence of {@code word} whose node starts exactly there (a Name, a parameter). */
    private static Located exact(Scope scope, String word, int line, int startByte) {
        Symbol s = scope.lookup(word);
        if (s != null) {
            for (Occurrence o : s.occurrences()) {
                if (o.lineno() == line && o.colOffset() == startByte) {
                    return new Located(word, scope, s);
                }
            }
        }
        for (Scope child : scope.children()) {
            Located l = exact(child, word, line, startByte);
            if (l != null) {
                return l;
            }
        }
        return null;
    }

    /**
     * The innermost block with a statement on {@code line} that binds or declares
     * {@code word} without a node for the name alone: def, class, import, global,
     * nonlocal, except ... as.
     */
    private static Located statement(Scope scope, String word, int line, int startByte) {
        for (Scope child : scope.children()) {
            Located l = statement(child, word, line, startByte);
            if (l != null) {
                return l;
            }
        }
        Symbol s = scope.lookup(word);
        if (s != null) {
            for (Occurrence o : s.occurrences()) {
                if (o.kind() != Occurrence.Kind.USE && o.lineno() == line && o.colOffset() <= startByte) {
                    return new Located(word, scope, s);
                }
            }
        }
        return null;
    }

    /** Reads the located name in the innermost frame running its block, as the block's code would. */
    private static Answer read(Located l, String filename, List<Frame> stack) {
        Frame frame = null;
        for (Frame f : stack) {
            if (runs(f.code, l.scope(), filename)) {
                frame = f;
                break;
            }
        }
        SymbolScope where = l.symbol().scope();
        boolean global = where.isGlobal() || l.scope().type() == ScopeType.MODULE;
        if (frame == null && global) {
            for (Frame f : stack) {
                if (f.code.kind == PyCode.Kind.MODULE && filename.equals(f.code.filename)) {
                    frame = f;
                    break;
                }
            }
        }
        if (frame == null) {
            return Answer.no("`" + l.scope().name() + "` is not running, so `" + l.word() + "` has no value now");
        }
        String stored = l.symbol().name();
        if (global) {
            return globalOrBuiltin(l.word(), stored, frame, where != SymbolScope.GLOBAL_EXPLICIT);
        }
        if (frame.code.kind == PyCode.Kind.CLASS) {
            // A class body loads its names from its namespace first (LOAD_NAME, LOAD_CLASSDEREF).
            PyObject v = frame.locals instanceof PyDict d ? ObjectView.lookupStr(d, stored) : null;
            if (v != null) {
                return found(l.word(), NameKind.LOCAL, frame, v);
            }
            if (where == SymbolScope.LOCAL) {
                return globalOrBuiltin(l.word(), stored, frame, true);
            }
        }
        PyCode c = frame.code;
        for (int i = 0; i < c.slotNames.length && i < frame.fast.length; i++) {
            if (!c.slotNames[i].equals(stored)) {
                continue;
            }
            boolean cellSlot = c.isCellSlot(i);
            if (where == SymbolScope.LOCAL && !cellSlot) {
                return valueOf(l.word(), l.symbol().isParameter() ? NameKind.PARAMETER : NameKind.LOCAL, frame,
                        frame.fast[i]);
            }
            if (where == SymbolScope.CELL && cellSlot && i < c.freeStart
                    || where == SymbolScope.FREE && i >= c.freeStart) {
                PyObject cell = frame.fast[i];
                return valueOf(l.word(), where == SymbolScope.CELL ? NameKind.CELL : NameKind.FREE, frame,
                        cell instanceof PyCell pc ? pc.contents : null);
            }
        }
        return Answer.no("`" + l.word() + "` is not bound yet in `" + FrameView.name(frame) + "`");
    }

    private static Answer valueOf(String word, NameKind kind, Frame frame, PyObject value) {
        if (value == null) {
            return Answer.no("`" + word + "` is not bound yet in `" + FrameView.name(frame) + "`");
        }
        return found(word, kind, frame, value);
    }

    private static Answer globalOrBuiltin(String word, String stored, Frame frame, boolean builtins) {
        PyObject v = frame.globals == null ? null : ObjectView.lookupStr(frame.globals, stored);
        if (v != null) {
            return found(word, NameKind.GLOBAL, frame, v);
        }
        v = builtins && frame.builtins != null ? ObjectView.lookupStr(frame.builtins, stored) : null;
        if (v != null) {
            return found(word, NameKind.BUILTIN, frame, v);
        }
        return Answer.no("`" + word + "` is not defined yet");
    }

    private static Answer found(String word, NameKind kind, Frame frame, PyObject value) {
        return new Answer(new Found(word, kind, frame, value), null);
    }

    /** Whether {@code code} is the code the compiler made from the block {@code scope} of {@code filename}. */
    static boolean runs(PyCode code, Scope scope, String filename) {
        if (!filename.equals(code.filename)) {
            return false;
        }
        return switch (scope.type()) {
            case MODULE -> code.kind == PyCode.Kind.MODULE;
            case CLASS -> code.kind == PyCode.Kind.CLASS && code.firstLineno == scope.lineno()
                    && code.name.equals(scope.name());
            case FUNCTION -> code.kind == PyCode.Kind.FUNCTION && code.firstLineno == scope.lineno()
                    && (code.name.equals(scope.name()) || code.name.equals("<" + scope.name() + ">"));
            case ANNOTATION -> false;
        };
    }

    /** Python 3.11's keywords and soft keywords that are never names at a position of interest. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");
}
