package dev.heapscope.language.literals;

import dev.heapscope.language.ast.Cmpop;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.ExprContext;
import dev.heapscope.language.ast.Operator;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small expression parser for testing literal decoding before the real grammar exists:
 * names, numbers, strings (nested atoms go back through {@link StringAtoms}), attribute,
 * call, subscript, list and set displays, + - * / %, comparisons, tuples and walrus in parentheses.
 * Token positions follow the {@link ExpressionParser} contract, CPython 3.11's rule for
 * f-string expressions; anything else is an "f-string: invalid syntax" error.
 */
final class MiniExpressionParser implements ExpressionParser {

    /** Where the test's atom sits: errors after it point at this token. */
    private final int[] nextToken;
    /** Invalid-escape warnings, as "warn LINE MESSAGE", shared with nested parsers. */
    final List<String> warnings;

    MiniExpressionParser(int[] nextToken, List<String> warnings) {
        this.nextToken = nextToken;
        this.warnings = warnings;
    }

    @Override
    public void invalidEscape(String message, StringToken token) {
        warnings.add("warn " + token.lineno() + " " + message);
    }

    @Override
    public String filename() {
        return "snippet.py";
    }

    @Override
    public PythonSyntaxError errorAfterAtom(String msg, StringToken lastString) {
        if (nextToken == null) {
            return ExpressionParser.super.errorAfterAtom(msg, lastString);
        }
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename(), nextToken[0],
            nextToken[1] + 1, nextToken[2], nextToken[3] + 1, null);
    }

    private record Token(String kind, String text, int lineno, int col, int endLineno, int endCol) {
    }

    private List<Token> tokens;
    private int at;

    @Override
    public Expr parseFStringExpression(String text, int lineno, int colOffset) throws PythonSyntaxError {
        tokens = tokenize(text, lineno, colOffset);
        at = 0;
        Expr result = expressionList();
        if (!peek("END")) {
            throw invalid();
        }
        return result;
    }

    private PythonSyntaxError invalid() {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "f-string: invalid syntax", filename(),
            1, 1, 1, 1, null);
    }

    private List<Token> tokenize(String text, int lineno, int colOffset) throws PythonSyntaxError {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        List<Token> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == '\n') {
                line++;
                lineStart = ++i;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
                continue;
            }
            int start = i;
            int startLine = line;
            int startCol = i - lineStart;
            String kind;
            if (Character.isDigit(c)) {
                while (i < b.length && (Character.isLetterOrDigit(b[i]) || b[i] == '.' || b[i] == '_')) {
                    i++;
                }
                kind = "NUMBER";
            } else if (c == '\'' || c == '"' || isStringPrefix(b, i)) {
                while (b[i] != '\'' && b[i] != '"') {
                    i++;
                }
                byte quote = b[i];
                boolean triple = i + 2 < b.length && b[i + 1] == quote && b[i + 2] == quote;
                i += triple ? 3 : 1;
                while (true) {
                    if (i >= b.length) {
                        throw invalid();
                    }
                    if (b[i] == '\\') {
                        i += 2;
                        continue;
                    }
                    if (b[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                    if (b[i] == quote && (!triple || i + 2 < b.length && b[i + 1] == quote && b[i + 2] == quote)) {
                        i += triple ? 3 : 1;
                        break;
                    }
                    i++;
                }
                kind = "STRING";
            } else if (c >= 0x80 || Character.isLetter(c) || c == '_') {
                while (i < b.length && ((b[i] & 0x80) != 0 || Character.isLetterOrDigit(b[i]) || b[i] == '_')) {
                    i++;
                }
                kind = "NAME";
            } else {
                String two = i + 1 < b.length ? new String(b, i, 2, StandardCharsets.US_ASCII) : "";
                i += List.of("==", "!=", "<=", ">=", ":=").contains(two) ? 2 : 1;
                kind = "OP";
            }
            int endCol = i - lineStart;
            // CPython shifts a token's columns when the token ends on the text's first line.
            boolean shift = line == 1;
            out.add(new Token(kind, new String(b, start, i - start, StandardCharsets.UTF_8), startLine + lineno - 1,
                startCol + (shift ? colOffset : 0), line + lineno - 1, endCol + (shift ? colOffset : 0)));
        }
        out.add(new Token("END", "", 0, 0, 0, 0));
        return out;
    }

    private static boolean isStringPrefix(byte[] b, int i) {
        int j = i;
        while (j < b.length && j - i < 2 && "rRbBuUfF".indexOf(b[j]) >= 0) {
            j++;
        }
        return j > i && j < b.length && (b[j] == '\'' || b[j] == '"');
    }

    private boolean peek(String kindOrOp) {
        Token t = tokens.get(at);
        return t.kind.equals(kindOrOp) || t.kind.equals("OP") && t.text.equals(kindOrOp);
    }

    private Token take(String kindOrOp) throws PythonSyntaxError {
        if (!peek(kindOrOp)) {
            throw invalid();
        }
        return tokens.get(at++);
    }

    private Expr expressionList() throws PythonSyntaxError {
        Expr first = comparison();
        if (!peek(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (peek(",")) {
            at++;
            if (peek(")") || peek("END")) {
                break;
            }
            elts.add(comparison());
        }
        Expr lastElt = elts.get(elts.size() - 1);
        return new Expr.Tuple(elts, ExprContext.Load, first.lineno, first.colOffset, lastElt.endLineno,
            lastElt.endColOffset);
    }

    private Expr comparison() throws PythonSyntaxError {
        Expr left = sum();
        List<Cmpop> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        String[] texts = {"==", "!=", "<", "<=", ">", ">="};
        Cmpop[] kinds = {Cmpop.Eq, Cmpop.NotEq, Cmpop.Lt, Cmpop.LtE, Cmpop.Gt, Cmpop.GtE};
        outer:
        while (true) {
            for (int k = 0; k < texts.length; k++) {
                if (peek(texts[k])) {
                    at++;
                    ops.add(kinds[k]);
                    comparators.add(sum());
                    continue outer;
                }
            }
            break;
        }
        if (ops.isEmpty()) {
            return left;
        }
        Expr last = comparators.get(comparators.size() - 1);
        return new Expr.Compare(left, ops, comparators, left.lineno, left.colOffset, last.endLineno,
            last.endColOffset);
    }

    private Expr sum() throws PythonSyntaxError {
        Expr left = term();
        while (peek("+") || peek("-")) {
            Operator op = tokens.get(at++).text.equals("+") ? Operator.Add : Operator.Sub;
            Expr right = term();
            left = new Expr.BinOp(left, op, right, left.lineno, left.colOffset, right.endLineno, right.endColOffset);
        }
        return left;
    }

    private Expr term() throws PythonSyntaxError {
        Expr left = postfix();
        while (peek("*") || peek("/") || peek("%")) {
            String text = tokens.get(at++).text;
            Operator op = text.equals("*") ? Operator.Mult : text.equals("/") ? Operator.Div : Operator.Mod;
            Expr right = postfix();
            left = new Expr.BinOp(left, op, right, left.lineno, left.colOffset, right.endLineno, right.endColOffset);
        }
        return left;
    }

    private Expr postfix() throws PythonSyntaxError {
        Expr e = atom();
        while (true) {
            if (peek(".")) {
                at++;
                Token name = take("NAME");
                e = new Expr.Attribute(e, name.text, ExprContext.Load, e.lineno, e.colOffset, name.endLineno,
                    name.endCol);
            } else if (peek("(")) {
                at++;
                List<Expr> args = new ArrayList<>();
                while (!peek(")")) {
                    args.add(comparison());
                    if (!peek(")")) {
                        take(",");
                    }
                }
                Token close = take(")");
                e = new Expr.Call(e, args, List.of(), e.lineno, e.colOffset, close.endLineno, close.endCol);
            } else if (peek("[")) {
                at++;
                Expr index = expressionList();
                Token close = take("]");
                e = new Expr.Subscript(e, index, ExprContext.Load, e.lineno, e.colOffset, close.endLineno,
                    close.endCol);
            } else {
                return e;
            }
        }
    }

    private Expr atom() throws PythonSyntaxError {
        Token t = tokens.get(at);
        switch (t.kind) {
            case "NAME" -> {
                at++;
                return new Expr.Name(t.text, ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case "NUMBER" -> {
                at++;
                return new Expr.Constant(NumberLiterals.parse(t.text), null, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case "STRING" -> {
                List<StringToken> parts = new ArrayList<>();
                while (peek("STRING")) {
                    Token s = tokens.get(at++);
                    parts.add(new StringToken(s.text, s.lineno, s.col, s.endLineno, s.endCol));
                }
                List<Token> saved = tokens;
                int savedAt = at;
                Expr e = StringAtoms.build(parts, new MiniExpressionParser(null, warnings));
                tokens = saved;
                at = savedAt;
                return e;
            }
            default -> {
            }
        }
        if (peek("{")) {
            at++;
            List<Expr> elts = new ArrayList<>();
            while (!peek("}")) {
                elts.add(comparison());
                if (!peek("}")) {
                    take(",");
                }
            }
            Token close = take("}");
            return new Expr.Set(elts, t.lineno, t.col, close.endLineno, close.endCol);
        }
        if (peek("[")) {
            at++;
            List<Expr> elts = new ArrayList<>();
            while (!peek("]")) {
                elts.add(comparison());
                if (!peek("]")) {
                    take(",");
                }
            }
            Token close = take("]");
            return new Expr.List(elts, ExprContext.Load, t.lineno, t.col, close.endLineno, close.endCol);
        }
        if (peek("(")) {
            at++;
            if (peek("NAME") && tokens.get(at + 1).text.equals(":=")) {
                Token name = take("NAME");
                at++;
                Expr value = comparison();
                take(")");
                Expr target = new Expr.Name(name.text, ExprContext.Store, name.lineno, name.col, name.endLineno,
                    name.endCol);
                return new Expr.NamedExpr(target, value, name.lineno, name.col, value.endLineno, value.endColOffset);
            }
            Expr inner = expressionList();
            Token close = take(")");
            if (inner instanceof Expr.Tuple tuple) {
                // A parenthesized tuple spans its parentheses.
                tuple.lineno = t.lineno;
                tuple.colOffset = t.col;
                tuple.endLineno = close.endLineno;
                tuple.endColOffset = close.endCol;
            }
            return inner;
        }
        throw invalid();
    }
}
