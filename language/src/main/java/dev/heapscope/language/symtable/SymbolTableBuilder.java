package dev.heapscope.language.symtable;

import static dev.heapscope.language.symtable.ScopeDraft.DEF_ANNOT;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_COMP_ITER;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_GLOBAL;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_IMPORT;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_LOCAL;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_NONLOCAL;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_PARAM;
import static dev.heapscope.language.symtable.ScopeDraft.USE;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Arg;
import dev.heapscope.language.ast.Arguments;
import dev.heapscope.language.ast.AstVisitor;
import dev.heapscope.language.ast.Comprehension;
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
import dev.heapscope.language.ast.TypeIgnore;
import dev.heapscope.language.ast.WithItem;
import dev.heapscope.language.errors.CompilerRecursionError;
import dev.heapscope.language.symtable.Occurrence.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The first pass of CPython 3.11's symbol table: walks the tree once, opening a block for
 * the module, each class, function, lambda and comprehension, and records in each block
 * what it does with every name. Evaluation-order facts decide which block a name lands in:
 * default values, annotations (without the future import), decorators, class bases and
 * keywords, and the first iterable of a comprehension belong to the enclosing block.
 * Errors CPython raises during this pass are raised here, in the same order.
 */
final class SymbolTableBuilder implements AstVisitor<Void> {
    private final SourceLines source;
    private final boolean futureAnnotations;
    /** Open blocks, innermost first. */
    /** CPython's room for nested statements and expressions; see {@link #enterNested}. */
    private static final int MAX_NESTING = 2988;

    private final Deque<ScopeDraft> stack = new ArrayDeque<>();
    /** How many statements and expressions enclose the node being visited, itself included. */
    private int depth;
    private ScopeDraft current;
    private ScopeDraft module;
    /** The innermost enclosing class name, for mangling (CPython's st_private). */
    private String privateName;

    SymbolTableBuilder(SourceLines source, boolean futureAnnotations) {
        this.source = source;
        this.futureAnnotations = futureAnnotations;
    }

    /** Runs the first pass over a module (or interactive input, or an expression) and returns the top block. */
    ScopeDraft build(Mod mod) {
        enterBlock("top", ScopeType.MODULE, mod, null, null);
        module = current;
        if (mod instanceof Mod.Module m) {
            visitStatements(m.body);
        } else if (mod instanceof Mod.Interactive i) {
            visitStatements(i.body);
        } else if (mod instanceof Mod.Expression e) {
            visit(e.body);
        } else if (mod instanceof Mod.FunctionType f) {
            visitExpressions(f.argtypes);
            visit(f.returns);
        }
        exitBlock();
        return module;
    }

    // ---- blocks ----

    private void enterBlock(String name, ScopeType type, Node node, Located location,
                            ComprehensionKind comprehension) {
        ScopeDraft previous = current;
        String blockPrivate = type == ScopeType.CLASS ? name : privateName;
        ScopeDraft block = new ScopeDraft(type, name, node, location, blockPrivate, previous,
                comprehension, previous == null ? 0 : previous.compIterExpr);
        stack.push(block);
        current = block;
        if (previous != null) {
            // Annotation blocks are built so their names stay out of the enclosing block,
            // but CPython never lists them as children (and so never analyses them).
            if (type == ScopeType.ANNOTATION) {
                previous.annotationBlocks.add(block);
            } else {
                previous.children.add(block);
            }
        }
    }

    private void exitBlock() {
        stack.pop();
        current = stack.peek();
    }

    // ---- definitions ----

    private void addDef(String name, int flag, Located where, Kind kind) {
        addDefIn(current, name, flag, where, kind);
    }

    private void addDefIn(ScopeDraft block, String name, int flag, Located where, Kind kind) {
        String mangled = Mangling.mangle(privateName, name);
        Integer existing = block.symbols.get(mangled);
        int flags;
        if (existing != null) {
            flags = existing;
            if ((flag & DEF_PARAM) != 0 && (flags & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", where);
            }
            flags |= flag;
        } else {
            flags = flag;
        }
        if (block.compIterTarget) {
            // An iteration variable: it may not be a name an earlier walrus in this
            // comprehension already bound in the enclosing function.
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", where);
            }
            flags |= DEF_COMP_ITER;
        }
        block.symbols.put(mangled, flags);
        if (kind != null && where != null) {
            block.addOccurrence(mangled, new Occurrence(kind, where, where.lineno, where.colOffset,
                    where.endLineno, where.endColOffset));
        }
        if ((flag & DEF_PARAM) != 0) {
            block.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // The module block learns of every global declaration, wherever it is made.
            module.symbols.put(mangled, flag | module.flagsOf(mangled));
        }
    }

    private int lookup(String name) {
        return current.flagsOf(Mangling.mangle(privateName, name));
    }

    private void recordDirective(String name, Located where) {
        current.directives.add(new ScopeDraft.Directive(Mangling.mangle(privateName, name), where));
    }

    // ---- errors ----

    private SymtableFailure error(String message, Located where) {
        return new SymtableFailure(source.syntaxError(message, where));
    }

    // ---- walking helpers ----

    private void visit(Node node) {
        if (node == null) {
            return;
        }
        boolean counted = node instanceof Stmt || node instanceof Expr;
        if (counted) {
            enterNested();
        }
        node.accept(this);
        if (counted) {
            depth--;
        }
    }

    private void visitStatements(List<Stmt> statements) {
        if (statements != null) {
            for (Stmt statement : statements) {
                visit(statement);
            }
        }
    }

    /**
     * CPython's symtable counts each statement and expression it enters against a limit of
     * three times the recursion limit, less what the caller's frames already use; compiling
     * from a module's top level that leaves room for 2988 nested statements and expressions.
     */
    private void enterNested() {
        if (++depth > MAX_NESTING) {
            throw new CompilerRecursionError("maximum recursion depth exceeded during compilation");
        }
    }

    /** Visits a list of expressions that may hold nulls (dict unpacking keys, kw_defaults). */
    private void visitExpressions(List<Expr> expressions) {
        if (expressions != null) {
            for (Expr expression : expressions) {
                visit(expression);
            }
        }
    }

    private <T extends Node> void visitAll(List<T> nodes) {
        if (nodes != null) {
            for (T node : nodes) {
                visit(node);
            }
        }
    }

    // ---- statements ----

    @Override
    public Void visitModule(Mod.Module node) {
        visitStatements(node.body);
        return null;
    }

    @Override
    public Void visitInteractive(Mod.Interactive node) {
        visitStatements(node.body);
        return null;
    }

    @Override
    public Void visitExpression(Mod.Expression node) {
        visit(node.body);
        return null;
    }

    @Override
    public Void visitFunctionType(Mod.FunctionType node) {
        visitExpressions(node.argtypes);
        visit(node.returns);
        return null;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef node) {
        function(node, node.name, node.args, node.body, node.decoratorList, node.returns);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        function(node, node.name, node.args, node.body, node.decoratorList, node.returns);
        return null;
    }

    /** def and async def: the name, defaults, annotations and decorators belong to the enclosing block. */
    private void function(Stmt node, String name, Arguments args, List<Stmt> body,
                          List<Expr> decorators, Expr returns) {
        addDef(name, DEF_LOCAL, node, Kind.BINDING);
        visitExpressions(args.defaults);
        visitExpressions(args.kwDefaults);
        annotations(node, args, returns);
        visitExpressions(decorators);
        enterBlock(name, ScopeType.FUNCTION, node, node, null);
        if (node instanceof Stmt.AsyncFunctionDef) {
            current.coroutine = true;
        }
        parameters(args);
        visitStatements(body);
        exitBlock();
    }

    /**
     * Parameter and return annotations, in CPython's order: positional-only, positional,
     * *args, **kwargs, keyword-only, then the return annotation in a block of its own.
     */
    private void annotations(Stmt function, Arguments args, Expr returns) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeType.ANNOTATION, function, function, null);
        }
        argumentAnnotations(args.posonlyargs);
        argumentAnnotations(args.args);
        if (args.vararg != null) {
            visit(args.vararg.annotation);
        }
        if (args.kwarg != null) {
            visit(args.kwarg.annotation);
        }
        argumentAnnotations(args.kwonlyargs);
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argumentAnnotations(List<Arg> args) {
        if (args != null) {
            for (Arg arg : args) {
                visit(arg.annotation);
            }
        }
    }

    private void annotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", ScopeType.ANNOTATION, annotation, annotation, null);
        }
        visit(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    /** Parameters in frame-slot order: positional-only, positional, keyword-only, *args, **kwargs. */
    private void parameters(Arguments args) {
        params(args.posonlyargs);
        params(args.args);
        params(args.kwonlyargs);
        if (args.vararg != null) {
            addDef(args.vararg.arg, DEF_PARAM, args.vararg, Kind.PARAMETER);
            current.varargs = true;
        }
        if (args.kwarg != null) {
            addDef(args.kwarg.arg, DEF_PARAM, args.kwarg, Kind.PARAMETER);
            current.varkeywords = true;
        }
    }

    private void params(List<Arg> args) {
        if (args != null) {
            for (Arg arg : args) {
                addDef(arg.arg, DEF_PARAM, arg, Kind.PARAMETER);
            }
        }
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef node) {
        addDef(node.name, DEF_LOCAL, node, Kind.BINDING);
        visitExpressions(node.bases);
        visitAll(node.keywords);
        visitExpressions(node.decoratorList);
        enterBlock(node.name, ScopeType.CLASS, node, node, null);
        String outerPrivate = privateName;
        privateName = node.name;
        visitStatements(node.body);
        privateName = outerPrivate;
        exitBlock();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return node) {
        if (node.value != null) {
            visit(node.value);
            current.returnsValue = true;
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete node) {
        visitExpressions(node.targets);
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign node) {
        visitExpressions(node.targets);
        visit(node.value);
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign node) {
        visit(node.target);
        visit(node.value);
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign node) {
        if (node.target instanceof Expr.Name target) {
            int flags = lookup(target.id);
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && current != module && node.simple != 0) {
                String what = (flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + target.id + "' can't be " + what, node);
            }
            if (node.simple != 0) {
                addDef(target.id, DEF_ANNOT | DEF_LOCAL, target,
                        node.value != null ? Kind.BINDING : Kind.ANNOTATION);
            } else if (node.value != null) {
                addDef(target.id, DEF_LOCAL, target, Kind.BINDING);
            }
        } else {
            visit(node.target);
        }
        annotation(node.annotation);
        visit(node.value);
        return null;
    }

    @Override
    public Void visitFor(Stmt.For node) {
        visit(node.target);
        visit(node.iter);
        visitStatements(node.body);
        visitStatements(node.orelse);
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor node) {
        visit(node.target);
        visit(node.iter);
        visitStatements(node.body);
        visitStatements(node.orelse);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While node) {
        visit(node.test);
        visitStatements(node.body);
        visitStatements(node.orelse);
        return null;
    }

    @Override
    public Void visitIf(Stmt.If node) {
        visit(node.test);
        visitStatements(node.body);
        visitStatements(node.orelse);
        return null;
    }

    @Override
    public Void visitWith(Stmt.With node) {
        visitAll(node.items);
        visitStatements(node.body);
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith node) {
        visitAll(node.items);
        visitStatements(node.body);
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match node) {
        visit(node.subject);
        visitAll(node.cases);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise node) {
        visit(node.exc);
        visit(node.cause);
        return null;
    }

    /** CPython visits the else block before the handlers. */
    @Override
    public Void visitTry(Stmt.Try node) {
        visitStatements(node.body);
        visitStatements(node.orelse);
        visitAll(node.handlers);
        visitStatements(node.finalbody);
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar node) {
        visitStatements(node.body);
        visitStatements(node.orelse);
        visitAll(node.handlers);
        visitStatements(node.finalbody);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert node) {
        visit(node.test);
        visit(node.msg);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import node) {
        visitAll(node.names);
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom node) {
        visitAll(node.names);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global node) {
        for (String name : node.names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw error(misplacedDeclaration(name, flags, "global"), node);
            }
            addDef(name, DEF_GLOBAL, node, Kind.GLOBAL_DECLARATION);
            recordDirective(name, node);
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal node) {
        for (String name : node.names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                throw error(misplacedDeclaration(name, flags, "nonlocal"), node);
            }
            addDef(name, DEF_NONLOCAL, node, Kind.NONLOCAL_DECLARATION);
            recordDirective(name, node);
        }
        return null;
    }

    /** The message for a global or nonlocal statement that comes after the block already used the name. */
    private static String misplacedDeclaration(String name, int flags, String keyword) {
        if ((flags & DEF_PARAM) != 0) {
            return "name '" + name + "' is parameter and " + keyword;
        } else if ((flags & USE) != 0) {
            return "name '" + name + "' is used prior to " + keyword + " declaration";
        } else if ((flags & DEF_ANNOT) != 0) {
            return "annotated name '" + name + "' can't be " + keyword;
        } else {
            return "name '" + name + "' is assigned to before " + keyword + " declaration";
        }
    }

    @Override
    public Void visitExpr(Stmt.Expr node) {
        visit(node.value);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass node) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break node) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue node) {
        return null;
    }

    // ---- expressions ----

    @Override
    public Void visitBoolOp(Expr.BoolOp node) {
        visitExpressions(node.values);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr node) {
        refuseInAnnotation("named expression", node);
        if (current.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", node);
        }
        if (current.comprehension != null) {
            extendNamedExprScope(node.target);
        }
        visit(node.value);
        visit(node.target);
        return null;
    }

    /**
     * A walrus inside a comprehension binds in the nearest enclosing function (or the
     * module): the comprehension sees the target as nonlocal (global at module level),
     * the enclosing block as a local.
     */
    private void extendNamedExprScope(Expr target) {
        if (!(target instanceof Expr.Name name)) {
            return;
        }
        String targetName = name.id;
        String mangled = Mangling.mangle(privateName, targetName);
        Iterator<ScopeDraft> enclosing = stack.iterator();
        while (enclosing.hasNext()) {
            ScopeDraft block = enclosing.next();
            if (block.comprehension != null) {
                if ((block.flagsOf(mangled) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + targetName + "'", target);
                }
                continue;
            }
            if (block.type == ScopeType.FUNCTION) {
                if ((block.flagsOf(mangled) & DEF_GLOBAL) != 0) {
                    addDef(targetName, DEF_GLOBAL, target, null);
                } else {
                    addDef(targetName, DEF_NONLOCAL, target, null);
                }
                recordDirective(targetName, target);
                addDefIn(block, targetName, DEF_LOCAL, target, Kind.BINDING);
                return;
            }
            if (block.type == ScopeType.MODULE) {
                addDef(targetName, DEF_GLOBAL, target, null);
                recordDirective(targetName, target);
                addDefIn(block, targetName, DEF_GLOBAL, target, Kind.BINDING);
                return;
            }
            if (block.type == ScopeType.CLASS) {
                throw error("assignment expression within a comprehension cannot be used in a class body", target);
            }
        }
        throw new IllegalStateException("assignment expression in a comprehension with no enclosing block");
    }

    @Override
    public Void visitBinOp(Expr.BinOp node) {
        visit(node.left);
        visit(node.right);
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp node) {
        visit(node.operand);
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda node) {
        visitExpressions(node.args.defaults);
        visitExpressions(node.args.kwDefaults);
        enterBlock("lambda", ScopeType.FUNCTION, node, node, null);
        parameters(node.args);
        visit(node.body);
        exitBlock();
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp node) {
        visit(node.test);
        visit(node.body);
        visit(node.orelse);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict node) {
        visitExpressions(node.keys);
        visitExpressions(node.values);
        return null;
    }

    @Override
    public Void visitSet(Expr.Set node) {
        visitExpressions(node.elts);
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp node) {
        comprehension(node, ComprehensionKind.LIST, node.generators, node.elt, null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp node) {
        comprehension(node, ComprehensionKind.SET, node.generators, node.elt, null);
        return null;
    }

    /** The value is visited before the key, as CPython does. */
    @Override
    public Void visitDictComp(Expr.DictComp node) {
        comprehension(node, ComprehensionKind.DICT, node.generators, node.key, node.value);
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp node) {
        comprehension(node, ComprehensionKind.GENERATOR, node.generators, node.elt, null);
        return null;
    }

    /**
     * A comprehension is a function block whose single parameter {@code .0} is the iterator
     * of its first iterable; that iterable is evaluated in the enclosing block.
     */
    private void comprehension(Expr node, ComprehensionKind kind, List<Comprehension> generators,
                               Expr element, Expr value) {
        Comprehension outermost = generators.get(0);
        current.compIterExpr++;
        visit(outermost.iter);
        current.compIterExpr--;
        enterBlock(kind.blockName(), ScopeType.FUNCTION, node, node, kind);
        if (outermost.isAsync != 0) {
            current.coroutine = true;
        }
        addDef(".0", DEF_PARAM, node, null);
        current.compIterTarget = true;
        visit(outermost.target);
        current.compIterTarget = false;
        visitExpressions(outermost.ifs);
        for (int i = 1; i < generators.size(); i++) {
            visit(generators.get(i));
        }
        visit(value);
        visit(element);
        boolean generator = kind == ComprehensionKind.GENERATOR;
        current.generator = generator;
        boolean asyncComprehension = current.coroutine && !generator;
        exitBlock();
        if (asyncComprehension) {
            current.coroutine = true;
        }
    }

    @Override
    public Void visitComprehension(Comprehension node) {
        current.compIterTarget = true;
        visit(node.target);
        current.compIterTarget = false;
        current.compIterExpr++;
        visit(node.iter);
        current.compIterExpr--;
        visitExpressions(node.ifs);
        if (node.isAsync != 0) {
            current.coroutine = true;
        }
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await node) {
        refuseInAnnotation("await expression", node);
        visit(node.value);
        current.coroutine = true;
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield node) {
        refuseInAnnotation("yield expression", node);
        visit(node.value);
        yieldIn(node);
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom node) {
        refuseInAnnotation("yield expression", node);
        visit(node.value);
        yieldIn(node);
        return null;
    }

    private void yieldIn(Expr node) {
        current.generator = true;
        if (current.comprehension != null) {
            throw error("'yield' inside " + current.comprehension.description(), node);
        }
    }

    /** Under the future import, annotations are strings: expressions with effects are refused. */
    private void refuseInAnnotation(String what, Expr node) {
        if (current.type == ScopeType.ANNOTATION) {
            throw error("'" + what + "' can not be used within an annotation", node);
        }
    }

    @Override
    public Void visitCompare(Expr.Compare node) {
        visit(node.left);
        visitExpressions(node.comparators);
        return null;
    }

    @Override
    public Void visitCall(Expr.Call node) {
        visit(node.func);
        visitExpressions(node.args);
        visitAll(node.keywords);
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue node) {
        visit(node.value);
        visit(node.formatSpec);
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr node) {
        visitExpressions(node.values);
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant node) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute node) {
        visit(node.value);
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript node) {
        visit(node.value);
        visit(node.slice);
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred node) {
        visit(node.value);
        return null;
    }

    @Override
    public Void visitName(Expr.Name node) {
        boolean load = node.ctx == ExprContext.Load;
        Kind kind = load ? Kind.USE : node.ctx == ExprContext.Del ? Kind.DELETION : Kind.BINDING;
        addDef(node.id, load ? USE : DEF_LOCAL, node, kind);
        // super() needs the __class__ cell of the enclosing class.
        if (load && current.type == ScopeType.FUNCTION && node.id.equals("super")) {
            addDef("__class__", USE, node, null);
        }
        return null;
    }

    @Override
    public Void visitList(Expr.List node) {
        visitExpressions(node.elts);
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple node) {
        visitExpressions(node.elts);
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice node) {
        visit(node.lower);
        visit(node.upper);
        visit(node.step);
        return null;
    }

    // ---- patterns ----

    @Override
    public Void visitMatchValue(Pattern.MatchValue node) {
        visit(node.value);
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton node) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence node) {
        visitAll(node.patterns);
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping node) {
        visitExpressions(node.keys);
        visitAll(node.patterns);
        if (node.rest != null) {
            addDef(node.rest, DEF_LOCAL, node, Kind.BINDING);
        }
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass node) {
        visit(node.cls);
        visitAll(node.patterns);
        visitAll(node.kwdPatterns);
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar node) {
        if (node.name != null) {
            addDef(node.name, DEF_LOCAL, node, Kind.BINDING);
        }
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs node) {
        visit(node.pattern);
        if (node.name != null) {
            addDef(node.name, DEF_LOCAL, node, Kind.BINDING);
        }
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr node) {
        visitAll(node.patterns);
        return null;
    }

    // ---- other nodes ----

    @Override
    public Void visitArguments(Arguments node) {
        parameters(node);
        return null;
    }

    @Override
    public Void visitArg(Arg node) {
        addDef(node.arg, DEF_PARAM, node, Kind.PARAMETER);
        return null;
    }

    @Override
    public Void visitKeyword(Keyword node) {
        visit(node.value);
        return null;
    }

    /** {@code import a.b.c} binds {@code a}; {@code import a.b as c} binds {@code c}. */
    @Override
    public Void visitAlias(Alias node) {
        String name = node.asname == null ? node.name : node.asname;
        if (name.equals("*")) {
            if (current.type != ScopeType.MODULE) {
                throw error("import * only allowed at module level", node);
            }
            return null;
        }
        int dot = name.indexOf('.');
        String stored = dot >= 0 ? name.substring(0, dot) : name;
        addDef(stored, DEF_IMPORT, node, Kind.IMPORT);
        return null;
    }

    @Override
    public Void visitWithItem(WithItem node) {
        visit(node.contextExpr);
        visit(node.optionalVars);
        return null;
    }

    @Override
    public Void visitMatchCase(MatchCase node) {
        visit(node.pattern);
        visit(node.guard);
        visitStatements(node.body);
        return null;
    }

    @Override
    public Void visitExceptHandler(ExceptHandler node) {
        visit(node.type);
        if (node.name != null) {
            addDef(node.name, DEF_LOCAL, node, Kind.BINDING);
        }
        visitStatements(node.body);
        return null;
    }

    @Override
    public Void visitTypeIgnore(TypeIgnore node) {
        return null;
    }
}
