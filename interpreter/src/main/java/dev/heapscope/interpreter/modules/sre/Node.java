package dev.heapscope.interpreter.modules.sre;

import java.util.List;

/**
 * The parse tree of a pattern, one record per construct of CPython's sre_parse
 * (LITERAL, ANY, IN, AT, SUBPATTERN, ATOMIC_GROUP, BRANCH, MAX/MIN/POSSESSIVE_REPEAT,
 * GROUPREF, ASSERT/ASSERT_NOT, GROUPREF_EXISTS). A subpattern is a {@link Seq}.
 */
sealed interface Node {
    /** Unbounded repeat (CPython's MAXREPEAT). */
    long MAXREPEAT = 4294967295L;

    record Literal(int c) implements Node {
    }

    record Any() implements Node {
    }

    /** A character set: ranges and categories, possibly negated. */
    record In(CharSet set) implements Node {
    }

    /** A zero-width position test, one of the AT_* kinds of {@link Opcodes}. */
    record At(int kind) implements Node {
    }

    /** A group: capturing when index >= 1; inline scoped flags when add/del are set. */
    record Group(int index, int addFlags, int delFlags, Seq body) implements Node {
    }

    record Atomic(Seq body) implements Node {
    }

    record Seq(List<Node> items) implements Node {
    }

    record Branch(List<Seq> alternatives) implements Node {
    }

    /** kind: 0 greedy, 1 lazy, 2 possessive. */
    record Repeat(int min, long max, int kind, Seq body) implements Node {
    }

    record GroupRef(int group) implements Node {
    }

    record Assert(boolean behind, boolean negate, Seq body) implements Node {
    }

    record Conditional(int group, Seq yes, Seq no) implements Node {
    }
}
