package dev.heapscope.interpreter.modules.sre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles a parse tree to the instructions {@link Matcher} runs. Scoped flags (?i:...)
 * are resolved here: each instruction carries the case mode and flags in force where it
 * was written, so the matcher never looks flags up.
 */
final class Compiler {
    private int[] code = new int[64];
    private int size;
    private final List<CharSet> sets = new ArrayList<>();
    private int repeats;
    private final List<long[]> groupWidths;

    private Compiler(List<long[]> groupWidths) {
        this.groupWidths = groupWidths;
    }

    /** The compiled program for a parsed pattern. */
    static Program compile(Parser.Parsed parsed, boolean isText) throws PatternError {
        Compiler c = new Compiler(parsed.groupWidths());
        int flags = parsed.flags();
        int mode = (flags & Parser.FLAG_ASCII) != 0 ? Chars.ASCII
                : (flags & Parser.FLAG_LOCALE) != 0 ? Chars.LOCALE : isText ? Chars.UNICODE : Chars.ASCII;
        c.seq(parsed.tree(), flags, mode);
        c.emit(Opcodes.MATCH);
        return new Program(Arrays.copyOf(c.code, c.size), c.sets.toArray(new CharSet[0]), parsed.groups(),
                c.repeats, parsed.groupIndex(), flags, isText);
    }

    private void emit(int... words) {
        if (size + words.length > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, size + words.length));
        }
        System.arraycopy(words, 0, code, size, words.length);
        size += words.length;
    }

    private void seq(Node.Seq s, int flags, int mode) throws PatternError {
        for (Node n : s.items()) {
            node(n, flags, mode);
        }
    }

    private static boolean isSingle(Node.Seq body) {
        if (body.items().size() != 1) {
            return false;
        }
        Node n = body.items().get(0);
        return n instanceof Node.Literal || n instanceof Node.Any || n instanceof Node.In;
    }

    private void node(Node n, int flags, int mode) throws PatternError {
        boolean ignore = (flags & Parser.FLAG_IGNORECASE) != 0;
        if (n instanceof Node.Literal lit) {
            // Under IGNORECASE a letter matches its whole case class (U+00DF also matches
            // U+1E9E, though neither its upper nor its lower case differs from it).
            if (ignore && (Character.isLetter(lit.c()) || Chars.fold(lit.c(), mode) != lit.c())) {
                emit(Opcodes.CHAR_IGNORE, mode, Chars.fold(lit.c(), mode));
            } else {
                emit(Opcodes.CHAR, lit.c());
            }
        } else if (n instanceof Node.Any) {
            emit((flags & Parser.FLAG_DOTALL) != 0 ? Opcodes.ANY_ALL : Opcodes.ANY);
        } else if (n instanceof Node.In in) {
            sets.add(in.set());
            emit(Opcodes.SET, sets.size() - 1, (ignore ? Opcodes.SET_IGNORE : 0) | mode << 1);
        } else if (n instanceof Node.At at) {
            int kind = at.kind();
            if ((flags & Parser.FLAG_MULTILINE) != 0) {
                if (kind == Opcodes.AT_BEGINNING) {
                    kind = Opcodes.AT_BEGINNING_LINE;
                } else if (kind == Opcodes.AT_END) {
                    kind = Opcodes.AT_END_LINE;
                }
            }
            emit(Opcodes.AT, kind, mode);
        } else if (n instanceof Node.Group g) {
            int inner = (flags | g.addFlags()) & ~g.delFlags();
            int innerMode = mode;
            if ((g.addFlags() & Parser.FLAG_ASCII) != 0) {
                innerMode = Chars.ASCII;
            } else if ((g.addFlags() & Parser.FLAG_LOCALE) != 0) {
                innerMode = Chars.LOCALE;
            } else if ((g.addFlags() & Parser.FLAG_UNICODE) != 0) {
                innerMode = Chars.UNICODE;
            }
            if (g.index() > 0) {
                emit(Opcodes.SAVE, 2 * g.index());
            }
            seq(g.body(), inner, innerMode);
            if (g.index() > 0) {
                emit(Opcodes.SAVE, 2 * g.index() + 1);
            }
        } else if (n instanceof Node.Seq s) {
            seq(s, flags, mode);
        } else if (n instanceof Node.Atomic a) {
            atomic(a.body(), flags, mode);
        } else if (n instanceof Node.Branch b) {
            List<Integer> jumps = new ArrayList<>();
            List<Node.Seq> alts = b.alternatives();
            for (int i = 0; i < alts.size(); i++) {
                int split = -1;
                if (i < alts.size() - 1) {
                    split = size;
                    emit(Opcodes.SPLIT, 0);
                }
                seq(alts.get(i), flags, mode);
                if (i < alts.size() - 1) {
                    jumps.add(size);
                    emit(Opcodes.JUMP, 0);
                    code[split + 1] = size;
                }
            }
            for (int j : jumps) {
                code[j + 1] = size;
            }
        } else if (n instanceof Node.Repeat r) {
            if (r.kind() == 2) {
                int start = size;
                emit(Opcodes.ATOMIC, 0);
                repeat(r, 0, flags, mode);
                emit(Opcodes.SUCCEED);
                code[start + 1] = size;
            } else {
                repeat(r, r.kind(), flags, mode);
            }
        } else if (n instanceof Node.GroupRef ref) {
            emit(Opcodes.GROUPREF, ref.group(), ignore ? 1 : 0, mode);
        } else if (n instanceof Node.Assert a) {
            int width = -1;
            if (a.behind()) {
                long[] w = Width.of(a.body(), groupWidths);
                if (w[0] != w[1]) {
                    throw new PatternError("look-behind requires fixed-width pattern", -1);
                }
                width = (int) Math.min(w[0], Integer.MAX_VALUE);
            }
            int start = size;
            emit(Opcodes.ASSERT, a.negate() ? 1 : 0, width, 0);
            seq(a.body(), flags, mode);
            emit(Opcodes.SUCCEED);
            code[start + 3] = size;
        } else if (n instanceof Node.Conditional c) {
            int start = size;
            emit(Opcodes.GROUP_EXISTS, c.group(), 0);
            seq(c.yes(), flags, mode);
            if (c.no() != null) {
                int jump = size;
                emit(Opcodes.JUMP, 0);
                code[start + 2] = size;
                seq(c.no(), flags, mode);
                code[jump + 1] = size;
            } else {
                code[start + 2] = size;
            }
        } else {
            throw new IllegalStateException("unknown node " + n);
        }
    }

    private void atomic(Node.Seq body, int flags, int mode) throws PatternError {
        int start = size;
        emit(Opcodes.ATOMIC, 0);
        seq(body, flags, mode);
        emit(Opcodes.SUCCEED);
        code[start + 1] = size;
    }

    private void repeat(Node.Repeat r, int kind, int flags, int mode) throws PatternError {
        int max = r.max() >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) r.max();
        if (isSingle(r.body())) {
            int start = size;
            emit(Opcodes.REPEAT_ONE, r.min(), max, kind, 0);
            node(r.body().items().get(0), flags, mode);
            code[start + 4] = size;
            return;
        }
        int id = repeats++;
        emit(Opcodes.REP_INIT, id);
        int check = size;
        emit(Opcodes.REP_CHECK, id, r.min(), max, kind, 0, 0);
        int body = size;
        emit(Opcodes.REP_BODY, id);
        seq(r.body(), flags, mode);
        emit(Opcodes.REP_END, id, check);
        code[check + 5] = size;
        code[check + 6] = body;
    }
}
