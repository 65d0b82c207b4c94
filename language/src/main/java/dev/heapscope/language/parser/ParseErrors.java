package dev.heapscope.language.parser;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.PythonSyntaxError.Kind;
import dev.heapscope.language.parser.Python311Parser.DisjunctionContext;
import dev.heapscope.language.parser.Python311Parser.TestContext;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
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
        PythonSyntaxError parameter = parameterDefault(e, t);
        if (parameter != null) {
            return parameter;
        }
        PythonSyntaxError display = displayItems(t);
        if (display != null) {
            return display;
        }
        PythonSyntaxError match = new Headers(t).unmarkedMatch();
        if (match != null) {
            return match;
        }
        PythonSyntaxError expression = new InvalidExpressions(e, t).error();
        if (expression != null) {
            return expression;
        }
        PythonSyntaxError assignment = t.getType() == Python311Lexer.ASSIGN ? misplacedAssignment(t) : null;
        if (assignment != null) {
            return assignment;
        }
        PythonSyntaxError forced = forcedToken(e, t);
        if (forced != null) {
            return forced;
        }
        PythonSyntaxError colon = new Headers(t).colonBeforeNewline();
        if (colon != null) {
            return colon;
        }
        return tryWithoutHandler(e, t);
    }

    /**
     * invalid_default, invalid_star_etc and invalid_kwds (and their lambda forms): an '='
     * with no default after it, and a default given to *args or **kwargs, located on the '='.
     */
    private PythonSyntaxError parameterDefault(RecognitionException e, Token t) {
        Token previous = before(t);
        if (previous == null || !inParameters(e)) {
            return null;
        }
        int type = t.getType();
        if (previous.getType() == Python311Lexer.ASSIGN && (type == Python311Lexer.CLOSE_PAREN
                || type == Python311Lexer.COMMA)) {
            return located(Kind.SyntaxError, "expected default value expression", tokenLocation(previous));
        }
        if (type != Python311Lexer.ASSIGN) {
            return null;
        }
        Token first = itemStart(t);
        if (first == null || first.getTokenIndex() + 1 >= t.getTokenIndex()
                || tokens.get(first.getTokenIndex() + 1).getType() != Python311Lexer.NAME) {
            return null;
        }
        return switch (first.getType()) {
            case Python311Lexer.STAR -> located(Kind.SyntaxError, "var-positional argument cannot have default value",
                    tokenLocation(t));
            case Python311Lexer.STAR_STAR -> located(Kind.SyntaxError,
                    "var-keyword argument cannot have default value", tokenLocation(t));
            default -> null;
        };
    }

    /** Whether the parser failed inside the parameters of a def or lambda. */
    private static boolean inParameters(RecognitionException e) {
        for (ParserRuleContext ctx = (ParserRuleContext) e.getCtx(); ctx != null; ctx = ctx.getParent()) {
            if (ctx instanceof Python311Parser.ParametersContext || ctx instanceof Python311Parser.ParameterContext
                    || ctx instanceof Python311Parser.Lambda_parametersContext
                    || ctx instanceof Python311Parser.Lambda_parameterContext) {
                return true;
            }
            if (ctx instanceof Python311Parser.FuncdefContext def) {
                return def.OPEN_PAREN() != null && def.CLOSE_PAREN() == null;
            }
            if (ctx instanceof Python311Parser.LambdefContext lambda) {
                return lambda.COLON() == null;
            }
            if (ctx instanceof Python311Parser.StmtContext) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first token of the item (parameter, display item) that {@code t} stands in: the
     * token after the nearest ',', bracket or 'lambda' at t's bracket depth; null when none.
     */
    private Token itemStart(Token t) {
        int depth = 0;
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = tokens.get(i);
            switch (p.getType()) {
                case Python311Lexer.CLOSE_PAREN, Python311Lexer.CLOSE_BRACKET, Python311Lexer.CLOSE_BRACE -> depth++;
                case Python311Lexer.OPEN_PAREN, Python311Lexer.OPEN_BRACKET, Python311Lexer.OPEN_BRACE -> {
                    if (depth == 0) {
                        return tokens.get(i + 1);
                    }
                    depth--;
                }
                case Python311Lexer.COMMA, Python311Lexer.LAMBDA -> {
                    if (depth == 0) {
                        return tokens.get(i + 1);
                    }
                }
                case Python311Lexer.NEWLINE, Python311Lexer.INDENT, Python311Lexer.DEDENT -> {
                    return null;
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** The innermost bracket open at {@code t}, or null. */
    private Token openBracket(Token t) {
        Token first = itemStart(t);
        while (first != null) {
            Token before = before(first);
            if (before == null) {
                return null;
            }
            int type = before.getType();
            if (type == Python311Lexer.OPEN_PAREN || type == Python311Lexer.OPEN_BRACKET
                    || type == Python311Lexer.OPEN_BRACE) {
                return before;
            }
            if (type == Python311Lexer.LAMBDA) {
                return null;
            }
            first = itemStart(before);
        }
        return null;
    }

    /**
     * Error rules of displays: invalid_double_starred_kvpairs (a dict key and ':' with no
     * value) and invalid_comprehension (several items before a 'for' in a list or set).
     */
    private PythonSyntaxError displayItems(Token t) {
        Token previous = before(t);
        if (previous == null) {
            return null;
        }
        int type = t.getType();
        if (previous.getType() == Python311Lexer.COLON
                && (type == Python311Lexer.CLOSE_BRACE || type == Python311Lexer.COMMA)) {
            Token open = openBracket(previous);
            Token item = itemStart(previous);
            if (open == null || open.getType() != Python311Lexer.OPEN_BRACE || item == null || item == previous
                    || !dictFirst(open)) {
                return null;
            }
            Token key = parsedEnd(item.getTokenIndex(), Python311Parser::test);
            return key != null && key.getTokenIndex() == previous.getTokenIndex() - 1
                    ? located(Kind.SyntaxError, "expression expected after dictionary key and ':'",
                    tokenLocation(previous)) : null;
        }
        boolean comprehension = type == Python311Lexer.FOR || (type == Python311Lexer.ASYNC
                && t.getTokenIndex() + 1 < tokens.size()
                && tokens.get(t.getTokenIndex() + 1).getType() == Python311Lexer.FOR);
        if (!comprehension) {
            return null;
        }
        Token open = openBracket(t);
        if (open == null || (open.getType() != Python311Lexer.OPEN_BRACKET && open.getType() != Python311Lexer.OPEN_BRACE)) {
            return null;
        }
        int from = open.getTokenIndex() + 1;
        Token items = parsedEnd(from, Python311Parser::star_named_expressions);
        if (items == null || items.getTokenIndex() != t.getTokenIndex() - 1
                || parsedEnd(t.getTokenIndex(), Python311Parser::comp_for) == null) {
            return null;
        }
        int commas = 0;
        for (int i = from; i < t.getTokenIndex(); i++) {
            if (tokens.get(i).getType() == Python311Lexer.COMMA && openBracket(tokens.get(i)) == open) {
                commas++;
            }
        }
        if (commas == 0) {
            return null;
        }
        // The span ends at the last item, or at the comma after a lone item.
        Token end = previous;
        if (previous.getType() == Python311Lexer.COMMA && commas > 1) {
            end = before(previous);
        }
        return span("did you forget parentheses around the comprehension target?", tokens.get(from), end);
    }

    /** Whether the display opened by this '{' starts with a key and ':' or with '**', a dict. */
    private boolean dictFirst(Token brace) {
        int from = brace.getTokenIndex() + 1;
        if (tokens.get(from).getType() == Python311Lexer.STAR_STAR) {
            return true;
        }
        Token key = parsedEnd(from, Python311Parser::test);
        return key != null && tokens.get(key.getTokenIndex() + 1).getType() == Python311Lexer.COLON;
    }

    /**
     * CPython's forced tokens ({@code &&'('} and {@code &&':'} in its grammar): where the
     * grammar of def, try, finally and else allows only one token, any other is reported as
     * "expected" that one, at the token found.
     */
    private PythonSyntaxError forcedToken(RecognitionException e, Token t) {
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        Token previous = before(t);
        if (previous == null) {
            return null;
        }
        if (ctx instanceof Python311Parser.FuncdefContext def) {
            if (def.NAME() != null && previous == def.NAME().getSymbol() && t.getType() != Python311Lexer.OPEN_PAREN) {
                return located(Kind.SyntaxError, "expected '('", tokenLocation(t));
            }
            boolean afterParameters = def.CLOSE_PAREN() != null && previous == def.CLOSE_PAREN().getSymbol();
            boolean afterReturns = def.ARROW() != null && def.test() != null && def.test().exception == null
                    && def.test().stop == previous;
            if ((afterParameters || afterReturns) && t.getType() != Python311Lexer.COLON
                    && t.getType() != Python311Lexer.ARROW) {
                return located(Kind.SyntaxError, "expected ':'", tokenLocation(t));
            }
            return null;
        }
        int keyword = previous.getType();
        boolean forcedColon = (ctx instanceof Python311Parser.Try_stmtContext && keyword == Python311Lexer.TRY)
                || (ctx instanceof Python311Parser.Finally_blockContext && keyword == Python311Lexer.FINALLY)
                || (ctx instanceof Python311Parser.Else_blockContext && keyword == Python311Lexer.ELSE);
        if (forcedColon && t.getType() != Python311Lexer.COLON) {
            return located(Kind.SyntaxError, "expected ':'", tokenLocation(t));
        }
        return null;
    }

    /**
     * An '=' where no assignment can be: CPython's invalid_kwarg rule inside a call's
     * arguments, its invalid_named_expression rule in an if, elif or while condition and in
     * the items of a display, a parenthesised group or a subscript.
     */
    private PythonSyntaxError misplacedAssignment(Token equals) {
        int depth = 0;
        int start = -1;
        Token open = null;
        for (int i = equals.getTokenIndex() - 1; i >= 0 && open == null; i--) {
            Token p = tokens.get(i);
            switch (p.getType()) {
                case Python311Lexer.CLOSE_PAREN, Python311Lexer.CLOSE_BRACKET, Python311Lexer.CLOSE_BRACE -> depth++;
                case Python311Lexer.OPEN_PAREN, Python311Lexer.OPEN_BRACKET, Python311Lexer.OPEN_BRACE -> {
                    if (depth == 0) {
                        open = p;
                    } else {
                        depth--;
                    }
                }
                case Python311Lexer.COMMA -> {
                    if (depth == 0 && start < 0) {
                        start = i + 1;
                    }
                }
                case Python311Lexer.NEWLINE, Python311Lexer.INDENT, Python311Lexer.DEDENT -> i = -1;
                default -> {
                }
            }
        }
        if (open == null) {
            Token first = new Headers(equals).first;
            if (first.getType() == Python311Lexer.YIELD) {
                // invalid_assignment: a yield expression as the first target.
                Token end = parsedEnd(first.getTokenIndex(), Python311Parser::yield_expr);
                return end != null && end.getTokenIndex() == equals.getTokenIndex() - 1
                        ? span("assignment to yield expression not possible", first, end) : null;
            }
            boolean condition = first.getType() == Python311Lexer.IF || first.getType() == Python311Lexer.ELIF
                    || first.getType() == Python311Lexer.WHILE;
            return condition && start < 0 ? namedExpression(first.getTokenIndex() + 1, equals) : null;
        }
        if (start < 0) {
            start = open.getTokenIndex() + 1;
        }
        Token callee = before(open);
        boolean call = open.getType() == Python311Lexer.OPEN_PAREN && callee != null && endsPrimary(callee);
        return call ? keywordArgument(start, equals) : namedExpression(start, equals);
    }

    /** Whether a '(' or '[' after this token opens a call or subscript rather than a display. */
    private static boolean endsPrimary(Token t) {
        return switch (t.getType()) {
            case Python311Lexer.NAME, Python311Lexer.CLOSE_PAREN, Python311Lexer.CLOSE_BRACKET,
                    Python311Lexer.CLOSE_BRACE, Python311Lexer.STRING, Python311Lexer.NUMBER -> true;
            default -> false;
        };
    }

    /** invalid_kwarg: a keyword argument whose name is a keyword constant or an expression. */
    private PythonSyntaxError keywordArgument(int start, Token equals) {
        Token first = tokens.get(start);
        if (start == equals.getTokenIndex() - 1) {
            int type = first.getType();
            if (type == Python311Lexer.TRUE || type == Python311Lexer.FALSE || type == Python311Lexer.NONE) {
                return span("cannot assign to " + first.getText(), first, equals);
            }
            if (type == Python311Lexer.NAME) {
                return null;
            }
        }
        Token end = parsedEnd(start, Python311Parser::test);
        if (end == null || end.getTokenIndex() != equals.getTokenIndex() - 1) {
            return null;
        }
        return span("expression cannot contain assignment, perhaps you meant \"==\"?", first, equals);
    }

    /**
     * invalid_named_expression: {@code NAME = value} suggests '==' or ':='; another target
     * that is a bitwise_or (not a list, tuple, generator or keyword constant) is named.
     * Either way only when the value is a bitwise_or not followed by another '=' or ':='.
     */
    private PythonSyntaxError namedExpression(int start, Token equals) {
        Token value = parsedEnd(equals.getTokenIndex() + 1, Python311Parser::bitwise_or);
        if (value == null) {
            return null;
        }
        int after = tokens.get(value.getTokenIndex() + 1).getType();
        if (after == Python311Lexer.ASSIGN || after == Python311Lexer.COLON_ASSIGN) {
            return null;
        }
        Token first = tokens.get(start);
        int last = equals.getTokenIndex() - 1;
        if (start == last && first.getType() == Python311Lexer.NAME) {
            return span("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first, value);
        }
        Token end = parsedEnd(start, Python311Parser::bitwise_or);
        if (end == null || end.getTokenIndex() != last) {
            return null;
        }
        String name = targetName(start, last);
        if (name == null) {
            return null;
        }
        // The error is at the expression's node, whose position leaves out its parentheses.
        while (tokens.get(start).getType() == Python311Lexer.OPEN_PAREN && matchingOpen(last) == start) {
            start++;
            last--;
        }
        return span("cannot assign to " + name + " here. Maybe you meant '==' instead of '='?", tokens.get(start),
                tokens.get(last));
    }

    /**
     * What CPython calls the bitwise_or expression in tokens [start, last] when it cannot be
     * assigned to, judged by its outermost shape; null for shapes not told apart here.
     */
    private String targetName(int start, int last) {
        Token first = tokens.get(start);
        Token end = tokens.get(last);
        int matching = end.getType() == Python311Lexer.CLOSE_PAREN || end.getType() == Python311Lexer.CLOSE_BRACKET
                ? matchingOpen(last) : -1;
        if (matching > start) {
            return end.getType() == Python311Lexer.CLOSE_PAREN ? "function call" : "subscript";
        }
        if (last > start && tokens.get(last - 1).getType() == Python311Lexer.DOT && end.getType() == Python311Lexer.NAME) {
            return "attribute";
        }
        if (start == last) {
            return switch (first.getType()) {
                case Python311Lexer.NUMBER, Python311Lexer.STRING -> "literal";
                case Python311Lexer.ELLIPSIS -> "ellipsis";
                default -> null;
            };
        }
        if (matching == start && first.getType() == Python311Lexer.OPEN_PAREN && last == start + 2
                && tokens.get(start + 1).getType() == Python311Lexer.NAME) {
            return "name";
        }
        return null;
    }

    /** The index of the bracket that the closing bracket at {@code close} closes. */
    private int matchingOpen(int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            switch (tokens.get(i).getType()) {
                case Python311Lexer.CLOSE_PAREN, Python311Lexer.CLOSE_BRACKET, Python311Lexer.CLOSE_BRACE -> depth++;
                case Python311Lexer.OPEN_PAREN, Python311Lexer.OPEN_BRACKET, Python311Lexer.OPEN_BRACE -> {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return -1;
    }

    /**
     * invalid_try_stmt: a try block followed by neither 'except' nor 'finally', reported at
     * the token after the block.
     */
    private PythonSyntaxError tryWithoutHandler(RecognitionException e, Token t) {
        for (ParserRuleContext ctx = (ParserRuleContext) e.getCtx(); ctx != null; ctx = ctx.getParent()) {
            if (ctx instanceof Python311Parser.Try_stmtContext tryStmt) {
                Python311Parser.BlockContext block = tryStmt.block();
                boolean onlyBlock = tryStmt.getChildCount() == 3 && block != null && block.exception == null
                        && block.stop != null && block.stop.getTokenIndex() == t.getTokenIndex() - 1;
                if (onlyBlock && t.getType() != Python311Lexer.EXCEPT && t.getType() != Python311Lexer.FINALLY) {
                    return located(Kind.SyntaxError, "expected 'except' or 'finally' block", lastTokenLocation(t));
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The error rules of compound statement headers that end at the line's end without their
     * ':' (invalid_if_stmt, invalid_for_stmt, invalid_class_def_raw, invalid_match_stmt, ...):
     * CPython says "expected ':'" only when the whole header before the NEWLINE is well
     * formed; a stray token inside a header is plain invalid syntax. A match statement whose
     * soft keyword the token pass left a NAME (its block is missing) gets its errors here.
     */
    private final class Headers {
        private final Token failing;
        private final Token first;

        Headers(Token failing) {
            this.failing = failing;
            Token start = failing;
            for (Token p = before(failing); p != null; p = before(p)) {
                int type = p.getType();
                if (type == Python311Lexer.NEWLINE || type == Python311Lexer.INDENT || type == Python311Lexer.DEDENT) {
                    break;
                }
                start = p;
            }
            if (start.getType() == Python311Lexer.ASYNC && start != failing) {
                start = tokens.get(start.getTokenIndex() + 1);
            }
            this.first = start;
        }

        PythonSyntaxError colonBeforeNewline() {
            if (failing.getType() != Python311Lexer.NEWLINE || first == failing) {
                return null;
            }
            int after = first.getTokenIndex() + 1;
            boolean wellFormed = switch (first.getType()) {
                case Python311Lexer.IF, Python311Lexer.ELIF, Python311Lexer.WHILE ->
                        endsBeforeFailing(parsedEnd(after, Python311Parser::named_expression));
                case Python311Lexer.FOR -> forHeader(after);
                case Python311Lexer.WITH -> withHeader(after);
                case Python311Lexer.EXCEPT -> exceptHeader(after);
                case Python311Lexer.CLASS -> classHeader(after);
                case Python311Lexer.MATCH -> endsBeforeFailing(parsedEnd(after, Python311Parser::star_named_expressions));
                case Python311Lexer.CASE -> caseHeader(after);
                case Python311Lexer.NAME -> first.getText().equals("match")
                        && endsBeforeFailing(parsedEnd(after, Python311Parser::star_named_expressions));
                default -> false;
            };
            return wellFormed ? located(Kind.SyntaxError, "expected ':'", lastTokenLocation(failing)) : null;
        }

        /**
         * A match statement with its soft keyword left a NAME: the subject is followed by a
         * NEWLINE (no ':'), by ':' NEWLINE and no indented block, or by a stray token, which
         * is where CPython's first pass stopped.
         */
        PythonSyntaxError unmarkedMatch() {
            if (first.getType() != Python311Lexer.NAME || !first.getText().equals("match")
                    || failing.getTokenIndex() > first.getTokenIndex() + 1) {
                return null;
            }
            Token subject = parsedEnd(first.getTokenIndex() + 1, Python311Parser::star_named_expressions);
            if (subject == null) {
                return null;
            }
            Token next = tokens.get(subject.getTokenIndex() + 1);
            if (next.getType() == Python311Lexer.NEWLINE) {
                return located(Kind.SyntaxError, "expected ':'", lastTokenLocation(next));
            }
            if (next.getType() != Python311Lexer.COLON) {
                return located(Kind.SyntaxError, "invalid syntax", tokenLocation(next));
            }
            Token newline = tokens.get(next.getTokenIndex() + 1);
            if (newline.getType() != Python311Lexer.NEWLINE) {
                return null;
            }
            Token body = tokens.get(newline.getTokenIndex() + 1);
            if (body.getType() == Python311Lexer.INDENT) {
                return null;
            }
            return located(Kind.IndentationError, "expected an indented block after 'match' statement on line "
                    + first.getLine(), lastTokenLocation(body));
        }

        private boolean endsBeforeFailing(Token end) {
            return end != null && end.getTokenIndex() == failing.getTokenIndex() - 1;
        }

        /** [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE. */
        private boolean forHeader(int after) {
            Token targets = parsedEnd(after, Python311Parser::target_list);
            if (targets == null) {
                return false;
            }
            Token in = tokens.get(targets.getTokenIndex() + 1);
            return in.getType() == Python311Lexer.IN
                    && endsBeforeFailing(parsedEnd(in.getTokenIndex() + 1, Python311Parser::star_expressions));
        }

        /** 'with' items NEWLINE, the items bare or in parentheses. */
        private boolean withHeader(int after) {
            if (endsBeforeFailing(items(after))) {
                return true;
            }
            if (tokens.get(after).getType() != Python311Lexer.OPEN_PAREN) {
                return false;
            }
            Token end = items(after + 1);
            if (end == null) {
                return false;
            }
            Token close = tokens.get(end.getTokenIndex() + 1);
            if (close.getType() == Python311Lexer.COMMA) {
                close = tokens.get(close.getTokenIndex() + 1);
            }
            return close.getType() == Python311Lexer.CLOSE_PAREN && endsBeforeFailing(close);
        }

        /** with_item (',' with_item)*: the last token, or null. */
        private Token items(int from) {
            Token end = parsedEnd(from, Python311Parser::with_item);
            while (end != null && tokens.get(end.getTokenIndex() + 1).getType() == Python311Lexer.COMMA) {
                Token more = parsedEnd(end.getTokenIndex() + 2, Python311Parser::with_item);
                if (more == null) {
                    return end;
                }
                end = more;
            }
            return end;
        }

        /** 'except' NEWLINE, or 'except' '*'? expression ['as' NAME] NEWLINE. */
        private boolean exceptHeader(int after) {
            if (after == failing.getTokenIndex()) {
                return true;
            }
            int from = tokens.get(after).getType() == Python311Lexer.STAR ? after + 1 : after;
            Token type = parsedEnd(from, Python311Parser::test);
            if (type == null) {
                return false;
            }
            if (endsBeforeFailing(type)) {
                return true;
            }
            int i = type.getTokenIndex();
            return tokens.get(i + 1).getType() == Python311Lexer.AS && tokens.get(i + 2).getType() == Python311Lexer.NAME
                    && i + 3 == failing.getTokenIndex();
        }

        /** 'class' NAME ['(' [arguments] ')'] NEWLINE. */
        private boolean classHeader(int after) {
            if (tokens.get(after).getType() != Python311Lexer.NAME) {
                return false;
            }
            if (after + 1 == failing.getTokenIndex()) {
                return true;
            }
            if (tokens.get(after + 1).getType() != Python311Lexer.OPEN_PAREN) {
                return false;
            }
            if (tokens.get(after + 2).getType() == Python311Lexer.CLOSE_PAREN) {
                return after + 3 == failing.getTokenIndex();
            }
            Token arguments = parsedEnd(after + 2, Python311Parser::arglist);
            return arguments != null && tokens.get(arguments.getTokenIndex() + 1).getType() == Python311Lexer.CLOSE_PAREN
                    && arguments.getTokenIndex() + 2 == failing.getTokenIndex();
        }

        /** "case" patterns guard? NEWLINE. */
        private boolean caseHeader(int after) {
            Token patterns = parsedEnd(after, Python311Parser::patterns);
            if (patterns == null) {
                return false;
            }
            Token next = tokens.get(patterns.getTokenIndex() + 1);
            if (next.getType() == Python311Lexer.IF) {
                return endsBeforeFailing(parsedEnd(next.getTokenIndex() + 1, Python311Parser::named_expression));
            }
            return endsBeforeFailing(patterns);
        }
    }

    /** The last token of {@code rule} parsed on its own from token {@code from}; null when it fails. */
    private Token parsedEnd(int from, java.util.function.Function<Python311Parser, ParserRuleContext> rule) {
        int mark = tokens.index();
        try {
            tokens.seek(from);
            Python311Parser parser = new Python311Parser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            ParserRuleContext parsed = rule.apply(parser);
            return parsed.stop == null || parsed.stop.getTokenIndex() < from ? null : parsed.stop;
        } catch (ParseCancellationException e) {
            return null;
        } finally {
            tokens.seek(mark);
        }
    }

    private PythonSyntaxError neverClosed(int bracket) {
        int line = lexer.bracketLine(bracket);
        return located(Kind.SyntaxError, "'" + (char) lexer.bracketChar(bracket) + "' was never closed",
                new Location(line, lexer.bracketCol(bracket) + 1, line, 0));
    }

    /** The innermost bracket still open at the end, if it opened on a line before {@code failed}'s. */
    private PythonSyntaxError unclosedBefore(Token failed, PythonSyntaxError error) {
        int open = lexer.unclosedBracketIndex();
        return open >= 0 && lexer.bracketLine(open) < failed.getLine() ? neverClosed(open) : error;
    }

    /** "invalid syntax" at a token, located as CPython locates it. */
    PythonSyntaxError genericError(Token t) {
        Token previous = before(t);
        if (previous != null && previous.getText().equals("<") && t.getText().startsWith(">")
                && previous.getStopIndex() + 1 == t.getStartIndex()) {
            // CPython's tokenizer reads '<>' as one token, which only Barry as BDFL accepts.
            t = previous;
        }
        if (t.getText().equals("<") && t.getTokenIndex() + 1 < tokens.size()) {
            Token next = tokens.get(t.getTokenIndex() + 1);
            if (next.getText().startsWith(">") && t.getStopIndex() + 1 == next.getStartIndex()) {
                int offset = t.getCharPositionInLine() + 1;
                return located(Kind.SyntaxError, "invalid syntax",
                        new Location(t.getLine(), offset, t.getLine(), offset + 2));
            }
        }
        return at(Kind.SyntaxError, "invalid syntax", t);
    }

    /** A 1-based error position with its end, as CPython's SyntaxError holds it. */
    private record Location(int line, int offset, int endLine, int endOffset) {
    }

    /**
     * The error at a location in code point columns, with the offsets CPython's parser
     * reports for it (see SourceText.errorOffset); an end offset of 0 or -1 means none.
     */
    private PythonSyntaxError located(Kind kind, String msg, Location where) {
        int line = where.line();
        int offset = where.offset() < 1 ? where.offset() : source.errorOffset(line,
                source.byteColumn(line, where.offset() - 1));
        int endOffset = where.endOffset() < 1 ? where.endOffset() : source.errorOffset(line,
                source.byteColumn(where.endLine(), where.endOffset() - 1));
        return new PythonSyntaxError(kind, msg, filename, line, offset, where.endLine(), endOffset,
                source.lineText(line));
    }

    private PythonSyntaxError at(Kind kind, String msg, Token t) {
        return located(kind, msg, tokenLocation(t));
    }

    /**
     * Where CPython's token {@code t} is. Its NEWLINE token starts at a comment before the
     * line's end, if there is one, and ends where the newline is.
     */
    private Location tokenLocation(Token t) {
        int line = t.getLine();
        int offset = t.getCharPositionInLine() + 1;
        String text = t.getText();
        if (t.getType() == Python311Lexer.NEWLINE) {
            return new Location(line, newlineStart(before(t), t) + 1, line, offset);
        }
        if (t.getType() == Token.EOF || text == null || text.isEmpty()) {
            return new Location(line, offset, line, offset);
        }
        int lastNewline = text.lastIndexOf('\n');
        if (lastNewline < 0) {
            return new Location(line, offset, line, offset + text.codePointCount(0, text.length()));
        }
        int endLine = line;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                endLine++;
            }
        }
        String tail = text.substring(lastNewline + 1);
        return new Location(line, offset, endLine, tail.codePointCount(0, tail.length()) + 1);
    }

    /**
     * The 0-based column where CPython's NEWLINE token starts: at a comment between the last
     * token of the line ({@code previous}) and the newline, else at the newline itself.
     */
    static int newlineStart(Token previous, Token newline) {
        int col = newline.getCharPositionInLine();
        if (previous == null || previous.getLine() != newline.getLine()
                || previous.getStopIndex() + 1 > newline.getStartIndex() - 1) {
            return col;
        }
        String between = previous.getInputStream()
                .getText(Interval.of(previous.getStopIndex() + 1, newline.getStartIndex() - 1));
        int hash = between.indexOf('#');
        return hash < 0 ? col : col - between.codePointCount(hash, between.length());
    }

    /**
     * Where CPython reports an error rule raised at the last token it fetched, when that is
     * {@code t}. Its INDENT, DEDENT and end-of-input tokens have no position of their own: the
     * tokenizer's cursor stands for it, with no end. At the end of input the cursor is past the
     * last line's newline (one CPython adds when the file lacks it).
     */
    private Location lastTokenLocation(Token t) {
        int type = t.getType();
        if (type != Token.EOF && type != Python311Lexer.DEDENT && type != Python311Lexer.INDENT) {
            return tokenLocation(t);
        }
        boolean atEnd = true;
        for (int i = t.getTokenIndex(); i < tokens.size() && atEnd; i++) {
            int later = tokens.get(i).getType();
            atEnd = later == Token.EOF || later == Python311Lexer.DEDENT;
        }
        if (!atEnd) {
            return new Location(t.getLine(), t.getCharPositionInLine(), t.getLine(), -1);
        }
        int line = Math.max(1, source.lineCount());
        return new Location(line, source.lineLength(line) + 1, line, -1);
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
        return located(Kind.IndentationError, "expected an indented block after " + what + " on line "
                + first.getLine(), lastTokenLocation(t));
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
        Location start = tokenLocation(first);
        Location end = tokenLocation(last);
        return located(Kind.SyntaxError, msg, new Location(start.line(), start.offset(), end.endLine(), end.endOffset()));
    }
}
