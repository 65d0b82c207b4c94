package dev.heapscope.language.parser;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.PythonSyntaxError.Kind;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

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

    PythonSyntaxError toSyntaxError(RecognitionException e) {
        Token t = e.getOffendingToken();
        if (t == null) {
            t = tokens.get(tokens.size() - 1);
        }
        int open = lexer.unclosedBracketIndex();
        if (open >= 0) {
            int line = lexer.bracketLine(open);
            return new PythonSyntaxError(Kind.SyntaxError, "'" + (char) lexer.bracketChar(open) + "' was never closed",
                    filename, line, lexer.bracketCol(open) + 1, line, 0, source.lineText(line));
        }
        if (t.getType() == Python311Lexer.INDENT) {
            return new PythonSyntaxError(Kind.IndentationError, "unexpected indent", filename, t.getLine(),
                    t.getCharPositionInLine(), t.getLine(), -1, source.lineText(t.getLine()));
        }
        PythonSyntaxError block = expectedIndentedBlock(t);
        if (block != null) {
            return block;
        }
        if (t.getType() == Python311Lexer.DEDENT) {
            return new PythonSyntaxError(Kind.IndentationError, "unexpected unindent", filename, t.getLine(),
                    t.getCharPositionInLine(), t.getLine(), -1, source.lineText(t.getLine()));
        }
        PythonSyntaxError print = missingPrintParentheses(t);
        if (print != null) {
            return print;
        }
        if (e instanceof InputMismatchException) {
            IntervalSet expected = e.getExpectedTokens();
            if (expected != null && expected.size() == 1 && expected.contains(Python311Lexer.COLON)) {
                return at(Kind.SyntaxError, "expected ':'", t);
            }
        }
        return genericError(t);
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

    /** {@code print "x"}: CPython's legacy print statement message, spanning the statement. */
    private PythonSyntaxError missingPrintParentheses(Token t) {
        Token name = before(t);
        if (name == null || name.getType() != Python311Lexer.NAME || !name.getText().equals("print")) {
            return null;
        }
        Token prev = before(name);
        if (prev != null && prev.getType() != Python311Lexer.NEWLINE && prev.getType() != Python311Lexer.INDENT
                && prev.getType() != Python311Lexer.DEDENT && prev.getType() != Python311Lexer.SEMICOLON) {
            return null;
        }
        int type = t.getType();
        boolean startsExpression = type == Python311Lexer.NAME || type == Python311Lexer.NUMBER
                || type == Python311Lexer.STRING || type == Python311Lexer.OPEN_BRACKET
                || type == Python311Lexer.OPEN_BRACE || type == Python311Lexer.MINUS || type == Python311Lexer.TILDE
                || type == Python311Lexer.NONE || type == Python311Lexer.TRUE || type == Python311Lexer.FALSE
                || type == Python311Lexer.NOT || type == Python311Lexer.LAMBDA;
        if (!startsExpression) {
            return null;
        }
        Token last = t;
        for (int i = t.getTokenIndex(); i < tokens.size(); i++) {
            Token k = tokens.get(i);
            if (k.getType() == Python311Lexer.NEWLINE || k.getType() == Python311Lexer.SEMICOLON
                    || k.getType() == Token.EOF) {
                break;
            }
            last = k;
        }
        PythonSyntaxError end = at(Kind.SyntaxError, "", last);
        return new PythonSyntaxError(Kind.SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?",
                filename, name.getLine(), name.getCharPositionInLine() + 1, end.endLineno(), end.endOffset(),
                source.lineText(name.getLine()));
    }
}
