package dev.heapscope.interpreter.modules.sre;

import java.util.Arrays;

/**
 * A backtracking matcher with an explicit stack. Every change of state that a later
 * failure must undo (a group mark, a repeat counter) pushes its old value on the stack;
 * every alternative not yet tried pushes a choice point. Failing pops entries, undoing
 * them, down to the newest choice point. The Java stack grows only with the nesting of
 * lookarounds and atomic groups in the pattern, never with the length of the subject.
 */
final class Matcher {
    private static final int K_CHOICE = 0; // pc, pos
    private static final int K_MARK = 1; // slot, old value
    private static final int K_REP = 2; // id, old count, old start
    private static final int K_GREEDY = 3; // next, base, count, min
    private static final int K_LAZY = 4; // instruction, base, count
    private static final int[] SIZE = {3, 3, 4, 5, 4};

    private final int[] code;
    private final CharSet[] sets;
    private final int groups;
    private int[] s;
    private int end;
    /** marks[2g], marks[2g+1]: group g's span (g >= 1); marks[lastSlot]: lastindex. */
    private final int[] marks;
    private final int lastSlot;
    private final int[] counts;
    private final int[] repStart;
    private int[] stack = new int[256];
    private int sp;
    private boolean fullmatch;
    private boolean mustAdvance;
    private int startPos;
    /** Where the last successful run ended. */
    private int resultPos;
    private int[] scratch = new int[64];

    Matcher(Program p) {
        this.code = p.code;
        this.sets = p.sets;
        this.groups = p.groups;
        this.marks = new int[2 * groups + 3];
        this.lastSlot = 2 * groups + 2;
        this.counts = new int[p.repeats];
        this.repStart = new int[p.repeats];
    }

    int[] exec(int[] subject, int pos, int endpos, int mode, boolean mustAdvance) {
        this.s = subject;
        this.end = endpos;
        this.fullmatch = mode == Program.MODE_FULLMATCH;
        try {
            if (mode != Program.MODE_SEARCH) {
                return attempt(pos, mustAdvance) ? result() : null;
            }
            int first = code[0] == Opcodes.CHAR ? code[1] : -1;
            boolean anchored = code[0] == Opcodes.AT
                    && (code[1] == Opcodes.AT_BEGINNING_STRING || code[1] == Opcodes.AT_BEGINNING);
            for (int start = pos; start <= endpos; start++) {
                if (first >= 0) {
                    while (start < endpos && subject[start] != first) {
                        start++;
                    }
                    if (start >= endpos) {
                        return null;
                    }
                }
                if (attempt(start, mustAdvance && start == pos)) {
                    return result();
                }
                if (anchored) {
                    return null;
                }
            }
            return null;
        } finally {
            this.s = null;
        }
    }

    private boolean attempt(int start, boolean advance) {
        Arrays.fill(marks, -1);
        sp = 0;
        startPos = start;
        mustAdvance = advance;
        return run(0, start, 0);
    }

    private int[] result() {
        int[] r = new int[2 * groups + 3];
        r[0] = marks[lastSlot];
        r[1] = startPos;
        r[2] = resultPos;
        for (int g = 1; g <= groups; g++) {
            int a = marks[2 * g];
            int b = marks[2 * g + 1];
            if (a >= 0 && b >= 0) {
                r[2 * g + 1] = a;
                r[2 * g + 2] = b;
            } else {
                r[2 * g + 1] = -1;
                r[2 * g + 2] = -1;
            }
        }
        return r;
    }

    private void push3(int a, int b, int kind) {
        if (sp + 5 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[sp] = a;
        stack[sp + 1] = b;
        stack[sp + 2] = kind;
        sp += 3;
    }

    private void push4(int a, int b, int c, int kind) {
        if (sp + 5 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[sp] = a;
        stack[sp + 1] = b;
        stack[sp + 2] = c;
        stack[sp + 3] = kind;
        sp += 4;
    }

    private void push5(int a, int b, int c, int d, int kind) {
        if (sp + 5 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[sp] = a;
        stack[sp + 1] = b;
        stack[sp + 2] = c;
        stack[sp + 3] = d;
        stack[sp + 4] = kind;
        sp += 5;
    }

    private void setMark(int slot, int value) {
        push3(slot, marks[slot], K_MARK);
        marks[slot] = value;
    }

    /** Whether the single-character instruction at pc matches s[pos] (pos < end). */
    private boolean one(int pc, int pos) {
        int c = s[pos];
        switch (code[pc]) {
            case Opcodes.CHAR:
                return c == code[pc + 1];
            case Opcodes.CHAR_IGNORE:
                return Chars.fold(c, code[pc + 1]) == code[pc + 2];
            case Opcodes.ANY:
                return c != '\n';
            case Opcodes.ANY_ALL:
                return true;
            case Opcodes.SET: {
                int f = code[pc + 2];
                return sets[code[pc + 1]].matches(c, f >> 1, (f & Opcodes.SET_IGNORE) != 0);
            }
            default:
                throw new IllegalStateException("not a single-character instruction: " + code[pc]);
        }
    }

    private boolean isWordAt(int pos, int mode) {
        return pos >= 0 && pos < end && Chars.isWord(s[pos], mode);
    }

    private boolean at(int kind, int mode, int pos) {
        switch (kind) {
            case Opcodes.AT_BEGINNING:
            case Opcodes.AT_BEGINNING_STRING:
                return pos == 0;
            case Opcodes.AT_BEGINNING_LINE:
                return pos == 0 || s[pos - 1] == '\n';
            case Opcodes.AT_END:
                return pos == end || (pos == end - 1 && s[pos] == '\n');
            case Opcodes.AT_END_LINE:
                return pos == end || s[pos] == '\n';
            case Opcodes.AT_END_STRING:
                return pos == end;
            case Opcodes.AT_BOUNDARY:
                return end > 0 && isWordAt(pos - 1, mode) != isWordAt(pos, mode);
            case Opcodes.AT_NON_BOUNDARY:
                return end > 0 && isWordAt(pos - 1, mode) == isWordAt(pos, mode);
            default:
                throw new IllegalStateException("unknown position test " + kind);
        }
    }

    /**
     * Runs from pc at pos until MATCH or SUCCEED (true, resultPos set) or until every
     * choice above stack height base has failed (false, the stack back at base and every
     * change undone).
     */
    private boolean run(int pc, int pos, int base) {
        int[] code = this.code;
        while (true) {
            boolean ok;
            switch (code[pc]) {
                case Opcodes.MATCH:
                    ok = !(fullmatch && pos != end) && !(mustAdvance && pos == startPos);
                    if (ok) {
                        resultPos = pos;
                        return true;
                    }
                    break;
                case Opcodes.SUCCEED:
                    resultPos = pos;
                    return true;
                case Opcodes.CHAR:
                    ok = pos < end && s[pos] == code[pc + 1];
                    if (ok) {
                        pos++;
                        pc += 2;
                        continue;
                    }
                    break;
                case Opcodes.CHAR_IGNORE:
                    ok = pos < end && Chars.fold(s[pos], code[pc + 1]) == code[pc + 2];
                    if (ok) {
                        pos++;
                        pc += 3;
                        continue;
                    }
                    break;
                case Opcodes.ANY:
                    ok = pos < end && s[pos] != '\n';
                    if (ok) {
                        pos++;
                        pc += 1;
                        continue;
                    }
                    break;
                case Opcodes.ANY_ALL:
                    ok = pos < end;
                    if (ok) {
                        pos++;
                        pc += 1;
                        continue;
                    }
                    break;
                case Opcodes.SET:
                    ok = pos < end && one(pc, pos);
                    if (ok) {
                        pos++;
                        pc += 3;
                        continue;
                    }
                    break;
                case Opcodes.AT:
                    ok = at(code[pc + 1], code[pc + 2], pos);
                    if (ok) {
                        pc += 3;
                        continue;
                    }
                    break;
                case Opcodes.SAVE: {
                    int slot = code[pc + 1];
                    setMark(slot, pos);
                    if ((slot & 1) != 0) {
                        setMark(lastSlot, slot >> 1);
                    }
                    pc += 2;
                    continue;
                }
                case Opcodes.JUMP:
                    pc = code[pc + 1];
                    continue;
                case Opcodes.SPLIT:
                    push3(code[pc + 1], pos, K_CHOICE);
                    pc += 2;
                    continue;
                case Opcodes.FAIL:
                    break;
                case Opcodes.REPEAT_ONE: {
                    int min = code[pc + 1];
                    int max = code[pc + 2];
                    int kind = code[pc + 3];
                    int next = code[pc + 4];
                    int item = pc + 5;
                    int limit = kind == 1 ? min : (int) Math.min((long) max, (long) end - pos);
                    if (limit > end - pos) {
                        limit = end - pos;
                    }
                    int count = 0;
                    while (count < limit && one(item, pos + count)) {
                        count++;
                    }
                    if (count < min) {
                        break;
                    }
                    if (kind == 1) {
                        if (count < max) {
                            push4(pc, pos, count, K_LAZY);
                        }
                    } else if (count > min) {
                        push5(next, pos, count, min, K_GREEDY);
                    }
                    pos += count;
                    pc = next;
                    continue;
                }
                case Opcodes.REP_INIT: {
                    int id = code[pc + 1];
                    push4(id, counts[id], repStart[id], K_REP);
                    counts[id] = 0;
                    repStart[id] = -1;
                    pc += 2;
                    continue;
                }
                case Opcodes.REP_CHECK: {
                    int id = code[pc + 1];
                    int min = code[pc + 2];
                    int max = code[pc + 3];
                    int kind = code[pc + 4];
                    int exit = code[pc + 5];
                    int body = code[pc + 6];
                    int c = counts[id];
                    if (c < min) {
                        pc = body;
                    } else if (c >= max || pos == repStart[id]) {
                        // The last iteration matched the empty string: iterating again
                        // cannot change anything, so _sre stops here.
                        pc = exit;
                    } else if (kind == 1) {
                        push3(body, pos, K_CHOICE);
                        pc = exit;
                    } else {
                        push3(exit, pos, K_CHOICE);
                        pc = body;
                    }
                    continue;
                }
                case Opcodes.REP_BODY: {
                    int id = code[pc + 1];
                    push4(id, counts[id], repStart[id], K_REP);
                    repStart[id] = pos;
                    pc += 2;
                    continue;
                }
                case Opcodes.REP_END: {
                    int id = code[pc + 1];
                    push4(id, counts[id], repStart[id], K_REP);
                    counts[id]++;
                    pc = code[pc + 2];
                    continue;
                }
                case Opcodes.GROUPREF: {
                    int g = code[pc + 1];
                    int a = marks[2 * g];
                    int b = marks[2 * g + 1];
                    ok = a >= 0 && b >= 0 && b - a <= end - pos;
                    if (ok) {
                        boolean ignore = code[pc + 2] != 0;
                        int mode = code[pc + 3];
                        for (int i = 0; i < b - a; i++) {
                            int x = s[a + i];
                            int y = s[pos + i];
                            if (x != y && !(ignore && Chars.fold(x, mode) == Chars.fold(y, mode))) {
                                ok = false;
                                break;
                            }
                        }
                    }
                    if (ok) {
                        pos += b - a;
                        pc += 4;
                        continue;
                    }
                    break;
                }
                case Opcodes.GROUP_EXISTS: {
                    int g = code[pc + 1];
                    pc = marks[2 * g] >= 0 && marks[2 * g + 1] >= 0 ? pc + 3 : code[pc + 2];
                    continue;
                }
                case Opcodes.ASSERT: {
                    boolean negate = code[pc + 1] != 0;
                    int width = code[pc + 2];
                    int from = width < 0 ? pos : pos - width;
                    int h = sp;
                    boolean matched = from >= 0 && run(pc + 4, from, h);
                    if (matched) {
                        if (negate) {
                            unwind(h);
                        } else {
                            keepUndo(h);
                        }
                    }
                    ok = matched != negate;
                    if (ok) {
                        pc = code[pc + 3];
                        continue;
                    }
                    break;
                }
                case Opcodes.ATOMIC: {
                    int h = sp;
                    ok = run(pc + 2, pos, h);
                    if (ok) {
                        keepUndo(h);
                        pos = resultPos;
                        pc = code[pc + 1];
                        continue;
                    }
                    break;
                }
                default:
                    throw new IllegalStateException("unknown instruction " + code[pc]);
            }
            // Failure: undo down to the newest choice point and resume there.
            long resume = backtrack(base);
            if (resume < 0) {
                return false;
            }
            pc = (int) (resume >>> 32);
            pos = (int) resume;
        }
    }

    /** Pops to the newest choice point above base: (pc << 32 | pos), or -1 when there is none. */
    private long backtrack(int base) {
        while (sp > base) {
            int kind = stack[sp - 1];
            switch (kind) {
                case K_CHOICE:
                    sp -= 3;
                    return (long) stack[sp] << 32 | (stack[sp + 1] & 0xffffffffL);
                case K_MARK:
                    sp -= 3;
                    marks[stack[sp]] = stack[sp + 1];
                    break;
                case K_REP:
                    sp -= 4;
                    counts[stack[sp]] = stack[sp + 1];
                    repStart[stack[sp]] = stack[sp + 2];
                    break;
                case K_GREEDY: {
                    int next = stack[sp - 5];
                    int basePos = stack[sp - 4];
                    int count = stack[sp - 3] - 1;
                    int min = stack[sp - 2];
                    // Skip counts where the literal that must follow cannot match.
                    if (code[next] == Opcodes.CHAR) {
                        int c = code[next + 1];
                        while (count >= min && (basePos + count >= end || s[basePos + count] != c)) {
                            count--;
                        }
                        if (count < min) {
                            sp -= 5;
                            break;
                        }
                    }
                    if (count > min) {
                        stack[sp - 3] = count;
                    } else {
                        sp -= 5;
                    }
                    return (long) next << 32 | (basePos + count);
                }
                case K_LAZY: {
                    int pc = stack[sp - 4];
                    int basePos = stack[sp - 3];
                    int count = stack[sp - 2];
                    int max = code[pc + 2];
                    if (basePos + count < end && one(pc + 5, basePos + count)) {
                        count++;
                        if (count < max) {
                            stack[sp - 2] = count;
                        } else {
                            sp -= 4;
                        }
                        return (long) code[pc + 4] << 32 | (basePos + count);
                    }
                    sp -= 4;
                    break;
                }
                default:
                    throw new IllegalStateException("corrupt backtracking stack");
            }
        }
        return -1;
    }

    /** Pops everything above h, undoing each change (a negative assertion whose body matched). */
    private void unwind(int h) {
        while (sp > h) {
            int kind = stack[sp - 1];
            if (kind == K_MARK) {
                marks[stack[sp - 3]] = stack[sp - 2];
            } else if (kind == K_REP) {
                counts[stack[sp - 4]] = stack[sp - 3];
                repStart[stack[sp - 4]] = stack[sp - 2];
            }
            sp -= SIZE[kind];
        }
    }

    /**
     * Drops the choice points above h but keeps the undo entries, in order: a matched
     * atomic group or lookaround is not re-entered, but its group marks must still be
     * undone if a later failure backtracks past it.
     */
    private void keepUndo(int h) {
        int n = 0;
        int top = sp;
        if (scratch.length < top - h) {
            scratch = new int[top - h];
        }
        // Walk down collecting the undo entries, then copy them back up in their order.
        int w = top - h;
        while (top > h) {
            int kind = stack[top - 1];
            int size = SIZE[kind];
            top -= size;
            if (kind == K_MARK || kind == K_REP) {
                w -= size;
                System.arraycopy(stack, top, scratch, w, size);
                n += size;
            }
        }
        System.arraycopy(scratch, w, stack, h, n);
        sp = h + n;
    }
}
