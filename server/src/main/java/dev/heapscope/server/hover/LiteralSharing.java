package dev.heapscope.server.hover;

import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Declarations;
import java.math.BigInteger;

/**
 * Whether CPython 3.11 shares the object a literal evaluates to: the small-int cache
 * (-5..256), singletons (None, True, False, Ellipsis, the empty string and one-character
 * Latin-1 strings), interned string constants (only name characters), and otherwise the
 * code object's constants, shared by equal literals of one code object only.
 */
final class LiteralSharing {
    private static final BigInteger SMALL_MIN = BigInteger.valueOf(-5);
    private static final BigInteger SMALL_MAX = BigInteger.valueOf(256);

    private LiteralSharing() {
    }

    static String describe(Analysis analysis, Expr.Constant constant) {
        ConstantValue value = constant.value;
        String head = "```python\n(" + Declarations.typeName(value) + " literal) " + shorten(Declarations.source(analysis, constant)) + "\n```\n\n";
        return head + sharing(value) + "\n";
    }

    static String sharing(ConstantValue value) {
        if (value instanceof ConstantValue.IntValue i) {
            if (i.value().compareTo(SMALL_MIN) >= 0 && i.value().compareTo(SMALL_MAX) <= 0) {
                return "Small int: CPython creates the ints -5..256 once, at start-up, and every " + i.value()
                        + " anywhere in the program is that one object (`is` is True, the refcount is huge).";
            }
            return "Int constant: stored once in the code object's `co_consts`; equal literals in the same "
                    + "code object share it, but an equal int computed at run time is a new object.";
        }
        if (value instanceof ConstantValue.StrValue s) {
            String text = s.value();
            if (text.isEmpty()) {
                return "The empty string: a singleton, shared by every `''` in the program.";
            }
            if (text.codePointCount(0, text.length()) == 1 && text.codePointAt(0) < 256) {
                return "One-character Latin-1 string: CPython keeps a singleton for each such character, "
                        + "shared everywhere.";
            }
            if (allNameCharacters(text)) {
                return "Interned string: a constant made only of ASCII letters, digits and underscores is "
                        + "interned when the code is compiled, so every equal such literal, in any module, "
                        + "is the same object.";
            }
            return "String constant: stored once in the code object's `co_consts` (shared by equal literals "
                    + "of that code object) but not interned, because it holds characters other than ASCII "
                    + "letters, digits and underscores.";
        }
        if (value instanceof ConstantValue.NoneValue || value instanceof ConstantValue.BoolValue
                || value instanceof ConstantValue.EllipsisValue) {
            return "Singleton: there is exactly one such object in the interpreter; compare it with `is`.";
        }
        if (value instanceof ConstantValue.BytesValue b) {
            return b.value().length <= 1
                    ? "Bytes singleton: CPython keeps one object for `b''` and for each single byte."
                    : "Bytes constant: stored once in the code object's `co_consts`, shared by equal literals "
                    + "of that code object.";
        }
        return "Constant: stored once in the code object's `co_consts`, shared by equal literals of that code "
                + "object; an equal value computed at run time is a new object.";
    }

    private static boolean allNameCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
