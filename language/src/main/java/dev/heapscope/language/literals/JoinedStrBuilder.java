package dev.heapscope.language.literals;

import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the parts of one JoinedStr (or one plain str Constant) as CPython 3.11's
 * f-string parser state does: adjacent literal text is merged into one pending string,
 * empty text is dropped, and the pending string becomes a Constant only when an
 * expression follows it or the atom ends.
 */
final class JoinedStrBuilder {
    /** Pending literal text not yet turned into a Constant; null when there is none. */
    private CodePoints pending;
    private final List<Expr> values = new ArrayList<>();
    /** Whether any f-string took part: the result is then a JoinedStr even with no fields. */
    boolean fmode;

    void addText(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (pending == null) {
            pending = new CodePoints();
        }
        pending.append(text);
    }

    void addText(CodePoints text) {
        if (text.isEmpty()) {
            return;
        }
        if (pending == null) {
            pending = new CodePoints();
        }
        pending.append(text);
    }

    /**
     * Appends a replacement field, first turning the pending text into a Constant
     * located from {@code first} to {@code last}.
     */
    void addField(Expr.FormattedValue field, StringToken first, StringToken last) {
        if (pending != null) {
            values.add(constant(first, last));
        }
        values.add(field);
    }

    /**
     * The finished node located from {@code first} to {@code last}: a Constant when no
     * f-string took part, otherwise a JoinedStr whose last part is the pending text.
     */
    Expr finish(StringToken first, StringToken last) {
        if (!fmode) {
            if (pending == null) {
                pending = new CodePoints();
            }
            return constant(first, last);
        }
        if (pending != null) {
            values.add(constant(first, last));
        }
        return new Expr.JoinedStr(values, first.lineno(), first.colOffset(), last.endLineno(), last.endColOffset());
    }

    /**
     * CPython marks the Constant with kind 'u' when the text of {@code first} starts
     * with a lower-case 'u' (an upper-case 'U' prefix leaves kind unset).
     */
    private Expr.Constant constant(StringToken first, StringToken last) {
        ConstantValue.StrValue text = pending.toStrValue();
        pending = null;
        String kind = first.text().startsWith("u") ? "u" : null;
        return new Expr.Constant(text, kind, first.lineno(), first.colOffset(),
            last.endLineno(), last.endColOffset());
    }
}
