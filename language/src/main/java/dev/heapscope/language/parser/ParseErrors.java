package dev.heapscope.language.parser;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.PythonSyntaxError.Kind;
import dev.heapscope.language.parser.Python311Parser.DisjunctionContext;
import dev.heapscope.language.parser.Python311Parser.TestContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parser's first failure into the SyntaxError CPython 3.11 raises for the same
 * input. ANTLR reports the furthest token its prediction reached, which is the token
 * CPython's PEG parser blames for a generic "invalid syntax"; the specific messages below
 * are the ones CPython's error rules produce for the same shapes.
 */
final class ParseErrors {
    private final SourceText source;
    private final PythonLexerBase lexer;
    private final CommonTokenStream tokens;
    private final String filename;

    ParseErrors(SourceText source, PythonLexerBase lexer, CommonTokenStream tokens, String filename) {
        this.source = source;
        this.lexer = lexer;
        this.tokens = tokens;
        this.filename = filename;
    }

    /**
     * CPython's order: the parser fetching the end of input inside brackets fails at once;
     * otherwise the error rules of its second pass (the specific messages) come first, then
     * an unexpected indent or unindent, then "invalid syntax". A bracket left open on an
     * earlier line than a specific or generic error overrules it, as CPython finds when it
     * tokenizes the rest of the file.
     */
    PythonSyntaxError toSyntaxError(RecognitionException e) {
        Token t = e.getOffendingToken();
        if (t == null) {
            t = tokens.get(tokens.size() - 1);
        }
        int open = lexer.unclosedBracketIndex();
        if (open >= 0 && t.getType() == Token.EOF) {
            return neverClosed(open);
        }
        PythonSyntaxError specific;
        try {
            specific = specificError(e, t);
        } catch (EndInsideBrackets endOfInput) {
            return neverClosed(open);
        }
        if (specific != null) {
            return unclosedBefore(t, specific);
        }
        if (t.getType() == Python311Lexer.INDENT) {
            return new PythonSyntaxError(Kind.IndentationError, "unexpected indent", filename, t.getLine(),
                    t.getCharPositionInLine(), t.getLine(), -1, source.lineText(t.getLine()));
        }
        if (t.getType() == Python311Lexer.DEDENT) {
            return new PythonSyntaxError(Kind.IndentationError, "unexpected unindent", filename, t.getLine(),
                    t.getCharPositionInLine(), t.getLine(), -1, source.lineText(t.getLine()));
        }
        return unclosedBefore(t, genericError(t));
    }

    /** The message of one of CPython's error rules for the shape around {@code t}, or null. */
    private PythonSyntaxError specificError(RecognitionException e, Token t) {
        PythonSyntaxError block = expectedIndentedBlock(t);
        if (block != null) {
            return block;
        }
        PythonSyntaxError expression = new InvalidExpressions(e, t).error();
        if (expression != null) {
            return expression;
        }
        if (e instanceof InputMismatchException) {
            IntervalSet expected = e.getExpectedTokens();
            if (expected != null && expected.size() == 1 && expected.contains(Python311Lexer.COLON)) {
                return at(Kind.SyntaxError, "expected ':'", t);
            }
        }
        return null;
    }

    private PythonSyntaxError neverClosed(int bracket) {
        int line = lexer.bracketLine(bracket);
        return new PythonSyntaxError(Kind.SyntaxError, "'" + (char) lexer.bracketChar(bracket) + "' was never closed",
                filename, line, lexer.bracketCol(bracket) + 1, line, 0, source.lineText(line));
    }

    /** The innermost bracket still open at the end, if it opened on a line before {@code failed}'s. */
    private PythonSyntaxError unclosedBefore(Token failed, PythonSyntaxError error) {
        int open = lexer.unclosedBracketIndex();
        return open >= 0 && lexer.bracketLine(open) < failed.getLine() ? neverClosed(open) : error;
    }

    /** "invalid syntax" at a token, located as CPython locates it. */
    PythonSyntaxError genericError(Token t) {
        return at(Kind.SyntaxError, "invalid syntax", t);
    }

    private PythonSyntaxError at(Kind kind, String msg, Token t) {
        int line = t.getLine();
        int offset = t.getCharPositionInLine() + 1;
        int endLine = line;
        int endOffset;
        String text = t.getText();
        if (t.getType() == Python311Lexer.NEWLINE || t.getType() == Token.EOF || text == null || text.isEmpty()) {
            endOffset = offset;
        } else {
            int lastNewline = text.lastIndexOf('\n');
            if (lastNewline >= 0) {
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        endLine++;
                    }
                }
                String tail = text.substring(lastNewline + 1);
                endOffset = tail.codePointCount(0, tail.length()) + 1;
            } else {
                endOffset = offset + text.codePointCount(0, text.length());
            }
        }
        return new PythonSyntaxError(kind, msg, filename, line, offset, endLine, endOffset, source.lineText(line));
    }

    private Token before(Token t) {
        int i = t.getTokenIndex() - 1;
        return i >= 0 ? tokens.get(i) : null;
    }

    /**
     * A compound statement header ends with ':' NEWLINE and the next token is not INDENT:
     * CPython names the statement kind and the header's line.
     */
    private PythonSyntaxError expectedIndentedBlock(Token t) {
        Token newline = before(t);
        if (newline == null || newline.getType() != Python311Lexer.NEWLINE) {
            return null;
        }
        Token colon = before(newline);
        if (colon == null || colon.getType() != Python311Lexer.COLON) {
            return null;
        }
        // The first token of the header's logical line.
        Token first = colon;
        for (Token p = before(colon); p != null; p = before(p)) {
            int type = p.getType();
            if (type == Python311Lexer.NEWLINE || type == Python311Lexer.INDENT || type == Python311Lexer.DEDENT) {
                break;
            }
            first = p;
        }
        Token kindToken = first;
        if (first.getType() == Python311Lexer.ASYNC) {
            kindToken = tokens.get(first.getTokenIndex() + 1);
        }
        String what = switch (kindToken.getType()) {
            case Python311Lexer.IF -> "'if' statement";
            case Python311Lexer.ELIF -> "'elif' statement";
            case Python311Lexer.ELSE -> "'else' statement";
            case Python311Lexer.FOR -> "'for' statement";
            case Python311Lexer.WHILE -> "'while' statement";
            case Python311Lexer.WITH -> "'with' statement";
            case Python311Lexer.TRY -> "'try' statement";
            case Python311Lexer.EXCEPT -> tokens.get(kindToken.getTokenIndex() + 1).getType() == Python311Lexer.STAR
                    ? "'except*' statement" : "'except' statement";
            case Python311Lexer.FINALLY -> "'finally' statement";
            case Python311Lexer.DEF -> "function definition";
            case Python311Lexer.CLASS -> "class definition";
            case Python311Lexer.MATCH -> "'match' statement";
            case Python311Lexer.CASE -> "'case' statement";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        PythonSyntaxError located = at(Kind.IndentationError, "", t);
        return new PythonSyntaxError(Kind.IndentationError,
                "expected an indented block after " + what + " on line " + first.getLine(), filename,
                located.lineno(), located.offset(), located.endLineno(), located.endOffset(), located.text());
    }

    /**
     * CPython's invalid_expression and invalid_legacy_expression rules, applied to the
     * partial parse tree at the failure: an expression directly followed by another.
     * The tree's rightmost path runs through every rule still open at the failing token,
     * and through the complete subtrees that end just before it.
     */
    private final class InvalidExpressions {
        private final Token failing;
        private final List<TestContext> path = new ArrayList<>();

        InvalidExpressions(RecognitionException e, Token failing) {
            this.failing = failing;
            if (e.getCtx() == null) {
                return;
            }
            ParseTree node = e.getCtx();
            while (node.getParent() != null) {
                node = node.getParent();
            }
            while (node instanceof ParserRuleContext ctx) {
                if (ctx instanceof TestContext test) {
                    path.add(test);
                }
                node = ctx.getChildCount() == 0 ? null : ctx.getChild(ctx.getChildCount() - 1);
            }
        }

        PythonSyntaxError error() {
            PythonSyntaxError noElse = missingElse();
            return noElse != null ? noElse : adjacentExpressions();
        }

        /** {@code a if b} not followed by 'else' (nor ':', which a lambda or slice may want). */
        private PythonSyntaxError missingElse() {
            int type = failing.getType();
            if (type == Python311Lexer.ELSE || type == Python311Lexer.COLON) {
                return null;
            }
            for (int i = path.size() - 1; i >= 0; i--) {
                TestContext test = path.get(i);
                if (test.getChildCount() == 3 && test.getChild(1) instanceof TerminalNode keyword
                        && keyword.getSymbol().getType() == Python311Lexer.IF && endsBeforeFailing(test.disjunction(1))) {
                    return span("expected 'else' after 'if' expression", test.start, test.disjunction(1).stop);
                }
            }
            return null;
        }

        /**
         * A disjunction followed by an expression: the legacy print and exec statements
         * anywhere, and a forgotten comma inside brackets. The disjunction is the one that
         * starts the outermost expression ending just before the failing token, as PEG
         * tries the outermost expression first.
         */
        private PythonSyntaxError adjacentExpressions() {
            if (!startsExpression(failing)) {
                return null;
            }
            for (TestContext test : path) {
                if (test.getChildCount() != 1 || !(test.getChild(0) instanceof DisjunctionContext disjunction)
                        || !endsBeforeFailing(disjunction)) {
                    continue;
                }
                Token first = disjunction.start;
                boolean legacy = first == disjunction.stop && first.getType() == Python311Lexer.NAME
                        && (first.getText().equals("print") || first.getText().equals("exec"));
                if (legacy) {
                    if (failing.getType() == Python311Lexer.OPEN_PAREN) {
                        return null;
                    }
                    Token end = expressionEnd(failing, true);
                    return end == null ? null : span("Missing parentheses in call to '" + first.getText()
                            + "'. Did you mean " + first.getText() + "(...)?", first, end);
                }
                Token next = tokens.get(first.getTokenIndex() + 1);
                boolean excluded = first.getType() == Python311Lexer.NAME
                        && (next.getType() == Python311Lexer.STRING || isSoftKeyword(first.getText()));
                if (excluded || bracketLevelAfter(disjunction.stop) == 0) {
                    return null;
                }
                Token end = expressionEnd(failing, false);
                return end == null ? null : span("invalid syntax. Perhaps you forgot a comma?", first, end);
            }
            return null;
        }

        private boolean endsBeforeFailing(ParserRuleContext ctx) {
            return ctx != null && ctx.stop != null && ctx.exception == null
                    && ctx.stop.getTokenIndex() == failing.getTokenIndex() - 1;
        }
    }

    /** An error rule reached the end of input with a bracket open: the tokenizer's error wins. */
    private static final class EndInsideBrackets extends RuntimeException {
        EndInsideBrackets() {
            super(null, null, false, false);
        }
    }

    private static boolean isSoftKeyword(String name) {
        return name.equals("match") || name.equals("case") || name.equals("_");
    }

    /** Whether a token can begin an expression (CPython's expression_without_invalid). */
    private static boolean startsExpression(Token t) {
        return switch (t.getType()) {
            case Python311Lexer.NAME, Python311Lexer.NUMBER, Python311Lexer.STRING, Python311Lexer.OPEN_PAREN,
                    Python311Lexer.OPEN_BRACKET, Python311Lexer.OPEN_BRACE, Python311Lexer.MINUS, Python311Lexer.PLUS,
                    Python311Lexer.TILDE, Python311Lexer.NOT, Python311Lexer.LAMBDA, Python311Lexer.AWAIT,
                    Python311Lexer.NONE, Python311Lexer.TRUE, Python311Lexer.FALSE, Python311Lexer.ELLIPSIS,
                    Python311Lexer.MATCH, Python311Lexer.CASE -> true;
            default -> false;
        };
    }

    /** The bracket nesting level just after token {@code t}. */
    private int bracketLevelAfter(Token t) {
        int level = lexer.initialBracketLevel();
        for (int i = 0; i <= t.getTokenIndex(); i++) {
            switch (tokens.get(i).getType()) {
                case Python311Lexer.OPEN_PAREN, Python311Lexer.OPEN_BRACKET, Python311Lexer.OPEN_BRACE -> level++;
                case Python311Lexer.CLOSE_PAREN, Python311Lexer.CLOSE_BRACKET, Python311Lexer.CLOSE_BRACE -> level--;
                default -> {
                }
            }
        }
        return level;
    }

    /**
     * The last token of the expression (or, with {@code list}, expression list) that starts
     * at {@code first}, parsed on its own; null when none starts there.
     */
    private Token expressionEnd(Token first, boolean list) {
        int mark = tokens.index();
        try {
            tokens.seek(first.getTokenIndex());
            Python311Parser parser = new Python311Parser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            ParserRuleContext expression = list ? parser.star_expressions() : parser.test();
            int after = expression.stop.getTokenIndex() + 1;
            if (after < tokens.size() && tokens.get(after).getType() == Token.EOF
                    && lexer.unclosedBracketIndex() >= 0) {
                // Looking past the expression fetches the end of input inside brackets.
                throw new EndInsideBrackets();
            }
            return expression.stop;
        } catch (ParseCancellationException e) {
            return null;
        } finally {
            tokens.seek(mark);
        }
    }

    private PythonSyntaxError span(String msg, Token first, Token last) {
        PythonSyntaxError start = at(Kind.SyntaxError, msg, first);
        PythonSyntaxError end = at(Kind.SyntaxError, msg, last);
        return new PythonSyntaxError(Kind.SyntaxError, msg, filename, start.lineno(), start.offset(), end.endLineno(),
                end.endOffset(), start.text());
    }
}
