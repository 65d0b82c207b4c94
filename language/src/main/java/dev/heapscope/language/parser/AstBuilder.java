package dev.heapscope.language.parser;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Arg;
import dev.heapscope.language.ast.Arguments;
import dev.heapscope.language.ast.Boolop;
import dev.heapscope.language.ast.Cmpop;
import dev.heapscope.language.ast.Comprehension;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.ExceptHandler;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.ExprContext;
import dev.heapscope.language.ast.Keyword;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.MatchCase;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Operator;
import dev.heapscope.language.ast.Pattern;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.ast.Unaryop;
import dev.heapscope.language.ast.WithItem;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.PythonSyntaxError.Kind;
import dev.heapscope.language.literals.ExpressionParser;
import dev.heapscope.language.literals.NumberLiterals;
import dev.heapscope.language.literals.StringAtoms;
import dev.heapscope.language.literals.StringToken;
import dev.heapscope.language.parser.Python311Parser.*;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree into CPython 3.11's AST, node for node and position for position.
 *
 * <p>Positions follow CPython's rule: a node spans the tokens its grammar rule consumed,
 * from the first token's start to the last token's end (columns in UTF-8 bytes). So a
 * parenthesised operand makes a BinOp start at its '(' while the operand itself keeps its
 * inner position, and compound statements end with their last token other than NEWLINE,
 * INDENT and DEDENT.
 * The grammar is more permissive than Python in places (targets, parameters, dict/set
 * items); the checks here raise CPython's messages for what it rejects.
 */
final class AstBuilder {
    private final SourceText source;
    private final String filename;
    private final ExpressionParser expressionParser;
    /** Every token of the source, in order, as the parser consumed them. */
    private final List<Token> tokens;
    /** Added to every line number: non-zero when parsing an f-string expression. */
    private final int lineShift;
    /** Added to columns on the first line: non-zero when parsing an f-string expression. */
    private final int firstLineColShift;

    AstBuilder(SourceText source, String filename, ExpressionParser expressionParser, List<Token> tokens,
               int lineShift, int firstLineColShift) {
        this.source = source;
        this.filename = filename;
        this.expressionParser = expressionParser;
        this.tokens = tokens;
        this.lineShift = lineShift;
        this.firstLineColShift = firstLineColShift;
    }

    // ---- positions ---------------------------------------------------------------------

    private int line(Token t) {
        return t.getLine() + lineShift;
    }

    private int col(Token t) {
        int c = source.byteColumn(t.getLine(), t.getCharPositionInLine());
        return t.getLine() == 1 ? c + firstLineColShift : c;
    }

    private int endLine(Token t) {
        if (t.getType() == Python311Lexer.STRING) {
            String text = t.getText();
            int newlines = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    newlines++;
                }
            }
            return t.getLine() + newlines + lineShift;
        }
        return t.getLine() + lineShift;
    }

    private int endCol(Token t) {
        int rawLine = t.getLine();
        int startCp = t.getCharPositionInLine();
        if (t.getType() != Python311Lexer.STRING && t.getType() != Token.EOF) {
            // Char stream indexes count code points, so a token's extent is its length;
            // its text need not be made. Tokens made by the lexer base have stop = start - 1.
            int c = source.byteColumn(rawLine, startCp + t.getStopIndex() - t.getStartIndex() + 1);
            return rawLine == 1 ? c + firstLineColShift : c;
        }
        String text = t.getText();
        if (t.getType() == Python311Lexer.STRING) {
            int lastNewline = text.lastIndexOf('\n');
            if (lastNewline >= 0) {
                int newlines = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '\n') {
                        newlines++;
                    }
                }
                rawLine += newlines;
                String tail = text.substring(lastNewline + 1);
                int c = source.byteColumn(rawLine, tail.codePointCount(0, tail.length()));
                return rawLine == 1 ? c + firstLineColShift : c;
            }
        }
        int c = source.byteColumn(rawLine, startCp + text.codePointCount(0, text.length()));
        return rawLine == 1 ? c + firstLineColShift : c;
    }

    /** Runs {@code node}'s location from the start of {@code first} to the end of {@code last}. */
    private <T extends Located> T at(T node, Token first, Token last) {
        node.lineno = line(first);
        node.colOffset = col(first);
        node.endLineno = endLine(last);
        node.endColOffset = endCol(last);
        return node;
    }

    private <T extends Located> T at(T node, ParserRuleContext ctx) {
        return at(node, ctx.start, ctx.stop);
    }

    private <T extends Located> T at(T node, Token first, Located last) {
        node.lineno = line(first);
        node.colOffset = col(first);
        node.endLineno = last.endLineno;
        node.endColOffset = last.endColOffset;
        return node;
    }

    // ---- errors ------------------------------------------------------------------------

    /** A SyntaxError located on a node, with the offsets CPython's parser gives (see SourceText.errorOffset). */
    SyntaxErrorException error(String msg, Located where) {
        return error(Kind.SyntaxError, msg, where.lineno, where.colOffset, where.endLineno, where.endColOffset);
    }

    SyntaxErrorException error(String msg, Token first, Token last) {
        return error(Kind.SyntaxError, msg, line(first), col(first), endLine(last), endCol(last));
    }

    private SyntaxErrorException error(Kind kind, String msg, int line, int byteCol, int endLine, int endByteCol) {
        int rawLine = line - lineShift;
        int rawEnd = endLine - lineShift;
        int offset = source.errorOffset(rawLine, byteCol - (rawLine == 1 ? firstLineColShift : 0));
        int endOffset = source.errorOffset(rawLine, endByteCol - (rawEnd == 1 ? firstLineColShift : 0));
        return new SyntaxErrorException(new PythonSyntaxError(kind, msg, filename, line, offset, endLine,
                endOffset, source.lineText(rawLine)));
    }

    // ---- module and statements -----------------------------------------------------------

    /**
     * Builds a statement the parser has just finished, so that its subtree is walked while it
     * is still in the cache; the statements around it then take the result as it is. Returns
     * false, having built nothing, when the statement has an error: the error is raised when
     * the whole tree is built, in the order a single walk would find it, since every
     * statement built here was free of errors.
     */
    boolean buildEarly(StmtContext ctx) {
        List<Stmt> out = new ArrayList<>(1);
        try {
            statement(ctx, out);
        } catch (SyntaxErrorException e) {
            return false;
        }
        ctx.built = out;
        return true;
    }

    Mod.Module fileInput(File_inputContext ctx) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            statement(s, body);
        }
        return new Mod.Module(body, new ArrayList<>());
    }

    Expr fstringInput(Fstring_inputContext ctx) {
        return ctx.yield_expr() != null ? yieldExpr(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
    }

    void statement(StmtContext ctx, List<Stmt> out) {
        if (ctx.built != null) {
            out.addAll(ctx.built);
            return;
        }
        ParseTree only = ctx.getChild(0);
        if (only instanceof Compound_stmtContext c) {
            out.add(compound(c));
        } else {
            simpleStatements((Simple_stmtsContext) only, out);
        }
    }

    /** {@code simple_stmt (';' simple_stmt)* ';'? NEWLINE}: the statements are the rule children. */
    private void simpleStatements(Simple_stmtsContext ctx, List<Stmt> out) {
        for (int i = 0, n = ctx.getChildCount(); i < n; i += 2) {
            if (ctx.getChild(i) instanceof Simple_stmtContext s) {
                out.add(simple(s));
            }
        }
    }

    /** {@code simple_stmts | NEWLINE INDENT stmt+ DEDENT}. */
    private List<Stmt> block(BlockContext ctx) {
        List<Stmt> body = new ArrayList<>();
        int n = ctx.getChildCount();
        if (n == 1) {
            simpleStatements((Simple_stmtsContext) ctx.getChild(0), body);
        } else {
            for (int i = 2; i < n - 1; i++) {
                statement((StmtContext) ctx.getChild(i), body);
            }
        }
        return body;
    }

    /**
     * The token a compound statement ends with. CPython's EXTRA spans up to the last token
     * the rule consumed other than NEWLINE, INDENT and DEDENT, so a ';' after the last
     * statement of the body ends the compound statement, though not that statement.
     */
    private Token compoundEnd(ParserRuleContext ctx) {
        int i = ctx.stop.getTokenIndex();
        while (i > 0 && isLayout(tokens.get(i).getType())) {
            i--;
        }
        return tokens.get(i);
    }

    private static boolean isLayout(int tokenType) {
        return tokenType == Python311Lexer.NEWLINE || tokenType == Python311Lexer.INDENT
                || tokenType == Python311Lexer.DEDENT;
    }

    private Stmt simple(Simple_stmtContext ctx) {
        ParseTree child = ctx.getChild(0);
        if (child instanceof Expr_stmtContext e) {
            return exprStatement(e);
        } else if (child instanceof Return_stmtContext r) {
            Expr value = r.star_expressions() == null ? null : starExpressions(r.star_expressions());
            return at(new Stmt.Return(value, 0, 0, 0, 0), r);
        } else if (child instanceof Import_stmtContext i) {
            return i.import_name() != null ? importName(i.import_name()) : importFrom(i.import_from());
        } else if (child instanceof Raise_stmtContext r) {
            Expr exc = r.test().isEmpty() ? null : test(r.test(0));
            Expr cause = r.test().size() > 1 ? test(r.test(1)) : null;
            return at(new Stmt.Raise(exc, cause, 0, 0, 0, 0), r);
        } else if (child instanceof Pass_stmtContext p) {
            return at(new Stmt.Pass(0, 0, 0, 0), p);
        } else if (child instanceof Break_stmtContext b) {
            return at(new Stmt.Break(0, 0, 0, 0), b);
        } else if (child instanceof Continue_stmtContext c) {
            return at(new Stmt.Continue(0, 0, 0, 0), c);
        } else if (child instanceof Del_stmtContext d) {
            List<Expr> targets = new ArrayList<>();
            for (TargetContext t : d.target_list().target()) {
                Expr target = target(t);
                setContext(target, ExprContext.Del, TargetKind.DEL);
                targets.add(target);
            }
            return at(new Stmt.Delete(targets, 0, 0, 0, 0), d);
        } else if (child instanceof Yield_stmtContext y) {
            return at(new Stmt.Expr(yieldExpr(y.yield_expr()), 0, 0, 0, 0), y);
        } else if (child instanceof Assert_stmtContext a) {
            Expr msg = a.test().size() > 1 ? test(a.test(1)) : null;
            return at(new Stmt.Assert(test(a.test(0)), msg, 0, 0, 0, 0), a);
        } else if (child instanceof Global_stmtContext g) {
            return at(new Stmt.Global(names(g.NAME()), 0, 0, 0, 0), g);
        } else {
            Nonlocal_stmtContext n = (Nonlocal_stmtContext) child;
            return at(new Stmt.Nonlocal(names(n.NAME()), 0, 0, 0, 0), n);
        }
    }

    private List<String> names(List<TerminalNode> nodes) {
        List<String> names = new ArrayList<>(nodes.size());
        for (TerminalNode n : nodes) {
            names.add(identifier(n.getSymbol()));
        }
        return names;
    }

    /** Identifiers are NFKC-normalised, as CPython does for non-ASCII names. */
    String identifier(Token t) {
        String text = t.getText();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                String msg = SourceDecoder.utf8ErrorMessage(text);
                if (msg != null) {
                    throw error(Kind.SyntaxError, msg, line(t), col(t), line(t), col(t) - 2);
                }
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    private Stmt exprStatement(Expr_stmtContext ctx) {
        ParseTree second = ctx.getChildCount() > 1 ? ctx.getChild(1) : null;
        if (second instanceof AnnotationContext ann) {
            List<Star_expressionsContext> lists = ctx.star_expressions();
            Star_expressionsContext targetCtx = lists.get(0);
            Expr target = starExpressions(targetCtx);
            if (!targetCtx.COMMA().isEmpty()) {
                // invalid_assignment: the error stands on the first of the bare tuple's items.
                throw error("only single target (not tuple) can be annotated", ((Expr.Tuple) target).elts.get(0));
            }
            if (target instanceof Expr.List) {
                throw error("only single target (not list) can be annotated", target);
            }
            if (target instanceof Expr.Tuple) {
                throw error("only single target (not tuple) can be annotated", target);
            }
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                    || target instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", target);
            }
            setContext(target, ExprContext.Store, TargetKind.STAR);
            int simple = target instanceof Expr.Name && targetCtx.start.getType() != Python311Lexer.OPEN_PAREN ? 1 : 0;
            Expr value = null;
            if (ann.yield_expr() != null) {
                value = yieldExpr(ann.yield_expr());
            } else if (ann.star_expressions() != null) {
                value = starExpressions(ann.star_expressions());
            }
            return at(new Stmt.AnnAssign(target, test(ann.test()), value, simple, 0, 0, 0, 0), ctx);
        }
        if (second instanceof AugassignContext) {
            List<Star_expressionsContext> lists = ctx.star_expressions();
            Expr target = starExpressions(lists.get(0));
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute
                    || target instanceof Expr.Subscript)) {
                throw error("'" + exprName(target) + "' is an illegal expression for augmented assignment", target);
            }
            setContext(target, ExprContext.Store, TargetKind.STAR);
            Expr value = ctx.yield_expr().isEmpty() ? starExpressions(lists.get(1)) : yieldExpr(ctx.yield_expr(0));
            return at(new Stmt.AugAssign(target, augOperator(ctx.augassign().start), value, 0, 0, 0, 0), ctx);
        }
        // star_expressions ('=' (yield_expr | star_expressions))*: all but the last are targets.
        List<Expr> parts = new ArrayList<>();
        List<ParseTree> partContexts = new ArrayList<>();
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof Star_expressionsContext s) {
                parts.add(starExpressions(s));
                partContexts.add(s);
            } else if (child instanceof Yield_exprContext y) {
                parts.add(yieldExpr(y));
                partContexts.add(y);
            }
        }
        if (parts.size() == 1) {
            return at(new Stmt.Expr(parts.get(0), 0, 0, 0, 0), ctx);
        }
        List<Expr> targets = new ArrayList<>(parts.subList(0, parts.size() - 1));
        Expr value = parts.get(parts.size() - 1);
        for (int i = 0; i < targets.size(); i++) {
            Expr target = targets.get(i);
            if (partContexts.get(i) instanceof Yield_exprContext) {
                // A bare yield; one in parentheses is an expression like any other target.
                throw error("assignment to yield expression not possible", target);
            }
            if (targets.size() == 1) {
                checkSingleAssignment(target, (Star_expressionsContext) ctx.getChild(0),
                        partContexts.get(partContexts.size() - 1));
            }
            setContext(target, ExprContext.Store, TargetKind.STAR);
        }
        return at(new Stmt.Assign(targets, value, null, 0, 0, 0, 0), ctx);
    }

    /**
     * CPython reports {@code f() = 1} through its invalid_named_expression rule when the
     * offending target stands right before the only '=' and a bitwise_or follows it: the
     * message then suggests '=='. In a bare tuple that rule sees the last item (the others
     * are followed by ','), and when that item is a plain name the rule's first form wins
     * over the invalid target elsewhere in the tuple.
     */
    private void checkSingleAssignment(Expr target, Star_expressionsContext targetCtx, ParseTree valueCtx) {
        Expr candidate = target;
        ParserRuleContext candidateCtx = lastItem(targetCtx);
        boolean bareTuple = target instanceof Expr.Tuple && targetCtx.start.getType() != Python311Lexer.OPEN_PAREN;
        if (bareTuple) {
            if (!targetCtx.COMMA().isEmpty() && targetCtx.getChild(targetCtx.getChildCount() - 1) instanceof TerminalNode) {
                return;
            }
            List<Expr> elts = ((Expr.Tuple) target).elts;
            candidate = elts.get(elts.size() - 1);
            if (candidateCtx.start.getType() == Python311Lexer.OPEN_PAREN
                    && (candidate instanceof Expr.Tuple || candidate instanceof Expr.GeneratorExp)) {
                return;
            }
        } else if (targetCtx.start.getType() == Python311Lexer.OPEN_PAREN
                && (target instanceof Expr.Tuple || target instanceof Expr.GeneratorExp)) {
            return;
        }
        if (candidate instanceof Expr.List || candidate instanceof Expr.Starred) {
            return;
        }
        if (candidate instanceof Expr.Constant c && (c.value instanceof ConstantValue.NoneValue
                || c.value instanceof ConstantValue.BoolValue)) {
            return;
        }
        Token valueEnd = bitwiseOrPrefixEnd(valueCtx);
        if (valueEnd == null || !isBitwiseOr(candidateCtx)) {
            return;
        }
        if (bareTuple && candidate instanceof Expr.Name && invalidTarget(target, TargetKind.STAR) != null) {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", candidateCtx.start, valueEnd);
        }
        if (invalidTarget(candidate, TargetKind.STAR) != null) {
            throw error("cannot assign to " + exprName(candidate) + " here. Maybe you meant '==' instead of '='?",
                    candidate);
        }
    }

    /** The last item of a star_expressions list (a trailing ',' is skipped). */
    private static ParserRuleContext lastItem(Star_expressionsContext list) {
        for (int i = list.getChildCount() - 1; ; i--) {
            if (list.getChild(i) instanceof ParserRuleContext item) {
                return item;
            }
        }
    }

    /** Whether an item is a bitwise_or in the grammar (a parenthesised anything is one). */
    private static boolean isBitwiseOr(ParserRuleContext item) {
        return item instanceof TestContext test && test.getChildCount() == 1 && test.getChild(0) instanceof DisjunctionContext d
                && d.getChildCount() == 1 && d.getChild(0) instanceof Bitwise_orContext;
    }

    /**
     * The last token of the bitwise_or that an assigned value starts with (as CPython's error
     * rule parses one there), or null when the value does not start with one: a yield, a
     * starred item, 'not' or a lambda.
     */
    private static Token bitwiseOrPrefixEnd(ParseTree value) {
        ParseTree node = value;
        while (true) {
            if (node instanceof Star_expressionsContext list) {
                node = list.getChild(0);
            } else if (node instanceof TestContext test) {
                node = test.getChild(0);
            } else if (node instanceof DisjunctionContext disjunction) {
                node = disjunction.getChild(0);
            } else if (node instanceof Bitwise_orContext operand) {
                return operand.stop;
            } else {
                return null;
            }
        }
    }

    private static Operator augOperator(Token t) {
        return switch (t.getType()) {
            case Python311Lexer.ADD_ASSIGN -> Operator.Add;
            case Python311Lexer.SUB_ASSIGN -> Operator.Sub;
            case Python311Lexer.MULT_ASSIGN -> Operator.Mult;
            case Python311Lexer.AT_ASSIGN -> Operator.MatMult;
            case Python311Lexer.DIV_ASSIGN -> Operator.Div;
            case Python311Lexer.MOD_ASSIGN -> Operator.Mod;
            case Python311Lexer.AND_ASSIGN -> Operator.BitAnd;
            case Python311Lexer.OR_ASSIGN -> Operator.BitOr;
            case Python311Lexer.XOR_ASSIGN -> Operator.BitXor;
            case Python311Lexer.LEFT_SHIFT_ASSIGN -> Operator.LShift;
            case Python311Lexer.RIGHT_SHIFT_ASSIGN -> Operator.RShift;
            case Python311Lexer.STAR_STAR_ASSIGN -> Operator.Pow;
            default -> Operator.FloorDiv;
        };
    }

    private Stmt importName(Import_nameContext ctx) {
        List<Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : ctx.dotted_as_name()) {
            String asname = d.NAME() == null ? null : identifier(d.NAME().getSymbol());
            names.add(at(new Alias(dottedName(d.dotted_name()), asname, 0, 0, 0, 0), d));
        }
        return at(new Stmt.Import(names, 0, 0, 0, 0), ctx);
    }

    private String dottedName(Dotted_nameContext ctx) {
        List<TerminalNode> parts = ctx.NAME();
        if (parts.size() == 1) {
            return identifier(parts.get(0).getSymbol());
        }
        StringBuilder name = new StringBuilder();
        for (TerminalNode part : parts) {
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(identifier(part.getSymbol()));
        }
        return name.toString();
    }

    private Stmt importFrom(Import_fromContext ctx) {
        int level = 0;
        for (Import_dotsContext d : ctx.import_dots()) {
            level += d.ELLIPSIS() != null ? 3 : 1;
        }
        String module = ctx.dotted_name() == null ? null : dottedName(ctx.dotted_name());
        List<Alias> names = new ArrayList<>();
        if (ctx.STAR() != null) {
            Token star = ctx.STAR().getSymbol();
            names.add(at(new Alias("*", null, 0, 0, 0, 0), star, star));
        } else {
            if (ctx.OPEN_PAREN() == null && ctx.trailing != null) {
                // CPython's rule ends with the NEWLINE and reports the error there.
                Token newline = tokens.get(ctx.trailing.getTokenIndex() + 1);
                int line = newline.getLine();
                throw error(Kind.SyntaxError, "trailing comma not allowed without surrounding parentheses", line,
                        source.byteColumn(line, ParseErrors.newlineStart(ctx.trailing, newline)), line,
                        source.byteColumn(line, newline.getCharPositionInLine()));
            }
            for (Import_as_nameContext n : ctx.import_as_names().import_as_name()) {
                String asname = n.NAME().size() > 1 ? identifier(n.NAME(1).getSymbol()) : null;
                names.add(at(new Alias(identifier(n.NAME(0).getSymbol()), asname, 0, 0, 0, 0), n));
            }
        }
        return at(new Stmt.ImportFrom(module, names, level, 0, 0, 0, 0), ctx);
    }

    private Stmt compound(Compound_stmtContext ctx) {
        ParseTree child = ctx.getChild(0);
        if (child instanceof If_stmtContext c) {
            return ifStatement(c);
        } else if (child instanceof While_stmtContext c) {
            List<Stmt> body = block(c.block());
            List<Stmt> orelse = c.else_block() == null ? new ArrayList<>() : block(c.else_block().block());
            return at(new Stmt.While(namedExpression(c.named_expression()), body, orelse, 0, 0, 0, 0), c.start,
                    compoundEnd(c));
        } else if (child instanceof For_stmtContext c) {
            return forStatement(c, null);
        } else if (child instanceof Try_stmtContext c) {
            return tryStatement(c);
        } else if (child instanceof With_stmtContext c) {
            return withStatement(c, null);
        } else if (child instanceof FuncdefContext c) {
            return functionDef(c, null, new ArrayList<>());
        } else if (child instanceof ClassdefContext c) {
            return classDef(c, new ArrayList<>());
        } else if (child instanceof DecoratedContext c) {
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext d : c.decorator()) {
                decorators.add(namedExpression(d.named_expression()));
            }
            if (c.classdef() != null) {
                return classDef(c.classdef(), decorators);
            } else if (c.funcdef() != null) {
                return functionDef(c.funcdef(), null, decorators);
            }
            return functionDef(c.async_funcdef().funcdef(), c.async_funcdef().start, decorators);
        } else if (child instanceof Async_stmtContext c) {
            if (c.funcdef() != null) {
                return functionDef(c.funcdef(), c.start, new ArrayList<>());
            } else if (c.with_stmt() != null) {
                return withStatement(c.with_stmt(), c.start);
            }
            return forStatement(c.for_stmt(), c.start);
        }
        return matchStatement((Match_stmtContext) child);
    }

    private Stmt ifStatement(If_stmtContext ctx) {
        List<Stmt> orelse = ctx.else_block() == null ? new ArrayList<>() : block(ctx.else_block().block());
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            // An elif runs to the end of the whole chain: its orelse holds the rest of it.
            Stmt nested = at(new Stmt.If(namedExpression(e.named_expression()), body, orelse, 0, 0, 0, 0), e.start,
                    compoundEnd(ctx));
            orelse = new ArrayList<>(1);
            orelse.add(nested);
        }
        List<Stmt> body = block(ctx.block());
        return at(new Stmt.If(namedExpression(ctx.named_expression()), body, orelse, 0, 0, 0, 0), ctx.start,
                compoundEnd(ctx));
    }

    private Stmt forStatement(For_stmtContext ctx, Token asyncToken) {
        Expr target = targetList(ctx.target_list());
        setContext(target, ExprContext.Store, TargetKind.FOR);
        Expr iter = starExpressions(ctx.star_expressions());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_block() == null ? new ArrayList<>() : block(ctx.else_block().block());
        Token end = compoundEnd(ctx);
        if (asyncToken != null) {
            return at(new Stmt.AsyncFor(target, iter, body, orelse, null, 0, 0, 0, 0), asyncToken, end);
        }
        return at(new Stmt.For(target, iter, body, orelse, null, 0, 0, 0, 0), ctx.start, end);
    }

    private Stmt tryStatement(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        for (Except_blockContext e : ctx.except_block()) {
            if (e.star != null) {
                star = true;
                if (e.test().isEmpty()) {
                    throw error("expected one or more exception types", e.COLON().getSymbol(),
                            e.COLON().getSymbol());
                }
            } else {
                plain = true;
            }
            if (star && plain) {
                // CPython's two error rules: 'except' '*' after plain handlers, a bare 'except'
                // after starred ones.
                throw error("cannot have both 'except' and 'except*' on the same 'try'", e.start,
                        e.star != null ? e.star : e.start);
            }
            if (e.test().size() > 1) {
                throw error("multiple exception types must be parenthesized", e.test(0).start,
                        e.test(e.test().size() - 1).stop);
            }
            Expr type = e.test().isEmpty() ? null : test(e.test(0));
            String name = e.NAME() == null ? null : identifier(e.NAME().getSymbol());
            List<Stmt> handlerBody = block(e.block());
            handlers.add(at(new ExceptHandler(type, name, handlerBody, 0, 0, 0, 0), e.start, compoundEnd(e)));
        }
        List<Stmt> orelse = ctx.else_block() == null ? new ArrayList<>() : block(ctx.else_block().block());
        List<Stmt> finalbody = ctx.finally_block() == null ? new ArrayList<>() : block(ctx.finally_block().block());
        Token end = compoundEnd(ctx);
        if (star) {
            return at(new Stmt.TryStar(body, handlers, orelse, finalbody, 0, 0, 0, 0), ctx.start, end);
        }
        return at(new Stmt.Try(body, handlers, orelse, finalbody, 0, 0, 0, 0), ctx.start, end);
    }

    private Stmt withStatement(With_stmtContext ctx, Token asyncToken) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : ctx.with_item()) {
            Expr vars = null;
            if (w.target() != null) {
                vars = target(w.target());
                setContext(vars, ExprContext.Store, TargetKind.STAR);
            }
            items.add(new WithItem(test(w.test()), vars));
        }
        List<Stmt> body = block(ctx.block());
        if (asyncToken != null) {
            return at(new Stmt.AsyncWith(items, body, null, 0, 0, 0, 0), asyncToken, compoundEnd(ctx));
        }
        return at(new Stmt.With(items, body, null, 0, 0, 0, 0), ctx.start, compoundEnd(ctx));
    }

    private Stmt functionDef(FuncdefContext ctx, Token asyncToken, List<Expr> decorators) {
        String name = identifier(ctx.NAME().getSymbol());
        Arguments args = ctx.parameters() == null ? emptyArguments() : parameters(ctx.parameters());
        Expr returns = ctx.test() == null ? null : test(ctx.test());
        List<Stmt> body = block(ctx.block());
        if (asyncToken != null) {
            return at(new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, 0, 0, 0, 0), asyncToken,
                    compoundEnd(ctx));
        }
        return at(new Stmt.FunctionDef(name, args, body, decorators, returns, null, 0, 0, 0, 0), ctx.start,
                compoundEnd(ctx));
    }

    private Stmt classDef(ClassdefContext ctx, List<Expr> decorators) {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx.arglist() != null) {
            arguments(ctx.arglist(), bases, keywords, null);
        }
        List<Stmt> body = block(ctx.block());
        return at(new Stmt.ClassDef(identifier(ctx.NAME().getSymbol()), bases, keywords, body, decorators, 0, 0, 0, 0),
                ctx.start, compoundEnd(ctx));
    }

    private static Arguments emptyArguments() {
        return new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(), new ArrayList<>(), null,
                new ArrayList<>());
    }

    /** Collects a def's parameters into CPython's arguments layout, checking their order. */
    private Arguments parameters(ParametersContext ctx) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        Token bareStar = null;
        for (ParameterContext p : ctx.parameter()) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", p.start, p.stop);
            }
            if (p.SLASH() != null) {
                if (seenSlash) {
                    throw error("/ may appear only once", p.start, p.start);
                }
                if (seenStar) {
                    throw error("/ must be ahead of *", p.start, p.start);
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /", p.start, p.start);
                }
                seenSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (p.STAR() != null) {
                if (seenStar) {
                    throw error("* argument may appear only once", p.start, p.start);
                }
                seenStar = true;
                if (p.NAME() != null) {
                    Expr annotation = null;
                    Token end = p.NAME().getSymbol();
                    if (p.star_expr() != null) {
                        annotation = starExpr(p.star_expr());
                        end = p.star_expr().stop;
                    } else if (!p.test().isEmpty()) {
                        annotation = test(p.test(0));
                        end = p.test(0).stop;
                    }
                    vararg = at(new Arg(identifier(p.NAME().getSymbol()), annotation, null, 0, 0, 0, 0),
                            p.NAME().getSymbol(), end);
                } else {
                    bareStar = p.start;
                }
            } else if (p.STAR_STAR() != null) {
                Expr annotation = p.test().isEmpty() ? null : test(p.test(0));
                Token end = p.test().isEmpty() ? p.NAME().getSymbol() : p.test(0).stop;
                kwarg = at(new Arg(identifier(p.NAME().getSymbol()), annotation, null, 0, 0, 0, 0),
                        p.NAME().getSymbol(), end);
            } else {
                Expr annotation = p.COLON() != null ? test(p.test(0)) : null;
                Token end = p.COLON() != null ? p.test(0).stop : p.NAME().getSymbol();
                Arg arg = at(new Arg(identifier(p.NAME().getSymbol()), annotation, null, 0, 0, 0, 0),
                        p.NAME().getSymbol(), end);
                Expr dflt = p.ASSIGN() != null ? test(p.test(p.test().size() - 1)) : null;
                if (seenStar) {
                    kwonly.add(arg);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw error("non-default argument follows default argument", p.start, p.stop);
                    }
                    args.add(arg);
                }
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *", bareStar, bareStar);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arguments lambdaParameters(Lambda_parametersContext ctx) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean seenSlash = false;
        boolean seenStar = false;
        Token bareStar = null;
        for (Lambda_parameterContext p : ctx.lambda_parameter()) {
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", p.start, p.stop);
            }
            if (p.SLASH() != null) {
                if (seenSlash) {
                    throw error("/ may appear only once", p.start, p.start);
                }
                if (seenStar) {
                    throw error("/ must be ahead of *", p.start, p.start);
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /", p.start, p.start);
                }
                seenSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (p.STAR() != null) {
                if (seenStar) {
                    throw error("* argument may appear only once", p.start, p.start);
                }
                seenStar = true;
                if (p.NAME() != null) {
                    Token n = p.NAME().getSymbol();
                    vararg = at(new Arg(identifier(n), null, null, 0, 0, 0, 0), n, n);
                } else {
                    bareStar = p.start;
                }
            } else if (p.STAR_STAR() != null) {
                Token n = p.NAME().getSymbol();
                kwarg = at(new Arg(identifier(n), null, null, 0, 0, 0, 0), n, n);
            } else {
                Token n = p.NAME().getSymbol();
                Arg arg = at(new Arg(identifier(n), null, null, 0, 0, 0, 0), n, n);
                Expr dflt = p.ASSIGN() != null ? test(p.test()) : null;
                if (seenStar) {
                    kwonly.add(arg);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw error("non-default argument follows default argument", p.start, p.stop);
                    }
                    args.add(arg);
                }
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *", bareStar, bareStar);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    // ---- match statement -----------------------------------------------------------------

    private Stmt matchStatement(Match_stmtContext ctx) {
        Star_named_expressionsContext subjectCtx = ctx.star_named_expressions();
        Expr subject;
        if (subjectCtx.COMMA().isEmpty()) {
            subject = starNamedExpression(subjectCtx.star_named_expression(0));
        } else {
            List<Expr> elts = new ArrayList<>();
            for (Star_named_expressionContext s : subjectCtx.star_named_expression()) {
                elts.add(starNamedExpression(s));
            }
            subject = at(new Expr.Tuple(elts, ExprContext.Load, 0, 0, 0, 0), subjectCtx);
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : ctx.case_block()) {
            Pattern pattern = patterns(c.patterns());
            Expr guard = c.named_expression() == null ? null : namedExpression(c.named_expression());
            List<Stmt> body = block(c.block());
            cases.add(new MatchCase(pattern, guard, body));
        }
        return at(new Stmt.Match(subject, cases, 0, 0, 0, 0), ctx.start, compoundEnd(ctx));
    }

    private Pattern patterns(PatternsContext ctx) {
        List<Star_patternContext> items = ctx.star_pattern();
        if (items.size() == 1 && ctx.COMMA().isEmpty()) {
            Star_patternContext only = items.get(0);
            if (only.pattern() != null) {
                return pattern(only.pattern());
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (Star_patternContext s : items) {
            patterns.add(starPattern(s));
        }
        return at(new Pattern.MatchSequence(patterns, 0, 0, 0, 0), ctx);
    }

    private Pattern starPattern(Star_patternContext ctx) {
        if (ctx.pattern() != null) {
            return pattern(ctx.pattern());
        }
        String name = identifier(ctx.NAME().getSymbol());
        return at(new Pattern.MatchStar(name.equals("_") ? null : name, 0, 0, 0, 0), ctx);
    }

    private Pattern pattern(PatternContext ctx) {
        Pattern inner = orPattern(ctx.or_pattern());
        if (ctx.AS() == null) {
            return inner;
        }
        String name = identifier(ctx.NAME().getSymbol());
        if (name.equals("_")) {
            throw error("cannot use '_' as a target", ctx.NAME().getSymbol(), ctx.NAME().getSymbol());
        }
        return at(new Pattern.MatchAs(inner, name, 0, 0, 0, 0), ctx);
    }

    private Pattern orPattern(Or_patternContext ctx) {
        List<Closed_patternContext> alts = ctx.closed_pattern();
        if (alts.size() == 1) {
            return closedPattern(alts.get(0));
        }
        List<Pattern> patterns = new ArrayList<>(alts.size());
        for (Closed_patternContext c : alts) {
            patterns.add(closedPattern(c));
        }
        return at(new Pattern.MatchOr(patterns, 0, 0, 0, 0), ctx);
    }

    private Pattern closedPattern(Closed_patternContext ctx) {
        if (ctx instanceof LiteralNumberPatternContext n) {
            return at(new Pattern.MatchValue(numberPatternValue(n.signed_number(), n.NUMBER(), n), 0, 0, 0, 0), n);
        } else if (ctx instanceof LiteralStringPatternContext s) {
            return at(new Pattern.MatchValue(strings(s.STRING(), s.stop), 0, 0, 0, 0), s);
        } else if (ctx instanceof SingletonPatternContext s) {
            ConstantValue value = s.NONE() != null ? ConstantValue.NONE
                    : s.TRUE() != null ? ConstantValue.TRUE : ConstantValue.FALSE;
            return at(new Pattern.MatchSingleton(value, 0, 0, 0, 0), s);
        } else if (ctx instanceof NamePatternContext n) {
            List<TerminalNode> parts = n.NAME();
            if (n.OPEN_PAREN() == null) {
                if (parts.size() == 1) {
                    String name = identifier(parts.get(0).getSymbol());
                    return at(new Pattern.MatchAs(null, name.equals("_") ? null : name, 0, 0, 0, 0), n);
                }
                return at(new Pattern.MatchValue(nameOrAttribute(parts), 0, 0, 0, 0), n);
            }
            Expr cls = nameOrAttribute(parts);
            List<Pattern> patterns = new ArrayList<>();
            List<String> kwdAttrs = new ArrayList<>();
            List<Pattern> kwdPatterns = new ArrayList<>();
            if (n.class_pattern_args() != null) {
                for (Class_pattern_argContext a : n.class_pattern_args().class_pattern_arg()) {
                    if (a.NAME() != null) {
                        kwdAttrs.add(identifier(a.NAME().getSymbol()));
                        kwdPatterns.add(pattern(a.pattern()));
                    } else {
                        if (!kwdAttrs.isEmpty()) {
                            throw error("positional patterns follow keyword patterns", a.start, a.stop);
                        }
                        patterns.add(pattern(a.pattern()));
                    }
                }
            }
            return at(new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, 0, 0, 0, 0), n);
        } else if (ctx instanceof GroupPatternContext g) {
            if (g.patterns() == null) {
                return at(new Pattern.MatchSequence(new ArrayList<>(), 0, 0, 0, 0), g);
            }
            PatternsContext inner = g.patterns();
            if (inner.star_pattern().size() == 1 && inner.COMMA().isEmpty()
                    && inner.star_pattern(0).pattern() != null) {
                return pattern(inner.star_pattern(0).pattern());
            }
            List<Pattern> patterns = new ArrayList<>();
            for (Star_patternContext s : inner.star_pattern()) {
                patterns.add(starPattern(s));
            }
            return at(new Pattern.MatchSequence(patterns, 0, 0, 0, 0), g);
        } else if (ctx instanceof ListPatternContext l) {
            List<Pattern> patterns = new ArrayList<>();
            if (l.patterns() != null) {
                for (Star_patternContext s : l.patterns().star_pattern()) {
                    patterns.add(starPattern(s));
                }
            }
            return at(new Pattern.MatchSequence(patterns, 0, 0, 0, 0), l);
        }
        MappingPatternContext m = (MappingPatternContext) ctx;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        if (m.mapping_items() != null) {
            for (Mapping_itemContext item : m.mapping_items().mapping_item()) {
                if (rest != null) {
                    throw error("invalid syntax", item.start, item.start);
                }
                if (item.STAR_STAR() != null) {
                    rest = identifier(item.NAME().getSymbol());
                } else {
                    keys.add(mappingKey(item.mapping_key()));
                    values.add(pattern(item.pattern()));
                }
            }
        }
        return at(new Pattern.MatchMapping(keys, values, rest, 0, 0, 0, 0), m);
    }

    private Expr mappingKey(Mapping_keyContext k) {
        if (k.signed_number() != null) {
            return numberPatternValue(k.signed_number(), k.NUMBER(), k);
        } else if (!k.STRING().isEmpty()) {
            return strings(k.STRING(), k.stop);
        } else if (k.NONE() != null) {
            return at(new Expr.Constant(ConstantValue.NONE, null, 0, 0, 0, 0), k);
        } else if (k.TRUE() != null) {
            return at(new Expr.Constant(ConstantValue.TRUE, null, 0, 0, 0, 0), k);
        } else if (k.FALSE() != null) {
            return at(new Expr.Constant(ConstantValue.FALSE, null, 0, 0, 0, 0), k);
        }
        return nameOrAttribute(k.NAME());
    }

    /** A signed number, or a complex literal {@code real +/- imag}, as a pattern value. */
    private Expr numberPatternValue(Signed_numberContext signed, TerminalNode imag, ParserRuleContext whole) {
        Token numberToken = signed.NUMBER().getSymbol();
        Expr real = at(new Expr.Constant(number(numberToken), null, 0, 0, 0, 0), numberToken, numberToken);
        if (signed.MINUS() != null) {
            real = at(new Expr.UnaryOp(Unaryop.USub, real, 0, 0, 0, 0), signed);
        }
        if (imag == null) {
            return real;
        }
        Token op = ((TerminalNode) whole.getChild(1)).getSymbol();
        Token imagToken = imag.getSymbol();
        ConstantValue imagValue = number(imagToken);
        if (!(imagValue instanceof ConstantValue.ComplexValue)) {
            throw error("imaginary number required in complex literal", imagToken, imagToken);
        }
        if (signed.NUMBER() != null && number(numberToken) instanceof ConstantValue.ComplexValue) {
            throw error("real number required in complex literal", signed.start, signed.stop);
        }
        Expr right = at(new Expr.Constant(imagValue, null, 0, 0, 0, 0), imagToken, imagToken);
        Operator operator = op != null && op.getType() == Python311Lexer.MINUS ? Operator.Sub : Operator.Add;
        return at(new Expr.BinOp(real, operator, right, 0, 0, 0, 0), whole.start, imagToken);
    }

    private Expr nameOrAttribute(List<TerminalNode> parts) {
        Token first = parts.get(0).getSymbol();
        Expr value = at(new Expr.Name(identifier(first), ExprContext.Load, 0, 0, 0, 0), first, first);
        for (int i = 1; i < parts.size(); i++) {
            Token attr = parts.get(i).getSymbol();
            value = at(new Expr.Attribute(value, identifier(attr), ExprContext.Load, 0, 0, 0, 0), first, attr);
        }
        return value;
    }

    // ---- targets -------------------------------------------------------------------------

    enum TargetKind { STAR, FOR, DEL }

    private Expr target(TargetContext ctx) {
        return ctx.star_expr() != null ? starExpr(ctx.star_expr()) : bitwiseOr(ctx.bitwise_or());
    }

    /** A target list: a single target, or a Tuple when there is a comma. */
    private Expr targetList(Target_listContext ctx) {
        List<TargetContext> targets = ctx.target();
        if (targets.size() == 1 && ctx.COMMA().isEmpty()) {
            return target(targets.get(0));
        }
        List<Expr> elts = new ArrayList<>(targets.size());
        for (TargetContext t : targets) {
            elts.add(target(t));
        }
        return at(new Expr.Tuple(elts, ExprContext.Load, 0, 0, 0, 0), ctx);
    }

    /** Marks a target Store or Del, raising CPython's error for what cannot be a target. */
    void setContext(Expr e, ExprContext ctx, TargetKind kind) {
        Expr invalid = invalidTarget(e, kind);
        if (invalid != null) {
            String verb = kind == TargetKind.DEL ? "cannot delete " : "cannot assign to ";
            throw error(verb + exprName(invalid), invalid);
        }
        apply(e, ctx);
    }

    private static void apply(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            n.ctx = ctx;
        } else if (e instanceof Expr.Attribute a) {
            a.ctx = ctx;
        } else if (e instanceof Expr.Subscript s) {
            s.ctx = ctx;
        } else if (e instanceof Expr.Starred s) {
            s.ctx = ctx;
            apply(s.value, ctx);
        } else if (e instanceof Expr.Tuple t) {
            t.ctx = ctx;
            for (Expr elt : t.elts) {
                apply(elt, ctx);
            }
        } else if (e instanceof Expr.List l) {
            l.ctx = ctx;
            for (Expr elt : l.elts) {
                apply(elt, ctx);
            }
        }
    }

    /** CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
    private static Expr invalidTarget(Expr e, TargetKind kind) {
        if (e instanceof Expr.Tuple t) {
            for (Expr elt : t.elts) {
                Expr bad = invalidTarget(elt, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        } else if (e instanceof Expr.List l) {
            for (Expr elt : l.elts) {
                Expr bad = invalidTarget(elt, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        } else if (e instanceof Expr.Starred s) {
            return kind == TargetKind.DEL ? e : invalidTarget(s.value, kind);
        } else if (e instanceof Expr.Compare c) {
            if (kind == TargetKind.FOR) {
                return c.ops.get(0) == Cmpop.In ? invalidTarget(c.left, kind) : null;
            }
            return e;
        } else if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    /** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.List) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.Set) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            if (c.value instanceof ConstantValue.NoneValue) {
                return "None";
            } else if (c.value instanceof ConstantValue.BoolValue b) {
                return b.value() ? "True" : "False";
            } else if (c.value instanceof ConstantValue.EllipsisValue) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    // ---- expressions ---------------------------------------------------------------------

    Expr starExpressions(Star_expressionsContext ctx) {
        int n = ctx.getChildCount();
        if (n == 1) {
            return starExpression(ctx.getChild(0));
        }
        // Children alternate item, comma, item, ...; a trailing comma makes n even.
        List<Expr> elts = new ArrayList<>((n + 1) / 2);
        for (int i = 0; i < n; i += 2) {
            elts.add(starExpression(ctx.getChild(i)));
        }
        return at(new Expr.Tuple(elts, ExprContext.Load, 0, 0, 0, 0), ctx);
    }

    /** An item of star_expressions: a test or a star_expr. */
    private Expr starExpression(ParseTree item) {
        return item instanceof TestContext t ? test(t) : starExpr((Star_exprContext) item);
    }

    private Expr starExpr(Star_exprContext ctx) {
        return at(new Expr.Starred(bitwiseOr(ctx.bitwise_or()), ExprContext.Load, 0, 0, 0, 0), ctx);
    }

    private Expr starNamedExpression(Star_named_expressionContext ctx) {
        ParseTree only = ctx.getChild(0);
        return only instanceof Named_expressionContext n ? namedExpression(n) : starExpr((Star_exprContext) only);
    }

    Expr namedExpression(Named_expressionContext ctx) {
        return leadingNamedExpression(ctx);
    }

    /**
     * {@code test ( ':=' test )?} as the first children of {@code ctx}: a named_expression,
     * or an argument of a call, which has them written out.
     */
    private Expr leadingNamedExpression(ParserRuleContext ctx) {
        Expr first = test((TestContext) ctx.getChild(0));
        if (!(ctx.getChild(1) instanceof TerminalNode walrus)
                || walrus.getSymbol().getType() != Python311Lexer.COLON_ASSIGN) {
            return first;
        }
        if (!(first instanceof Expr.Name)) {
            throw error("cannot use assignment expressions with " + exprName(first), first);
        }
        ((Expr.Name) first).ctx = ExprContext.Store;
        TestContext value = (TestContext) ctx.getChild(2);
        return at(new Expr.NamedExpr(first, test(value), 0, 0, 0, 0), ctx.start, value.stop);
    }

    Expr test(TestContext ctx) {
        ParseTree first = ctx.getChild(0);
        if (first instanceof LambdefContext l) {
            Arguments args = l.lambda_parameters() == null ? emptyArguments() : lambdaParameters(l.lambda_parameters());
            return at(new Expr.Lambda(args, test(l.test()), 0, 0, 0, 0), l);
        }
        Expr body = disjunction((DisjunctionContext) first);
        if (ctx.getChildCount() == 1) {
            return body;
        }
        // disjunction 'if' disjunction 'else' test
        Expr condition = disjunction((DisjunctionContext) ctx.getChild(2));
        return at(new Expr.IfExp(condition, body, test((TestContext) ctx.getChild(4)), 0, 0, 0, 0), ctx);
    }

    /**
     * The tree nests a chain of one boolean operator or of comparisons to the left; CPython
     * has one BoolOp or Compare for the whole chain. The left spine is walked with a loop,
     * so a chain of any length takes no stack.
     */
    private Expr disjunction(DisjunctionContext ctx) {
        ParseTree first = ctx.getChild(0);
        if (first instanceof Bitwise_orContext operand) {
            return bitwiseOr(operand);
        } else if (first instanceof TerminalNode) {
            // 'not' disjunction
            return at(new Expr.UnaryOp(Unaryop.Not, disjunction((DisjunctionContext) ctx.getChild(1)), 0, 0, 0, 0),
                    ctx);
        } else if (isComparison(ctx)) {
            return comparison(ctx);
        }
        int operator = ((TerminalNode) ctx.getChild(1)).getSymbol().getType();
        boolean or = operator == Python311Lexer.OR;
        List<DisjunctionContext> rights = new ArrayList<>();
        DisjunctionContext d = ctx;
        while (isBooleanOperation(d, operator)) {
            rights.add((DisjunctionContext) d.getChild(2));
            d = (DisjunctionContext) d.getChild(0);
        }
        List<Expr> values = new ArrayList<>(rights.size() + 1);
        values.add(disjunction(d));
        for (int i = rights.size() - 1; i >= 0; i--) {
            values.add(disjunction(rights.get(i)));
        }
        return at(new Expr.BoolOp(or ? Boolop.Or : Boolop.And, values, 0, 0, 0, 0), ctx);
    }

    /** {@code disjunction comp_op bitwise_or}. */
    private static boolean isComparison(DisjunctionContext d) {
        return d.getChildCount() == 3 && d.getChild(1) instanceof Comp_opContext;
    }

    /** {@code disjunction 'and' disjunction} or {@code disjunction 'or' disjunction}, by operator. */
    private static boolean isBooleanOperation(DisjunctionContext d, int operator) {
        return d.getChildCount() == 3 && d.getChild(1) instanceof TerminalNode op
                && op.getSymbol().getType() == operator;
    }

    /** {@code a < b < c}: the tree nests to the left, CPython has one Compare. */
    private Expr comparison(DisjunctionContext ctx) {
        List<DisjunctionContext> links = new ArrayList<>();
        DisjunctionContext d = ctx;
        while (isComparison(d)) {
            links.add(d);
            d = (DisjunctionContext) d.getChild(0);
        }
        Expr left = disjunction(d);
        List<Cmpop> ops = new ArrayList<>(links.size());
        List<Expr> comparators = new ArrayList<>(links.size());
        for (int i = links.size() - 1; i >= 0; i--) {
            DisjunctionContext c = links.get(i);
            ops.add(compareOperator((Comp_opContext) c.getChild(1)));
            comparators.add(bitwiseOr((Bitwise_orContext) c.getChild(2)));
        }
        return at(new Expr.Compare(left, ops, comparators, 0, 0, 0, 0), ctx);
    }

    private static Cmpop compareOperator(Comp_opContext op) {
        return switch (op.start.getType()) {
            case Python311Lexer.LESS -> Cmpop.Lt;
            case Python311Lexer.GREATER -> Cmpop.Gt;
            case Python311Lexer.EQUALS -> Cmpop.Eq;
            case Python311Lexer.GREATER_EQUAL -> Cmpop.GtE;
            case Python311Lexer.LESS_EQUAL -> Cmpop.LtE;
            case Python311Lexer.NOT_EQUAL -> Cmpop.NotEq;
            case Python311Lexer.IN -> Cmpop.In;
            case Python311Lexer.NOT -> Cmpop.NotIn;
            default -> op.getChildCount() > 1 ? Cmpop.IsNot : Cmpop.Is;
        };
    }

    /**
     * Arithmetic and bitwise operators. Left-associative operators nest the tree to the
     * left; that spine is walked with a loop and built from the bottom up, each BinOp
     * spanning from the start of the chain to the end of its right operand.
     */
    private Expr bitwiseOr(Bitwise_orContext ctx) {
        ParseTree first = ctx.getChild(0);
        if (first instanceof TerminalNode t && !isUnaryOperator(t.getSymbol().getType())) {
            return primary(ctx);
        } else if (first instanceof TerminalNode) {
            // ( '+' | '-' | '~' ) bitwise_or
            Unaryop op = switch (ctx.start.getType()) {
                case Python311Lexer.PLUS -> Unaryop.UAdd;
                case Python311Lexer.MINUS -> Unaryop.USub;
                default -> Unaryop.Invert;
            };
            return at(new Expr.UnaryOp(op, bitwiseOr((Bitwise_orContext) ctx.getChild(1)), 0, 0, 0, 0), ctx);
        } else if (isPower(ctx)) {
            return at(new Expr.BinOp(bitwiseOr((Bitwise_orContext) ctx.getChild(0)), Operator.Pow,
                    bitwiseOr((Bitwise_orContext) ctx.getChild(2)), 0, 0, 0, 0), ctx);
        }
        List<Bitwise_orContext> spine = new ArrayList<>();
        Bitwise_orContext b = ctx;
        while (b.getChild(0) instanceof Bitwise_orContext left && !isPower(b)) {
            spine.add(b);
            b = left;
        }
        Expr left = bitwiseOr(b);
        for (int i = spine.size() - 1; i >= 0; i--) {
            Bitwise_orContext binary = spine.get(i);
            Operator op = binaryOperator(((TerminalNode) binary.getChild(1)).getSymbol());
            Expr right = bitwiseOr((Bitwise_orContext) binary.getChild(2));
            left = at(new Expr.BinOp(left, op, right, 0, 0, 0, 0), binary);
        }
        return left;
    }

    private static boolean isUnaryOperator(int type) {
        return type == Python311Lexer.PLUS || type == Python311Lexer.MINUS || type == Python311Lexer.TILDE;
    }

    /** {@code bitwise_or '**' bitwise_or}; the other binary operators nest only to the left. */
    private static boolean isPower(Bitwise_orContext b) {
        return b.getChildCount() == 3 && b.getChild(1) instanceof TerminalNode op
                && op.getSymbol().getType() == Python311Lexer.STAR_STAR && b.getChild(0) instanceof Bitwise_orContext;
    }

    private static Operator binaryOperator(Token t) {
        return switch (t.getType()) {
            case Python311Lexer.PIPE -> Operator.BitOr;
            case Python311Lexer.CARET -> Operator.BitXor;
            case Python311Lexer.AMPERSAND -> Operator.BitAnd;
            case Python311Lexer.LEFT_SHIFT -> Operator.LShift;
            case Python311Lexer.RIGHT_SHIFT -> Operator.RShift;
            case Python311Lexer.PLUS -> Operator.Add;
            case Python311Lexer.MINUS -> Operator.Sub;
            case Python311Lexer.STAR -> Operator.Mult;
            case Python311Lexer.AT -> Operator.MatMult;
            case Python311Lexer.SLASH -> Operator.Div;
            case Python311Lexer.PERCENT -> Operator.Mod;
            default -> Operator.FloorDiv;
        };
    }

    /**
     * {@code 'await'? atom trailer*}: trailers apply left to right, each spanning from the
     * atom. The atom's children are those before the first trailer; the first and the last
     * of them are tokens.
     */
    private Expr primary(Bitwise_orContext ctx) {
        boolean await = ctx.start.getType() == Python311Lexer.AWAIT;
        int first = await ? 1 : 0;
        int n = ctx.getChildCount();
        int last = first;
        while (last + 1 < n && !(ctx.getChild(last + 1) instanceof TrailerContext)) {
            last++;
        }
        Token start = ((TerminalNode) ctx.getChild(first)).getSymbol();
        Token stop = ((TerminalNode) ctx.getChild(last)).getSymbol();
        Expr value = atom(ctx, first, last, start, stop);
        for (int i = last + 1; i < n; i++) {
            value = trailer(value, start, (TrailerContext) ctx.getChild(i));
        }
        if (await) {
            return at(new Expr.Await(value, 0, 0, 0, 0), ctx);
        }
        return value;
    }

    /** One trailer, told apart by its first token: '.' NAME, '[' subscripts ']' or '(' arglist? ')'. */
    private Expr trailer(Expr value, Token start, TrailerContext t) {
        switch (t.start.getType()) {
            case Python311Lexer.DOT -> {
                Token name = ((TerminalNode) t.getChild(1)).getSymbol();
                return at(new Expr.Attribute(value, identifier(name), ExprContext.Load, 0, 0, 0, 0), start, t.stop);
            }
            case Python311Lexer.OPEN_BRACKET -> {
                Expr slice = subscripts((SubscriptsContext) t.getChild(1));
                return at(new Expr.Subscript(value, slice, ExprContext.Load, 0, 0, 0, 0), start, t.stop);
            }
            default -> {
                List<Expr> args = new ArrayList<>();
                List<Keyword> keywords = new ArrayList<>();
                if (t.getChild(1) instanceof ArglistContext arglist) {
                    arguments(arglist, args, keywords, t);
                }
                return at(new Expr.Call(value, args, keywords, 0, 0, 0, 0), start, t.stop);
            }
        }
    }

    /**
     * Call arguments in CPython's two lists. A lone generator argument spans the call's
     * parentheses; anywhere else it must be parenthesised.
     */
    private void arguments(ArglistContext ctx, List<Expr> args, List<Keyword> keywords, TrailerContext call) {
        int children = ctx.getChildCount();
        boolean seenKeyword = false;
        boolean seenKwUnpack = false;
        // Children alternate argument, comma, argument, ...
        for (int i = 0; i < children; i += 2) {
            ArgumentContext a = (ArgumentContext) ctx.getChild(i);
            int first = a.start.getType();
            boolean keyword = a.getChildCount() == 3 && a.getChild(1) instanceof TerminalNode assign
                    && assign.getSymbol().getType() == Python311Lexer.ASSIGN;
            if (a.getChild(a.getChildCount() - 1) instanceof Comp_forContext) {
                if (children > 1) {
                    throw error("Generator expression must be parenthesized", a.start, a.stop);
                }
                Expr elt = leadingNamedExpression(a);
                List<Comprehension> generators = compFor(a.comp_for());
                Token open = call != null ? call.start : ((ParserRuleContext) ctx.getParent()).getToken(
                        Python311Parser.OPEN_PAREN, 0).getSymbol();
                Token close = call != null ? call.stop : ((ParserRuleContext) ctx.getParent()).getToken(
                        Python311Parser.CLOSE_PAREN, 0).getSymbol();
                args.add(at(new Expr.GeneratorExp(elt, generators, 0, 0, 0, 0), open, close));
            } else if (keyword) {
                seenKeyword = true;
                keywords.add(at(new Keyword(identifier(a.start), test((TestContext) a.getChild(2)), 0, 0, 0, 0), a));
            } else if (first == Python311Lexer.STAR_STAR) {
                seenKwUnpack = true;
                keywords.add(at(new Keyword(null, test((TestContext) a.getChild(1)), 0, 0, 0, 0), a));
            } else if (first == Python311Lexer.STAR) {
                if (seenKwUnpack) {
                    // CPython's rule fails on the '*' and reports the token it stopped at.
                    throw error("iterable argument unpacking follows keyword argument unpacking", a.start, a.start);
                }
                args.add(at(new Expr.Starred(test((TestContext) a.getChild(1)), ExprContext.Load, 0, 0, 0, 0), a));
            } else {
                if (seenKwUnpack || seenKeyword) {
                    // CPython raises this once every argument is parsed, at the token after them.
                    Token after = nextToken(ctx.stop);
                    if (after == null) {
                        after = ctx.stop;
                    } else if (after.getType() == Python311Lexer.COMMA) {
                        after = nextToken(after);
                    }
                    throw error(seenKwUnpack ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", after, after);
                }
                args.add(leadingNamedExpression(a));
            }
        }
    }

    private Expr subscripts(SubscriptsContext ctx) {
        List<SubscriptContext> items = ctx.subscript();
        if (items.size() == 1 && ctx.COMMA().isEmpty() && items.get(0).star_expr() == null) {
            return subscript(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (SubscriptContext s : items) {
            elts.add(subscript(s));
        }
        return at(new Expr.Tuple(elts, ExprContext.Load, 0, 0, 0, 0), ctx);
    }

    private Expr subscript(SubscriptContext ctx) {
        if (ctx.star_expr() != null) {
            return starExpr(ctx.star_expr());
        }
        Slice_tailContext tail = ctx.slice_tail();
        if (tail == null) {
            return namedExpression(ctx.named_expression());
        }
        Expr lower = ctx.named_expression() == null ? null : namedExpression(ctx.named_expression());
        Expr upper = tail.test() == null ? null : test(tail.test());
        Expr step = tail.slice_step() == null || tail.slice_step().test() == null ? null
                : test(tail.slice_step().test());
        return at(new Expr.Slice(lower, upper, step, 0, 0, 0, 0), ctx);
    }

    /**
     * The atom made of children {@code first..last} of a primary, from token {@code start}
     * to token {@code stop}; a bracketed atom's contents, if any, are the child after its
     * opening bracket.
     */
    private Expr atom(Bitwise_orContext ctx, int first, int last, Token start, Token stop) {
        return switch (start.getType()) {
            case Python311Lexer.NAME -> at(new Expr.Name(identifier(start), ExprContext.Load, 0, 0, 0, 0), start, stop);
            case Python311Lexer.NUMBER -> at(new Expr.Constant(number(start), null, 0, 0, 0, 0), start, stop);
            case Python311Lexer.STRING -> {
                List<TerminalNode> parts = new ArrayList<>(last - first + 1);
                for (int i = first; i <= last; i++) {
                    parts.add((TerminalNode) ctx.getChild(i));
                }
                yield strings(parts, stop);
            }
            case Python311Lexer.OPEN_PAREN -> parenAtom(ctx.getChild(first + 1), start, stop);
            case Python311Lexer.OPEN_BRACKET -> listAtom(ctx.getChild(first + 1), start, stop);
            case Python311Lexer.OPEN_BRACE -> braceAtom(ctx.getChild(first + 1), start, stop);
            case Python311Lexer.ELLIPSIS -> at(new Expr.Constant(ConstantValue.ELLIPSIS, null, 0, 0, 0, 0), start, stop);
            case Python311Lexer.NONE -> at(new Expr.Constant(ConstantValue.NONE, null, 0, 0, 0, 0), start, stop);
            case Python311Lexer.TRUE -> at(new Expr.Constant(ConstantValue.TRUE, null, 0, 0, 0, 0), start, stop);
            default -> at(new Expr.Constant(ConstantValue.FALSE, null, 0, 0, 0, 0), start, stop);
        };
    }

    private ConstantValue number(Token t) {
        return NumberLiterals.parse(t.getText());
    }

    private Expr strings(List<TerminalNode> parts, Token last) {
        List<StringToken> tokens = new ArrayList<>(parts.size());
        for (TerminalNode part : parts) {
            Token t = part.getSymbol();
            String text = t.getText();
            String msg = SourceDecoder.utf8ErrorMessage(stringBody(text));
            if (msg != null) {
                throw new SyntaxErrorException(utf8StringError(msg, last));
            }
            tokens.add(new StringToken(text, line(t), col(t), endLine(t), endCol(t)));
        }
        try {
            return StringAtoms.build(tokens, expressionParser);
        } catch (PythonSyntaxError e) {
            throw new SyntaxErrorException(e);
        }
    }

    /** CPython reports undecodable bytes in a string at the token after the string atom. */
    private PythonSyntaxError utf8StringError(String msg, Token last) {
        Token next = nextToken(last);
        int line = next == null ? last.getLine() : next.getLine();
        int charCol = next == null ? last.getCharPositionInLine() : next.getCharPositionInLine();
        int offset = source.errorOffset(line, source.byteColumn(line, charCol));
        return new PythonSyntaxError(Kind.SyntaxError, msg, filename, line + lineShift, offset,
                line + lineShift, offset, source.lineText(line));
    }

    private Token nextToken(Token t) {
        int next = t.getTokenIndex() + 1;
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private static String stringBody(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '"') {
            i++;
        }
        int quote = text.length() - i >= 6 && text.charAt(i + 1) == text.charAt(i) && text.charAt(i + 2) == text.charAt(i)
                ? 3 : 1;
        int start = i + quote;
        int end = Math.max(start, text.length() - quote);
        return text.substring(start, end);
    }

    private Expr parenAtom(ParseTree contents, Token open, Token close) {
        if (contents instanceof Yield_exprContext yield) {
            return yieldExpr(yield);
        }
        if (!(contents instanceof Testlist_compContext inner)) {
            return at(new Expr.Tuple(new ArrayList<>(), ExprContext.Load, 0, 0, 0, 0), open, close);
        }
        List<Star_named_expressionContext> items = inner.star_named_expression();
        if (inner.comp_for() != null) {
            Expr elt = comprehensionElement(starNamedExpression(items.get(0)));
            return at(new Expr.GeneratorExp(elt, compFor(inner.comp_for()), 0, 0, 0, 0), open, close);
        }
        if (items.size() == 1 && inner.COMMA().isEmpty()) {
            Expr only = starNamedExpression(items.get(0));
            if (only instanceof Expr.Starred) {
                throw error("cannot use starred expression here", only);
            }
            return only;
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_named_expressionContext s : items) {
            elts.add(starNamedExpression(s));
        }
        return at(new Expr.Tuple(elts, ExprContext.Load, 0, 0, 0, 0), open, close);
    }

    /** invalid_comprehension: a starred element of a list, set or generator comprehension. */
    private Expr comprehensionElement(Expr elt) {
        if (elt instanceof Expr.Starred) {
            throw error("iterable unpacking cannot be used in comprehension", elt);
        }
        return elt;
    }

    private Expr listAtom(ParseTree contents, Token open, Token close) {
        if (!(contents instanceof Testlist_compContext inner)) {
            return at(new Expr.List(new ArrayList<>(), ExprContext.Load, 0, 0, 0, 0), open, close);
        }
        List<Star_named_expressionContext> items = inner.star_named_expression();
        if (inner.comp_for() != null) {
            Expr elt = comprehensionElement(starNamedExpression(items.get(0)));
            return at(new Expr.ListComp(elt, compFor(inner.comp_for()), 0, 0, 0, 0), open, close);
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_named_expressionContext s : items) {
            elts.add(starNamedExpression(s));
        }
        return at(new Expr.List(elts, ExprContext.Load, 0, 0, 0, 0), open, close);
    }

    private Expr braceAtom(ParseTree contents, Token open, Token close) {
        if (!(contents instanceof Dict_or_setContext inner)) {
            return at(new Expr.Dict(new ArrayList<>(), new ArrayList<>(), 0, 0, 0, 0), open, close);
        }
        List<Dict_or_set_itemContext> items = inner.dict_or_set_item();
        Dict_or_set_itemContext first = items.get(0);
        boolean isDict = first.COLON() != null || first.STAR_STAR() != null;
        if (inner.comp_for() != null) {
            List<Comprehension> generators = compFor(inner.comp_for());
            if (isDict) {
                if (first.STAR_STAR() != null) {
                    // invalid_dict_comprehension: located on the '**' alone.
                    throw error("dict unpacking cannot be used in dict comprehension", first.start, first.start);
                }
                return at(new Expr.DictComp(namedExpression(first.named_expression()), test(first.test()), generators,
                        0, 0, 0, 0), open, close);
            }
            return at(new Expr.SetComp(comprehensionElement(setItem(first)), generators, 0, 0, 0, 0), open, close);
        }
        if (isDict) {
            List<Expr> keys = new ArrayList<>(items.size());
            List<Expr> values = new ArrayList<>(items.size());
            for (Dict_or_set_itemContext item : items) {
                if (item.STAR_STAR() != null) {
                    keys.add(null);
                    values.add(bitwiseOr(item.bitwise_or()));
                } else if (item.COLON() != null) {
                    keys.add(namedExpression(item.named_expression()));
                    values.add(test(item.test()));
                } else if (item.named_expression() != null) {
                    // invalid_kvpair: a key without ':' after earlier pairs, located from its
                    // last character with no end.
                    Expr key = test(item.named_expression().test(0));
                    throw error(Kind.SyntaxError, "':' expected after dictionary key", key.lineno, key.endColOffset - 1,
                            key.lineno, -1);
                } else {
                    throw error("invalid syntax", item.stop, item.stop);
                }
            }
            return at(new Expr.Dict(keys, values, 0, 0, 0, 0), open, close);
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Dict_or_set_itemContext item : items) {
            if (item.COLON() != null || item.STAR_STAR() != null) {
                throw error("invalid syntax", item.start, item.start);
            }
            elts.add(setItem(item));
        }
        return at(new Expr.Set(elts, 0, 0, 0, 0), open, close);
    }

    private Expr setItem(Dict_or_set_itemContext item) {
        return item.star_expr() != null ? starExpr(item.star_expr()) : namedExpression(item.named_expression());
    }

    private List<Comprehension> compFor(Comp_forContext ctx) {
        List<Comprehension> generators = new ArrayList<>();
        for (Comp_clauseContext c : ctx.comp_clause()) {
            Expr target = targetList(c.target_list());
            setContext(target, ExprContext.Store, TargetKind.FOR);
            List<DisjunctionContext> tests = c.disjunction();
            Expr iter = disjunction(tests.get(0));
            List<Expr> ifs = new ArrayList<>(tests.size() - 1);
            for (int i = 1; i < tests.size(); i++) {
                ifs.add(disjunction(tests.get(i)));
            }
            generators.add(new Comprehension(target, iter, ifs, c.ASYNC() != null ? 1 : 0));
        }
        return generators;
    }

    Expr yieldExpr(Yield_exprContext ctx) {
        if (ctx.FROM() != null) {
            return at(new Expr.YieldFrom(test(ctx.test()), 0, 0, 0, 0), ctx);
        }
        Expr value = ctx.star_expressions() == null ? null : starExpressions(ctx.star_expressions());
        return at(new Expr.Yield(value, 0, 0, 0, 0), ctx);
    }
}
