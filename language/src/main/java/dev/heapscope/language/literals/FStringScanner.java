package dev.heapscope.language.literals;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.nio.charset.StandardCharsets;

/**
 * Parses the body of one f-string token as CPython 3.11's f-string parser does (the one
 * before PEP 701): literal text with doubled braces, replacement fields whose extent is
 * found by scanning brackets and quotes, conversions, format specs with nested fields,
 * and the self-documenting '='.
 *
 * <p>Positions follow CPython 3.11: every Constant and FormattedValue spans the whole atom
 * (first to last token), a format spec's JoinedStr and its trailing text span the token
 * that holds it, and expressions are positioned by where their text sits in the file.
 */
final class FStringScanner {
    /** CPython's limit on brackets open inside one replacement field. */
    private static final int MAX_NESTING = 200;

    private final ExpressionParser parser;
    private final StringToken first;
    private final StringToken token;
    private final StringToken last;
    /** The token's whole text in UTF-8, prefix and quotes included; columns count these bytes. */
    private final byte[] buf;
    /** Index just past the body, where the closing quotes start. */
    private final int end;
    private final boolean raw;
    /** The scanning position in {@code buf}. */
    private int pos;

    FStringScanner(ExpressionParser parser, StringToken first, StringToken token, StringToken last,
                   byte[] buf, int bodyStart, int bodyEnd, boolean raw) {
        this.parser = parser;
        this.first = first;
        this.token = token;
        this.last = last;
        this.buf = buf;
        this.pos = bodyStart;
        this.end = bodyEnd;
        this.raw = raw;
    }

    /** Adds the whole token body to {@code state}. */
    void scanBody(JoinedStrBuilder state) throws PythonSyntaxError {
        concat(state, 0);
    }

    private PythonSyntaxError error(String msg) {
        return parser.errorAfterAtom(msg, last);
    }

    /** The byte at {@code i}; past the body this reads the closing quote, as CPython's C string does. */
    private int at(int i) {
        return i < buf.length ? buf[i] : 0;
    }

    /**
     * Adds literal text and fields to {@code state} until the body ends (level 0) or the
     * '}' closing a format spec (level 1), which is left unconsumed.
     */
    private void concat(JoinedStrBuilder state, int level) throws PythonSyntaxError {
        state.fmode = true;
        while (true) {
            int literalStart = pos;
            boolean doubledBrace = findLiteral(level);
            int literalEnd = doubledBrace ? pos - 1 : pos;
            if (literalEnd != literalStart) {
                state.addText(decodeLiteral(literalStart, literalEnd));
            }
            if (doubledBrace) {
                continue;
            }
            if (pos >= end || at(pos) == '}') {
                break;
            }
            findField(state, level);
        }
        if (level == 0 && pos < end - 1) {
            throw error("f-string: unexpected end of string");
        }
        if (level != 0 && at(pos) != '}') {
            throw error("f-string: expecting '}'");
        }
    }

    /**
     * Advances over literal text up to an unescaped '{' or '}'. At level 0 a doubled brace
     * ends the literal just after its first brace and skips the second: returns true then,
     * with {@code pos} after the pair. A '{' of a {@code \N{...}} escape is not a field.
     */
    private boolean findLiteral(int level) throws PythonSyntaxError {
        int s = pos;
        while (s < end) {
            int ch = buf[s++];
            if (!raw && ch == '\\' && s < end) {
                ch = buf[s++];
                if (ch == 'N') {
                    // CPython steps over the character after \N even when it is not '{'.
                    if (s < end && buf[s++] == '{') {
                        while (s < end && buf[s++] != '}') {
                            continue;
                        }
                    }
                    continue;
                }
                if (ch == '{') {
                    // The brace still opens a field; the backslash stays in the literal.
                    parser.invalidEscape("invalid escape sequence '\\{'", token);
                }
            }
            if (ch == '{' || ch == '}') {
                if (level == 0) {
                    if (s < end && buf[s] == ch) {
                        pos = s + 1;
                        return true;
                    }
                    if (ch == '}') {
                        pos = s - 1;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        pos = s;
        return false;
    }

    private CodePoints decodeLiteral(int from, int to) throws PythonSyntaxError {
        if (raw) {
            CodePoints text = new CodePoints();
            text.append(EscapeDecoder.decodeRaw(buf, from, to));
            return text;
        }
        EscapeDecoder decoder = new EscapeDecoder();
        CodePoints text;
        try {
            text = decoder.decodeStr(buf, from, to);
        } catch (EscapeDecoder.DecodeError e) {
            throw error("(unicode error) " + e.getMessage());
        }
        if (decoder.firstInvalidEscape() != null) {
            parser.invalidEscape(decoder.firstInvalidEscape(), token);
        }
        return text;
    }

    /** Parses one replacement field starting at the '{' at {@code pos} and adds it to {@code state}. */
    private void findField(JoinedStrBuilder state, int level) throws PythonSyntaxError {
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        pos++;
        int exprStart = pos;
        int quote = 0;
        boolean triple = false;
        int depth = 0;
        int[] brackets = new int[MAX_NESTING];
        for (; pos < end; pos++) {
            int ch = buf[pos];
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (triple) {
                        if (pos + 2 < end && buf[pos + 1] == ch && buf[pos + 2] == ch) {
                            pos += 2;
                            quote = 0;
                            triple = false;
                        }
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && buf[pos + 1] == ch && buf[pos + 2] == ch) {
                    triple = true;
                    pos += 2;
                } else {
                    triple = false;
                }
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAX_NESTING) {
                    throw error("f-string: too many nested parenthesis");
                }
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end) {
                    int next = buf[pos + 1];
                    // Two-character operators do not end the expression.
                    if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                        pos++;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') {
                    continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + (char) ch + "'");
                }
                int opening = brackets[--depth];
                if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + (char) ch
                        + "' does not match opening parenthesis '" + (char) opening + "'");
                }
            }
        }
        int exprEnd = pos;
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth != 0) {
            throw error("f-string: unmatched '" + (char) brackets[depth - 1] + "'");
        }
        if (pos >= end) {
            throw expectingBrace();
        }
        // CPython compiles the expression before looking at what follows it, so its errors come first.
        Expr expression = compileExpression(exprStart, exprEnd);

        String exprText = null;
        if (at(pos) == '=') {
            pos++;
            while (isAsciiSpace(at(pos))) {
                pos++;
            }
            if (pos >= end) {
                throw expectingBrace();
            }
            exprText = new String(buf, exprStart, pos - exprStart, StandardCharsets.UTF_8);
        }
        int conversion = -1;
        if (at(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            conversion = at(pos) & 0xff;
            pos++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        Expr formatSpec = null;
        if (pos < end && at(pos) == ':') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            JoinedStrBuilder spec = new JoinedStrBuilder();
            concat(spec, level + 1);
            formatSpec = spec.finish(token, token);
        }
        if (pos >= end || at(pos) != '}') {
            throw expectingBrace();
        }
        pos++;
        if (exprText != null) {
            state.addText(exprText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        Expr.FormattedValue field = new Expr.FormattedValue(expression, conversion, formatSpec,
            first.lineno(), first.colOffset(), last.endLineno(), last.endColOffset());
        state.addField(field, first, last);
    }

    private PythonSyntaxError expectingBrace() {
        return error("f-string: expecting '}'");
    }

    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    /**
     * Parses the expression text {@code [exprStart, exprEnd)} wrapped in parentheses.
     * The position handed to the parser is CPython 3.11's: the line of the '{' (counting
     * newlines in the token before it), and as column the '{''s column within its line of
     * the token, plus the token's own column when the token has no newline before the '{'.
     * When only whitespace separates the '{' from a newline, the column is 0 (or the
     * token's column on its first line).
     */
    private Expr compileExpression(int exprStart, int exprEnd) throws PythonSyntaxError {
        int s = exprStart;
        while (s < exprEnd && (buf[s] == ' ' || buf[s] == '\t' || buf[s] == '\n' || buf[s] == '\f')) {
            s++;
        }
        if (s == exprEnd) {
            int stop = at(exprEnd);
            if (stop == '!' || stop == ':' || stop == '=') {
                throw error("f-string: expression required before '" + (char) stop + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        int brace = exprStart - 1;
        boolean newlineAfterBrace = true;
        for (int i = exprStart; i < buf.length && buf[i] != '}' && buf[i] != '\n'; i++) {
            if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace) {
            int lineStart = brace;
            while (lineStart > 0 && buf[lineStart] != '\n') {
                lineStart--;
            }
            cols = brace - lineStart;
            if (buf[lineStart] == '\n') {
                cols--;
            }
        }
        int lines = 0;
        for (int i = 0; i < brace; i++) {
            if (buf[i] == '\n') {
                lines++;
            }
        }
        int colOffset = lines != 0 ? cols : token.colOffset() + cols;
        String text = "(" + new String(buf, exprStart, exprEnd - exprStart, StandardCharsets.UTF_8) + ")";
        return parser.parseFStringExpression(text, token.lineno() + lines, colOffset);
    }
}
