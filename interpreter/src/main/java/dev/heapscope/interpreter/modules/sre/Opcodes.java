package dev.heapscope.interpreter.modules.sre;

/** The instructions of a compiled pattern and the kinds of position test. */
final class Opcodes {
    private Opcodes() {
    }

    // Position tests (AT operands).
    static final int AT_BEGINNING = 0;
    static final int AT_BEGINNING_LINE = 1;
    static final int AT_BEGINNING_STRING = 2;
    static final int AT_END = 3;
    static final int AT_END_LINE = 4;
    static final int AT_END_STRING = 5;
    static final int AT_BOUNDARY = 6;
    static final int AT_NON_BOUNDARY = 7;

    /** MATCH: the whole pattern matched (subject to fullmatch and must-advance). */
    static final int MATCH = 0;
    /** CHAR c */
    static final int CHAR = 1;
    /** CHAR_IGNORE mode folded-c */
    static final int CHAR_IGNORE = 2;
    /** ANY: any character but \n. */
    static final int ANY = 3;
    static final int ANY_ALL = 4;
    /** SET set-index flags (SET_NEGATE is in the set; SET_IGNORE | mode << 1). */
    static final int SET = 5;
    /** AT kind mode */
    static final int AT = 6;
    /** SAVE slot: marks[slot] = pos (slot 2g, 2g+1 for group g). */
    static final int SAVE = 7;
    static final int JUMP = 8;
    /** SPLIT alt: continue here, backtrack to alt. */
    static final int SPLIT = 9;
    /** REPEAT_ONE min max kind next, then one single-character instruction. */
    static final int REPEAT_ONE = 10;
    /** REP_INIT id */
    static final int REP_INIT = 11;
    /** REP_CHECK id min max kind exit body-entry */
    static final int REP_CHECK = 12;
    /** REP_BODY id: an iteration begins here. */
    static final int REP_BODY = 13;
    /** REP_END id check */
    static final int REP_END = 14;
    /** GROUPREF group ignore mode */
    static final int GROUPREF = 15;
    /** GROUP_EXISTS group else */
    static final int GROUP_EXISTS = 16;
    /** ASSERT negate behind-width next, then the body ending with SUCCEED (width -1: lookahead). */
    static final int ASSERT = 17;
    /** ATOMIC next, then the body ending with SUCCEED. */
    static final int ATOMIC = 18;
    /** SUCCEED: the body of an assertion or atomic group matched. */
    static final int SUCCEED = 19;
    static final int FAIL = 20;

    static final int SET_IGNORE = 1;
}
