package dev.heapscope.interpreter.modules.sre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The engine on its own: parse errors, spans, backtracking and long subjects. */
class ProgramTest {
    private static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    private static int[] search(String pattern, String subject) throws PatternError {
        Program p = Program.compile(cps(pattern), true, 0);
        int[] s = cps(subject);
        return p.exec(s, 0, s.length, Program.MODE_SEARCH, false);
    }

    private static PatternError error(String pattern) {
        return assertThrows(PatternError.class, () -> Program.compile(cps(pattern), true, 0));
    }

    @Test
    void spansOfGroupsAndLastIndex() throws PatternError {
        // {lastindex, start0, end0, start1, end1, ...}
        assertArrayEquals(new int[] {2, 1, 4, 1, 2, 2, 4}, search("(a)(bc)", "xabcx"));
        assertArrayEquals(new int[] {1, 0, 3, 0, 3, 1, 2}, search("(a(b)c)", "abc"));
        assertArrayEquals(new int[] {1, 0, 1, 0, 1, -1, -1}, search("(a)(b)?", "ac"));
        assertNull(search("abd", "abc"));
    }

    @Test
    void backtracksIntoGroupsAsPythonDoes() throws PatternError {
        assertArrayEquals(new int[] {3, 0, 4, 0, 1, 1, 4, 4, 4}, search("(a|ab)(c|bcd)(d*)", "abcd"));
        assertArrayEquals(new int[] {-1, 0, 3}, search("a*?b*c", "abc"));
        assertNull(search("(?>a+)a", "aaa"));
        assertNull(search("a++a", "aaa"));
        assertArrayEquals(new int[] {-1, 2, 3}, search("(?<=ab)c", "abc"));
    }

    @Test
    void errorsCarryCPythonsMessageAndPosition() {
        PatternError e = error("(a");
        assertEquals("missing ), unterminated subpattern", e.msg);
        assertEquals(0, e.pos);
        assertEquals("nothing to repeat", error("ab|*").msg);
        assertEquals(3, error("ab|*").pos);
        assertEquals("bad escape \\q", error("\\q").msg);
        assertEquals("unknown extension ?<x", error("(?<x>a)").msg);
        assertEquals("look-behind requires fixed-width pattern", error("(?<=a*)b").msg);
        assertEquals(-1, error("(?<=a*)b").pos);
    }

    @Test
    void longSubjectsDoNotGrowTheJavaStack() throws PatternError {
        String subject = "ab".repeat(200_000);
        int[] spans = search("(?:(a)|b)*c?$", subject);
        assertEquals(subject.length(), spans[2]);
        spans = search("(?:ab)+?$", subject);
        assertEquals(subject.length(), spans[2]);
        assertEquals(subject.length(), search("(.)*", subject)[2]);
    }
}
