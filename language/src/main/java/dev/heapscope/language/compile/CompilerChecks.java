package dev.heapscope.language.compile;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Arg;
import dev.heapscope.language.ast.Arguments;
import dev.heapscope.language.ast.Comprehension;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.ExceptHandler;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.ExprContext;
import dev.heapscope.language.ast.Keyword;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.MatchCase;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Pattern;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.ast.WithItem;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.SymbolTable;
import dev.heapscope.language.text.PyRepr;
import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxErrors CPython 3.11's compiler (Python/compiler.c) raises after the parser and the
 * symbol table have accepted a module: 'return'/'yield'/'await' outside function, 'break'
 * outside loop, starred targets, __debug__ assignments, repeated keywords, statically
 * nested blocks, except* restrictions, late __future__ imports, and the pattern checks of
 * 'match'.
 *
 * <p>This pass walks the tree in exactly the order the compiler emits code, because the
 * first error it meets is the one reported: a class body before its bases, an assignment's
 * value before its targets, a comprehension's body before its outermost iterable, a try's
 * else before its handlers. It tracks the two pieces of compiler state errors depend on:
 * the <em>location</em> (set per statement and expression, restored after an expression,
 * left behind by patterns and cleared by artificial unwinding code, just as CPython's
 * SET_LOC/UNSET_LOC do), and the stack of <em>frame blocks</em> per code unit, which decides
 * whether a break has a loop, whether a return crosses an except* handler, and when the
 * nesting limit of 20 blocks is hit. Error offsets are UTF-8 columns plus one, as the
 * compiler reports them (it does not convert them to characters as the parser does).
 */
final class CompilerChecks {

    /** CPython's CO_MAXBLOCKS. */
    private static final int MAX_BLOCKS = 20;

    /** compiler.c's COMPILER_SCOPE_*: what kind of code a unit compiles. */
    private enum UnitKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** compiler.c's fblocktype. */
    private enum BlockKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER,
        ASYNC_COMPREHENSION_GENERATOR
    }

    /**
     * One frame block. {@code finalBody} is set for FINALLY_TRY (the finally suite that an
     * unwinding break/continue/return compiles inline); {@code withStatement} for WITH and
     * ASYNC_WITH (the unwinding code takes its location).
     */
    private record Block(BlockKind kind, List<Stmt> finalBody, Stmt withStatement) {
        static Block of(BlockKind kind) {
            return new Block(kind, null, null);
        }
    }

    /**
     * A source location as the compiler holds it: 0-based UTF-8 columns. UNSET is what
     * CPython's UNSET_LOC leaves (every field -1), reported as line -1, offset 0.
     */
    private record Location(int lineno, int colOffset, int endLineno, int endColOffset) {
        static final Location UNSET = new Location(-1, -1, -1, -1);

        static Location of(Located node) {
            return new Location(node.lineno, node.colOffset, node.endLineno, node.endColOffset);
        }
    }

    /** A code object being compiled: its kind, its symbol-table block, frame blocks and location. */
    private static final class Unit {
        final UnitKind kind;
        final Scope scope;
        final List<Block> blocks = new ArrayList<>();
        Location location;

        Unit(UnitKind kind, Scope scope, int firstLineno) {
            this.kind = kind;
            this.scope = scope;
            this.location = new Location(firstLineno, 0, firstLineno, 0);
        }

        /** ste_type == FunctionBlock: functions, lambdas and comprehensions. */
        boolean isFunctionBlock() {
            return scope.type() == ScopeType.FUNCTION;
        }
    }

    /** compiler.c's pattern_context, reduced to what decides errors. */
    private static final class PatternContext {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
    }

    /** Carries the first error out of the walk. */
    private static final class Failure extends Exception {
        final PythonSyntaxError error;

        Failure(PythonSyntaxError error) {
            super(error.msg(), null, false, false);
            this.error = error;
        }
    }

    private final String filename;
    private final SourceText source;
    private final SymbolTable table;
    private final boolean futureAnnotations;
    /** ff_lineno: the line of the last leading future import; later ones are errors. */
    private final int futureLineno;
    private Unit unit;
    private final List<Unit> enclosing = new ArrayList<>();

    private CompilerChecks(String filename, SourceText source, SymbolTable table) {
        this.filename = filename;
        this.source = source;
        this.table = table;
        this.futureAnnotations = table.future().annotations();
        this.futureLineno = table.future().lastLine();
    }

    /**
     * The first error CPython's compiler raises for a module whose symbol table built
     * without error, or null when it compiles.
     */
    static PythonSyntaxError check(Mod.Module module, String filename, SourceText source, SymbolTable table) {
        CompilerChecks checks = new CompilerChecks(filename, source, table);
        try {
            checks.compileModule(module);
            return null;
        } catch (Failure failure) {
            return failure.error;
        }
    }

    // ---- units, locations, frame blocks, errors ----

    private void compileModule(Mod.Module module) throws Failure {
        enterScope(UnitKind.MODULE, module, 1);
        body(module.body);
        exitScope();
    }

    private void enterScope(UnitKind kind, Node node, int firstLineno) {
        if (unit != null) {
            enclosing.add(unit);
        }
        Scope scope = table.scopeOf(node);
        if (scope == null) {
            throw new IllegalStateException("the symbol table has no block for " + node.nodeName());
        }
        unit = new Unit(kind, scope, firstLineno);
    }

    private void exitScope() {
        unit = enclosing.isEmpty() ? null : enclosing.remove(enclosing.size() - 1);
    }

    private void setLocation(Located node) {
        unit.location = Location.of(node);
    }

    private void unsetLocation() {
        unit.location = Location.UNSET;
    }

    private Failure error(String message) {
        Location at = unit.location;
        return new Failure(new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, message, filename,
                at.lineno(), at.colOffset() + 1, at.endLineno(), at.endColOffset() + 1,
                source.line(at.lineno())));
    }

    private void pushBlock(Block block) throws Failure {
        if (unit.blocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks");
        }
        unit.blocks.add(block);
    }

    private void popBlock() {
        unit.blocks.remove(unit.blocks.size() - 1);
    }

    /** forbidden_name: the only names the compiler itself refuses to bind. */
    private void checkForbiddenName(String name, ExprContext context) throws Failure {
        if (!name.equals("__debug__")) {
            return;
        }
        if (context == ExprContext.Store) {
            throw error("cannot assign to __debug__");
        }
        if (context == ExprContext.Del) {
            throw error("cannot delete __debug__");
        }
    }

    // ---- statements ----

    private void body(List<Stmt> statements) throws Failure {
        for (Stmt statement : statements) {
            visitStmt(statement);
        }
    }

    private void visitStmt(Stmt s) throws Failure {
        setLocation(s);
        if (s instanceof Stmt.FunctionDef f) {
            function(f, f.args, f.body, f.decoratorList, f.returns, f.name, false);
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.args, f.body, f.decoratorList, f.returns, f.name, true);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Delete d) {
            visitExprs(d.targets);
        } else if (s instanceof Stmt.Assign a) {
            visitExpr(a.value);
            visitExprs(a.targets);
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.AsyncFor f) {
            asyncFor(f);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.If i) {
            visitExpr(i.test);
            body(i.body);
            body(i.orelse);
        } else if (s instanceof Stmt.With w) {
            with(w, w.items, w.body, 0, BlockKind.WITH);
        } else if (s instanceof Stmt.AsyncWith w) {
            if (unit.kind != UnitKind.ASYNC_FUNCTION) {
                throw error("'async with' outside async function");
            }
            with(w, w.items, w.body, 0, BlockKind.ASYNC_WITH);
        } else if (s instanceof Stmt.Match m) {
            match(m);
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc != null) {
                visitExpr(r.exc);
                if (r.cause != null) {
                    visitExpr(r.cause);
                }
            }
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody.isEmpty()) {
                tryFinally(t.finalbody, () -> {
                    if (!t.handlers.isEmpty()) {
                        tryExcept(t);
                    } else {
                        body(t.body);
                    }
                });
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Stmt.TryStar t) {
            if (!t.finalbody.isEmpty()) {
                tryFinally(t.finalbody, () -> tryStarExcept(t));
            } else {
                tryStarExcept(t);
            }
        } else if (s instanceof Stmt.Assert a) {
            visitExpr(a.test);
            if (a.msg != null) {
                visitExpr(a.msg);
            }
        } else if (s instanceof Stmt.Import i) {
            importStmt(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        } else if (s instanceof Stmt.Expr e) {
            // A constant statement (a docstring, `...`) compiles to nothing.
            if (!(e.value instanceof Expr.Constant)) {
                visitExpr(e.value);
            }
        } else if (s instanceof Stmt.Break) {
            breakStmt();
        } else if (s instanceof Stmt.Continue) {
            continueStmt();
        }
        // Global, Nonlocal and Pass compile to nothing that can fail.
    }

    private void function(Stmt s, Arguments args, List<Stmt> bodyStatements, List<Expr> decorators,
                          Expr returns, String name, boolean isAsync) throws Failure {
        checkDebugArguments(args);
        visitExprs(decorators);
        int firstLineno = decorators.isEmpty() ? s.lineno : decorators.get(0).lineno;
        defaults(args);
        annotations(args, returns);
        enterScope(isAsync ? UnitKind.ASYNC_FUNCTION : UnitKind.FUNCTION, s, firstLineno);
        body(bodyStatements);
        exitScope();
        checkForbiddenName(name, ExprContext.Store);
    }

    private void classDef(Stmt.ClassDef c) throws Failure {
        visitExprs(c.decoratorList);
        int firstLineno = c.decoratorList.isEmpty() ? c.lineno : c.decoratorList.get(0).lineno;
        enterScope(UnitKind.CLASS, c, firstLineno);
        body(c.body);
        exitScope();
        // The class is made by calling __build_class__(func, name, *bases, **keywords).
        callArguments(c.bases, c.keywords);
        checkForbiddenName(c.name, ExprContext.Store);
    }

    /** compiler_check_debug_args: no parameter may be called __debug__. */
    private void checkDebugArguments(Arguments args) throws Failure {
        for (Arg arg : args.posonlyargs) {
            checkForbiddenName(arg.arg, ExprContext.Store);
        }
        for (Arg arg : args.args) {
            checkForbiddenName(arg.arg, ExprContext.Store);
        }
        if (args.vararg != null) {
            checkForbiddenName(args.vararg.arg, ExprContext.Store);
        }
        for (Arg arg : args.kwonlyargs) {
            checkForbiddenName(arg.arg, ExprContext.Store);
        }
        if (args.kwarg != null) {
            checkForbiddenName(args.kwarg.arg, ExprContext.Store);
        }
    }

    /** Positional defaults, then keyword-only defaults, all evaluated in the enclosing unit. */
    private void defaults(Arguments args) throws Failure {
        visitExprs(args.defaults);
        for (Expr d : args.kwDefaults) {
            if (d != null) {
                visitExpr(d);
            }
        }
    }

    /**
     * compiler_visit_annotations: evaluated unless `from __future__ import annotations`
     * keeps them as strings; regular parameters come before positional-only ones.
     */
    private void annotations(Arguments args, Expr returns) throws Failure {
        if (futureAnnotations) {
            return;
        }
        for (Arg arg : args.args) {
            argumentAnnotation(arg.annotation);
        }
        for (Arg arg : args.posonlyargs) {
            argumentAnnotation(arg.annotation);
        }
        if (args.vararg != null) {
            argumentAnnotation(args.vararg.annotation);
        }
        for (Arg arg : args.kwonlyargs) {
            argumentAnnotation(arg.annotation);
        }
        if (args.kwarg != null) {
            argumentAnnotation(args.kwarg.annotation);
        }
        argumentAnnotation(returns);
    }

    private void argumentAnnotation(Expr annotation) throws Failure {
        if (annotation == null) {
            return;
        }
        // `*args: *Ts` unpacks the annotation rather than evaluating a starred expression.
        visitExpr(annotation instanceof Expr.Starred starred ? starred.value : annotation);
    }

    private void returnStmt(Stmt.Return r) throws Failure {
        boolean preserveTos = r.value != null && !(r.value instanceof Expr.Constant);
        if (!unit.isFunctionBlock()) {
            throw error("'return' outside function");
        }
        if (r.value != null && unit.scope.isCoroutine() && unit.scope.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        if (preserveTos) {
            visitExpr(r.value);
        } else if (r.value != null) {
            // A constant return value lends its location to the return instruction.
            setLocation(r.value);
        }
        if (r.value == null || r.value.lineno != r.lineno) {
            setLocation(r);
        }
        unwindBlockStack(preserveTos, false);
    }

    private void breakStmt() throws Failure {
        Location at = unit.location;
        Block loop = unwindBlockStack(false, true);
        if (loop == null) {
            unit.location = at;
            throw error("'break' outside loop");
        }
    }

    private void continueStmt() throws Failure {
        Location at = unit.location;
        Block loop = unwindBlockStack(false, true);
        if (loop == null) {
            unit.location = at;
            throw error("'continue' not properly in loop");
        }
    }

    /**
     * compiler_unwind_fblock_stack: pops blocks (compiling their exit code, which for a
     * finally suite means compiling the suite again, here and now) until a loop is found
     * when {@code findLoop}, or the stack is empty. Returns the loop, or null.
     */
    private Block unwindBlockStack(boolean preserveTos, boolean findLoop) throws Failure {
        if (unit.blocks.isEmpty()) {
            return null;
        }
        Block top = unit.blocks.get(unit.blocks.size() - 1);
        if (top.kind() == BlockKind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (findLoop && (top.kind() == BlockKind.WHILE_LOOP || top.kind() == BlockKind.FOR_LOOP)) {
            return top;
        }
        popBlock();
        unwindBlock(top, preserveTos);
        Block loop = unwindBlockStack(preserveTos, findLoop);
        unit.blocks.add(top);
        return loop;
    }

    /** compiler_unwind_fblock: only finally suites and with-exits can fail or move the location. */
    private void unwindBlock(Block block, boolean preserveTos) throws Failure {
        switch (block.kind()) {
            case FINALLY_TRY -> {
                if (preserveTos) {
                    pushBlock(Block.of(BlockKind.POP_VALUE));
                }
                body(block.finalBody());
                if (preserveTos) {
                    popBlock();
                }
                unsetLocation();
            }
            case WITH, ASYNC_WITH -> {
                setLocation(block.withStatement());
                unsetLocation();
            }
            default -> {
                // Loops, handlers and cleanups unwind with plain instructions.
            }
        }
    }

    private void augAssign(Stmt.AugAssign a) throws Failure {
        Expr target = a.target;
        Location at = unit.location;
        setLocation(target);
        if (target instanceof Expr.Attribute attribute) {
            visitExpr(attribute.value);
            updateStartLocationToMatchAttribute(attribute);
        } else if (target instanceof Expr.Subscript subscript) {
            visitExpr(subscript.value);
            visitExpr(subscript.slice);
        }
        unit.location = at;
        visitExpr(a.value);
        setLocation(target);
        if (target instanceof Expr.Name name) {
            checkForbiddenName(name.id, ExprContext.Store);
        }
        // The attribute is stored without the __debug__ check an assignment makes.
    }

    private void annAssign(Stmt.AnnAssign a) throws Failure {
        Expr target = a.target;
        if (a.value != null) {
            visitExpr(a.value);
            visitExpr(target);
        }
        if (target instanceof Expr.Name name) {
            checkForbiddenName(name.id, ExprContext.Store);
            if (a.simple != 0 && (unit.kind == UnitKind.MODULE || unit.kind == UnitKind.CLASS)
                    && !futureAnnotations) {
                visitExpr(a.annotation);
            }
        } else if (target instanceof Expr.Attribute attribute) {
            checkForbiddenName(attribute.attr, ExprContext.Store);
            if (a.value == null) {
                visitExpr(attribute.value);
            }
        } else if (target instanceof Expr.Subscript subscript) {
            if (a.value == null) {
                visitExpr(subscript.value);
                annotationSubscript(subscript.slice);
            }
        }
        // A complex target's annotation is evaluated last, and only in a module or class.
        if (a.simple == 0 && !futureAnnotations
                && (unit.kind == UnitKind.MODULE || unit.kind == UnitKind.CLASS)) {
            visitExpr(a.annotation);
        }
    }

    /** check_ann_subscr: the parts of a slice or index tuple are each evaluated. */
    private void annotationSubscript(Expr e) throws Failure {
        if (e instanceof Expr.Slice slice) {
            if (slice.lower != null) {
                visitExpr(slice.lower);
            }
            if (slice.upper != null) {
                visitExpr(slice.upper);
            }
            if (slice.step != null) {
                visitExpr(slice.step);
            }
        } else if (e instanceof Expr.Tuple tuple) {
            for (Expr element : tuple.elts) {
                annotationSubscript(element);
            }
        } else {
            visitExpr(e);
        }
    }

    private void forStmt(Stmt.For f) throws Failure {
        pushBlock(Block.of(BlockKind.FOR_LOOP));
        visitExpr(f.iter);
        visitExpr(f.target);
        body(f.body);
        unsetLocation();
        popBlock();
        body(f.orelse);
    }

    private void asyncFor(Stmt.AsyncFor f) throws Failure {
        if (unit.kind != UnitKind.ASYNC_FUNCTION) {
            throw error("'async for' outside async function");
        }
        visitExpr(f.iter);
        pushBlock(Block.of(BlockKind.FOR_LOOP));
        visitExpr(f.target);
        body(f.body);
        unsetLocation();
        popBlock();
        setLocation(f.iter);
        body(f.orelse);
    }

    private void whileStmt(Stmt.While w) throws Failure {
        pushBlock(Block.of(BlockKind.WHILE_LOOP));
        visitExpr(w.test);
        body(w.body);
        // The test is compiled a second time at the bottom of the loop; it cannot fail then.
        setLocation(w);
        popBlock();
        body(w.orelse);
    }

    private void with(Stmt s, List<WithItem> items, List<Stmt> bodyStatements, int position, BlockKind kind)
            throws Failure {
        WithItem item = items.get(position);
        visitExpr(item.contextExpr);
        pushBlock(new Block(kind, null, s));
        if (item.optionalVars != null) {
            visitExpr(item.optionalVars);
        }
        if (position + 1 == items.size()) {
            body(bodyStatements);
        } else {
            with(s, items, bodyStatements, position + 1, kind);
        }
        unsetLocation();
        popBlock();
    }

    /** The part of a try statement that a finally suite protects. */
    private interface Protected {
        void compile() throws Failure;
    }

    /**
     * compiler_try_finally: the protected part inside a FINALLY_TRY block, then the finally
     * suite twice: on the normal path, then on the exceptional path inside FINALLY_END.
     */
    private void tryFinally(List<Stmt> finalBody, Protected protectedPart) throws Failure {
        pushBlock(new Block(BlockKind.FINALLY_TRY, finalBody, null));
        protectedPart.compile();
        popBlock();
        body(finalBody);
        unsetLocation();
        pushBlock(Block.of(BlockKind.FINALLY_END));
        body(finalBody);
        popBlock();
    }

    private void tryExcept(Stmt.Try t) throws Failure {
        pushBlock(Block.of(BlockKind.TRY_EXCEPT));
        body(t.body);
        popBlock();
        body(t.orelse);
        unsetLocation();
        pushBlock(Block.of(BlockKind.EXCEPTION_HANDLER));
        int count = t.handlers.size();
        for (int i = 0; i < count; i++) {
            ExceptHandler handler = t.handlers.get(i);
            setLocation(handler);
            if (handler.type == null && i < count - 1) {
                throw error("default 'except:' must be last");
            }
            if (handler.type != null) {
                visitExpr(handler.type);
            }
            if (handler.name != null) {
                checkForbiddenName(handler.name, ExprContext.Store);
            }
            pushBlock(Block.of(BlockKind.HANDLER_CLEANUP));
            body(handler.body);
            popBlock();
            unsetLocation();
        }
        popBlock();
    }

    private void tryStarExcept(Stmt.TryStar t) throws Failure {
        pushBlock(Block.of(BlockKind.TRY_EXCEPT));
        body(t.body);
        popBlock();
        unsetLocation();
        pushBlock(Block.of(BlockKind.EXCEPTION_GROUP_HANDLER));
        for (ExceptHandler handler : t.handlers) {
            setLocation(handler);
            if (handler.type != null) {
                visitExpr(handler.type);
            }
            if (handler.name != null) {
                checkForbiddenName(handler.name, ExprContext.Store);
            }
            pushBlock(Block.of(BlockKind.HANDLER_CLEANUP));
            body(handler.body);
            popBlock();
        }
        popBlock();
        // Unlike try/except, the else suite of try/except* is compiled after the handlers.
        body(t.orelse);
    }

    private void importStmt(Stmt.Import i) throws Failure {
        for (Alias alias : i.names) {
            String stored;
            if (alias.asname != null) {
                stored = alias.asname;
            } else {
                int dot = alias.name.indexOf('.');
                stored = dot < 0 ? alias.name : alias.name.substring(0, dot);
            }
            checkForbiddenName(stored, ExprContext.Store);
        }
    }

    private void importFrom(Stmt.ImportFrom i) throws Failure {
        if (i.lineno > futureLineno && "__future__".equals(i.module)) {
            throw error("from __future__ imports must occur at the beginning of the file");
        }
        for (Alias alias : i.names) {
            if (alias.name.startsWith("*")) {
                return;
            }
            checkForbiddenName(alias.asname != null ? alias.asname : alias.name, ExprContext.Store);
        }
    }

    // ---- expressions ----

    private void visitExprs(List<Expr> expressions) throws Failure {
        for (Expr e : expressions) {
            visitExpr(e);
        }
    }

    /** compiler_visit_expr: the expression's location holds while it compiles, then is restored. */
    private void visitExpr(Expr e) throws Failure {
        Location saved = unit.location;
        setLocation(e);
        visitExpr1(e);
        unit.location = saved;
    }

    private void visitExpr1(Expr e) throws Failure {
        if (e instanceof Expr.BoolOp b) {
            visitExprs(b.values);
        } else if (e instanceof Expr.NamedExpr n) {
            visitExpr(n.value);
            visitExpr(n.target);
        } else if (e instanceof Expr.BinOp b) {
            visitExpr(b.left);
            visitExpr(b.right);
        } else if (e instanceof Expr.UnaryOp u) {
            visitExpr(u.operand);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.IfExp i) {
            visitExpr(i.test);
            visitExpr(i.body);
            visitExpr(i.orelse);
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0; i < d.values.size(); i++) {
                if (d.keys.get(i) != null) {
                    visitExpr(d.keys.get(i));
                }
                visitExpr(d.values.get(i));
            }
        } else if (e instanceof Expr.Set s) {
            elementsWithUnpacking(s.elts);
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, false, c.generators, c.elt, null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, false, c.generators, c.elt, null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, false, c.generators, c.key, c.value);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, true, c.generators, c.elt, null);
        } else if (e instanceof Expr.Await a) {
            if (!unit.isFunctionBlock()) {
                throw error("'await' outside function");
            }
            if (unit.kind != UnitKind.ASYNC_FUNCTION && unit.kind != UnitKind.COMPREHENSION) {
                throw error("'await' outside async function");
            }
            visitExpr(a.value);
        } else if (e instanceof Expr.Yield y) {
            if (!unit.isFunctionBlock()) {
                throw error("'yield' outside function");
            }
            if (y.value != null) {
                visitExpr(y.value);
            }
        } else if (e instanceof Expr.YieldFrom y) {
            if (!unit.isFunctionBlock()) {
                throw error("'yield' outside function");
            }
            if (unit.kind == UnitKind.ASYNC_FUNCTION) {
                throw error("'yield from' inside async function");
            }
            visitExpr(y.value);
        } else if (e instanceof Expr.Compare c) {
            visitExpr(c.left);
            visitExprs(c.comparators);
        } else if (e instanceof Expr.Call c) {
            validateKeywords(c.keywords);
            visitExpr(c.func);
            callArguments(c.args, c.keywords);
        } else if (e instanceof Expr.FormattedValue f) {
            visitExpr(f.value);
            if (f.formatSpec != null) {
                visitExpr(f.formatSpec);
            }
        } else if (e instanceof Expr.JoinedStr j) {
            visitExprs(j.values);
        } else if (e instanceof Expr.Attribute a) {
            visitExpr(a.value);
            updateStartLocationToMatchAttribute(a);
            if (a.ctx == ExprContext.Store) {
                checkForbiddenName(a.attr, ExprContext.Store);
            }
        } else if (e instanceof Expr.Subscript s) {
            visitExpr(s.value);
            visitExpr(s.slice);
        } else if (e instanceof Expr.Starred s) {
            // Lists, tuples, sets and calls unpack their starred elements themselves;
            // a starred expression reached on its own has no place to go.
            if (s.ctx == ExprContext.Store) {
                throw error("starred assignment target must be in a list or tuple");
            }
            throw error("can't use starred expression here");
        } else if (e instanceof Expr.Name n) {
            checkForbiddenName(n.id, n.ctx);
        } else if (e instanceof Expr.List l) {
            sequence(l.elts, l.ctx);
        } else if (e instanceof Expr.Tuple t) {
            sequence(t.elts, t.ctx);
        } else if (e instanceof Expr.Slice s) {
            if (s.lower != null) {
                visitExpr(s.lower);
            }
            if (s.upper != null) {
                visitExpr(s.upper);
            }
            if (s.step != null) {
                visitExpr(s.step);
            }
        }
        // Constants compile without fail.
    }

    /**
     * update_start_location_to_match_attr: an attribute spread over lines is located at its
     * last line, starting where the attribute name does.
     */
    private void updateStartLocationToMatchAttribute(Expr.Attribute a) {
        Location at = unit.location;
        if (at.lineno() == a.endLineno) {
            return;
        }
        int lineno = a.endLineno;
        int colOffset = at.colOffset();
        int endColOffset = at.endColOffset();
        int length = a.attr.codePointCount(0, a.attr.length());
        if (length <= a.endColOffset) {
            colOffset = a.endColOffset - length;
        } else {
            colOffset = -1;
            endColOffset = -1;
        }
        int endLineno = Math.max(lineno, at.endLineno());
        if (lineno == endLineno) {
            endColOffset = Math.max(colOffset, endColOffset);
        }
        unit.location = new Location(lineno, colOffset, endLineno, endColOffset);
    }

    private void sequence(List<Expr> elements, ExprContext context) throws Failure {
        if (context == ExprContext.Store) {
            unpackTargets(elements);
            for (Expr element : elements) {
                visitExpr(element instanceof Expr.Starred starred ? starred.value : element);
            }
        } else if (context == ExprContext.Load) {
            elementsWithUnpacking(elements);
        } else {
            visitExprs(elements);
        }
    }

    /** unpack_helper: one starred target at most, with fewer than 256 targets before it. */
    private void unpackTargets(List<Expr> elements) throws Failure {
        boolean seenStar = false;
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof Expr.Starred)) {
                continue;
            }
            if (seenStar) {
                throw error("multiple starred expressions in assignment");
            }
            if (i >= (1 << 8) || elements.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                throw error("too many expressions in star-unpacking assignment");
            }
            seenStar = true;
        }
    }

    /** starunpack_helper: starred elements are unpacked into the list, tuple, set or call. */
    private void elementsWithUnpacking(List<Expr> elements) throws Failure {
        for (Expr element : elements) {
            visitExpr(element instanceof Expr.Starred starred ? starred.value : element);
        }
    }

    /**
     * validate_keywords: no keyword named __debug__ (reported at the call), none given
     * twice (reported at the repetition).
     */
    private void validateKeywords(List<Keyword> keywords) throws Failure {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg;
            if (name == null) {
                continue;
            }
            checkForbiddenName(name, ExprContext.Store);
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (name.equals(other.arg)) {
                    setLocation(other);
                    throw error("keyword argument repeated: " + name);
                }
            }
        }
    }

    /** compiler_call_helper: positional arguments, then keyword values, in source order. */
    private void callArguments(List<Expr> args, List<Keyword> keywords) throws Failure {
        validateKeywords(keywords);
        elementsWithUnpacking(args);
        for (Keyword keyword : keywords) {
            visitExpr(keyword.value);
        }
    }

    private void lambda(Expr.Lambda l) throws Failure {
        checkDebugArguments(l.args);
        defaults(l.args);
        enterScope(UnitKind.LAMBDA, l, l.lineno);
        visitExpr(l.body);
        exitScope();
    }

    /**
     * compiler_comprehension: the comprehension's own code first (its first iterable is
     * its argument), then, back in the enclosing unit, the first iterable.
     */
    private void comprehension(Expr e, boolean isGenerator, List<Comprehension> generators,
                               Expr element, Expr value) throws Failure {
        UnitKind outer = unit.kind;
        enterScope(UnitKind.COMPREHENSION, e, e.lineno);
        setLocation(e);
        if (unit.scope.isCoroutine() && !isGenerator
                && outer != UnitKind.ASYNC_FUNCTION && outer != UnitKind.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function");
        }
        comprehensionGenerator(generators, 0, element, value);
        exitScope();
        visitExpr(generators.get(0).iter);
    }

    private void comprehensionGenerator(List<Comprehension> generators, int index, Expr element, Expr value)
            throws Failure {
        Comprehension generator = generators.get(index);
        if (index > 0) {
            visitExpr(generator.iter);
        }
        if (generator.isAsync != 0) {
            pushBlock(Block.of(BlockKind.ASYNC_COMPREHENSION_GENERATOR));
        }
        visitExpr(generator.target);
        visitExprs(generator.ifs);
        if (index + 1 < generators.size()) {
            comprehensionGenerator(generators, index + 1, element, value);
        } else {
            visitExpr(element);
            if (value != null) {
                visitExpr(value);
            }
        }
        if (generator.isAsync != 0) {
            popBlock();
        }
    }

    // ---- match statements ----

    private void match(Stmt.Match m) throws Failure {
        visitExpr(m.subject);
        int cases = m.cases.size();
        MatchCase last = m.cases.get(cases - 1);
        // A trailing `case _:` after other cases is compiled without its pattern.
        boolean hasDefault = isWildcard(last.pattern) && cases > 1;
        for (int i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
            MatchCase c = m.cases.get(i);
            setLocation(c.pattern);
            PatternContext context = new PatternContext();
            context.allowIrrefutable = c.guard != null || i == cases - 1;
            pattern(c.pattern, context);
            if (c.guard != null) {
                visitExpr(c.guard);
            }
            body(c.body);
            setLocation(c.pattern);
        }
        if (hasDefault) {
            setLocation(last.pattern);
            if (last.guard != null) {
                visitExpr(last.guard);
            }
            body(last.body);
        }
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs as && as.name == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar star && star.name == null;
    }

    /** compiler_pattern: sets the location to the pattern and, unlike expressions, leaves it there. */
    private void pattern(Pattern p, PatternContext context) throws Failure {
        setLocation(p);
        if (p instanceof Pattern.MatchValue v) {
            Expr value = v.value;
            if (PatternConstants.fold(value) == null && !(value instanceof Expr.Attribute)) {
                throw error("patterns may only match literals and attribute lookups");
            }
            visitExpr(value);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequencePattern(s, context);
        } else if (p instanceof Pattern.MatchMapping m) {
            mappingPattern(m, context);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, context);
        } else if (p instanceof Pattern.MatchStar s) {
            storeName(s.name, context);
        } else if (p instanceof Pattern.MatchAs a) {
            asPattern(a, context);
        } else if (p instanceof Pattern.MatchOr o) {
            orPattern(o, context);
        }
        // MatchSingleton compiles without fail.
    }

    private void subpattern(Pattern p, PatternContext context) throws Failure {
        boolean allowIrrefutable = context.allowIrrefutable;
        context.allowIrrefutable = true;
        pattern(p, context);
        context.allowIrrefutable = allowIrrefutable;
    }

    /** pattern_helper_store_name: each name is bound once per pattern. */
    private void storeName(String name, PatternContext context) throws Failure {
        if (name == null) {
            return;
        }
        checkForbiddenName(name, ExprContext.Store);
        if (context.stores.contains(name)) {
            throw error("multiple assignments to name " + PyRepr.str(name) + " in pattern");
        }
        context.stores.add(name);
    }

    private void asPattern(Pattern.MatchAs a, PatternContext context) throws Failure {
        if (a.pattern == null) {
            if (!context.allowIrrefutable) {
                if (a.name != null) {
                    throw error("name capture " + PyRepr.str(a.name) + " makes remaining patterns unreachable");
                }
                throw error("wildcard makes remaining patterns unreachable");
            }
            storeName(a.name, context);
            return;
        }
        pattern(a.pattern, context);
        storeName(a.name, context);
    }

    private void sequencePattern(Pattern.MatchSequence s, PatternContext context) throws Failure {
        List<Pattern> patterns = s.patterns;
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(p);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(p);
        }
        if (onlyWildcard) {
            return;
        }
        if (starWildcard) {
            // Elements are fetched by index; wildcards are skipped without a visit.
            for (int i = 0; i < patterns.size(); i++) {
                Pattern p = patterns.get(i);
                if (isWildcard(p) || i == star) {
                    continue;
                }
                subpattern(p, context);
            }
            return;
        }
        if (star >= 0 && (star >= (1 << 8) || patterns.size() - star - 1 >= (Integer.MAX_VALUE >> 8))) {
            throw error("too many expressions in star-unpacking sequence pattern");
        }
        for (Pattern p : patterns) {
            subpattern(p, context);
        }
    }

    private void mappingPattern(Pattern.MatchMapping m, PatternContext context) throws Failure {
        List<Object> seen = new ArrayList<>();
        for (Expr key : m.keys) {
            ConstantValue constant = PatternConstants.fold(key);
            if (constant != null) {
                Object identity = PatternConstants.equalityKey(constant);
                if (seen.contains(identity)) {
                    throw error("mapping pattern checks duplicate key (" + constant.repr() + ")");
                }
                seen.add(identity);
            } else if (!(key instanceof Expr.Attribute)) {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
            visitExpr(key);
        }
        for (Pattern p : m.patterns) {
            subpattern(p, context);
        }
        if (m.rest != null) {
            storeName(m.rest, context);
        }
    }

    private void classPattern(Pattern.MatchClass c, PatternContext context) throws Failure {
        if (!c.kwdAttrs.isEmpty()) {
            validateKeywordAttributes(c.kwdAttrs, c.kwdPatterns);
            setLocation(c);
        }
        visitExpr(c.cls);
        List<Pattern> all = new ArrayList<>(c.patterns);
        all.addAll(c.kwdPatterns);
        for (Pattern p : all) {
            if (!isWildcard(p)) {
                subpattern(p, context);
            }
        }
    }

    /** validate_kwd_attrs: errors point at the sub-pattern, the parser gives the names no location. */
    private void validateKeywordAttributes(List<String> attributes, List<Pattern> patterns) throws Failure {
        for (int i = 0; i < attributes.size(); i++) {
            String attribute = attributes.get(i);
            setLocation(patterns.get(i));
            checkForbiddenName(attribute, ExprContext.Store);
            for (int j = i + 1; j < attributes.size(); j++) {
                if (attribute.equals(attributes.get(j))) {
                    setLocation(patterns.get(j));
                    throw error("attribute name repeated in class pattern: " + attribute);
                }
            }
        }
    }

    /**
     * compiler_pattern_or: every alternative binds the same names as the first; an
     * irrefutable alternative is allowed last only, and only where the whole pattern may be
     * irrefutable. The names bound join the enclosing pattern's once all alternatives compiled.
     */
    private void orPattern(Pattern.MatchOr o, PatternContext context) throws Failure {
        List<String> outerStores = context.stores;
        boolean outerAllow = context.allowIrrefutable;
        List<String> control = null;
        int size = o.patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern alternative = o.patterns.get(i);
            setLocation(alternative);
            context.stores = new ArrayList<>();
            context.allowIrrefutable = i == size - 1 && outerAllow;
            pattern(alternative, context);
            if (i == 0) {
                control = context.stores;
            } else if (context.stores.size() != control.size() || !context.stores.containsAll(control)) {
                throw error("alternative patterns bind different names");
            }
        }
        context.stores = outerStores;
        context.allowIrrefutable = outerAllow;
        for (String name : control) {
            if (context.stores.contains(name)) {
                throw error("multiple assignments to name " + PyRepr.str(name) + " in pattern");
            }
            context.stores.add(name);
        }
    }
}
