package dev.heapscope.interpreter.compiler;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PySet;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.BinaryOp;
import dev.heapscope.interpreter.runtime.CompareOp;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.interpreter.modules.Constants;
import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Arg;
import dev.heapscope.language.ast.Cmpop;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.ExceptHandler;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Keyword;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.ast.WithItem;
import dev.heapscope.language.symtable.Mangling;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.language.symtable.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a module's AST into executable nodes, one {@link PyCode} per block, using the
 * symbol table to decide at compile time where every name lives: a fast slot, a cell,
 * the globals, or a namespace dict.
 */
public final class Compiler {
    private final SymbolTable table;
    private final String filename;
    /** The AST optimizer and the parse arena it fills. */
    private final ConstantFolder folder = new ConstantFolder();
    /**
     * The compiler's constant cache (c_const_cache), shared by every code object of one
     * compilation: equal constants, keyed as _PyCode_ConstantKey keys them, are one object.
     * Borrowed: the arena or a code object's constants hold each.
     */
    private final Map<String, PyObject> constantCache = new HashMap<>();

    private Compiler(SymbolTable table, String filename) {
        this.table = table;
        this.filename = filename;
    }

    /**
     * Compiles a module; the caller has already checked it (parse, symbol table, compiler
     * errors). The parse arena is freed at once, as compile() and imports free it.
     */
    public static PyCode compileModule(Mod.Module module, SymbolTable table, String filename) {
        return compileModule(module, table, filename, false);
    }

    /**
     * Compiles a module. With {@code keepArena} (a script run by file name, exec of a str)
     * the parse arena keeps its references to literals and folded constants until
     * {@link PyCode#freeArena} is called after the code has run, as pyrun_file frees it.
     */
    public static PyCode compileModule(Mod.Module module, SymbolTable table, String filename, boolean keepArena) {
        Compiler c = new Compiler(table, filename);
        Unit u = c.new Unit(table.module(), PyCode.Kind.MODULE, "<module>", "<module>", 1);
        u.code.body = c.moduleBody(u, module.body);
        u.finish();
        c.endCompilation(u.code, keepArena);
        return u.code;
    }

    /** The arena is freed now, or handed to the code to free after it has run. */
    private void endCompilation(PyCode code, boolean keepArena) {
        if (keepArena) {
            code.arena = folder::free;
        } else {
            folder.free();
        }
    }

    /**
     * Compiles the source of eval(): a module holding exactly one expression statement,
     * whose code returns the expression's value.
     */
    public static PyCode compileExpression(Mod.Module module, SymbolTable table, String filename) {
        Compiler c = new Compiler(table, filename);
        Unit u = c.new Unit(table.module(), PyCode.Kind.MODULE, "<module>", "<module>", 1);
        Stmt.Expr e = (Stmt.Expr) module.body.get(0);
        u.code.body = new Stmts.Return(c.expr(u, e.value)).at(e);
        u.finish();
        c.endCompilation(u.code, false);
        return u.code;
    }

    /**
     * Compiles input run against a frame's namespaces (the debugger's evaluate, eval with
     * separate locals): names resolve as in a class body, the namespace dict first, then
     * globals, then builtins, and assignments go to the namespace dict. With
     * {@code expression} the single expression statement's value is returned.
     */
    public static PyCode compileInNamespace(Mod.Module module, SymbolTable table, String filename, boolean expression) {
        Compiler c = new Compiler(table, filename);
        Unit u = c.new Unit(table.module(), PyCode.Kind.CLASS, "<module>", "<module>", 1);
        if (expression) {
            Stmt.Expr e = (Stmt.Expr) module.body.get(0);
            u.code.body = new Stmts.Return(c.expr(u, e.value)).at(e);
        } else {
            u.code.body = c.block(u, module.body);
        }
        u.finish();
        c.endCompilation(u.code, false);
        return u.code;
    }

    /** The compilation state of one block. */
    final class Unit {
        final Scope scope;
        final PyCode code;
        final Map<String, Integer> slots = new LinkedHashMap<>();
        final Map<String, PyObject> constants = new HashMap<>();
        final List<Integer> cellSlots = new ArrayList<>();
        final List<Integer> cellFrom = new ArrayList<>();
        /** Compile yields as suspension points (Resumable) rather than thread hand-overs. */
        boolean resumable;

        int resumeSlots(int n) {
            int slot = code.resumeSlots;
            code.resumeSlots += n;
            return slot;
        }

        Unit(Scope scope, PyCode.Kind kind, String name, String qualname, int firstLineno) {
            this.scope = scope;
            this.code = new PyCode(kind, name, qualname, filename, firstLineno);
            Heap.allocate(code);
            layout();
        }

        /** Parameters, then locals, then cells, then free variables (sorted, as co_freevars are). */
        private void layout() {
            List<String> names = new ArrayList<>();
            if (code.kind == PyCode.Kind.FUNCTION) {
                for (String p : scope.parameters()) {
                    slots.put(p, names.size());
                    names.add(p);
                }
                for (Symbol s : scope.symbols().values()) {
                    if (s.scope() == SymbolScope.LOCAL && !slots.containsKey(s.name())) {
                        slots.put(s.name(), names.size());
                        names.add(s.name());
                    }
                }
            }
            for (Symbol s : scope.symbols().values()) {
                if (s.scope() == SymbolScope.CELL) {
                    Integer param = slots.get(s.name());
                    int slot = names.size();
                    names.add(s.name());
                    cellSlots.add(slot);
                    cellFrom.add(param == null || !s.isParameter() ? -1 : param);
                    slots.put(s.name(), slot);
                }
            }
            if (code.kind == PyCode.Kind.CLASS && scope.needsClassClosure() && !slots.containsKey("__class__")) {
                int slot = names.size();
                names.add("__class__");
                cellSlots.add(slot);
                cellFrom.add(-1);
                slots.put("__class__", slot);
            }
            code.freeStart = names.size();
            List<String> frees = new ArrayList<>();
            for (Symbol s : scope.symbols().values()) {
                if (s.scope() == SymbolScope.FREE) {
                    frees.add(s.name());
                }
            }
            java.util.Collections.sort(frees);
            for (String fname : frees) {
                slots.put(fname, names.size());
                names.add(fname);
            }
            code.nfree = frees.size();
            code.slotNames = names.toArray(new String[0]);
            code.localsPlusNames = new PyStr[names.size()];
            for (int i = 0; i < names.size(); i++) {
                code.localsPlusNames[i] = Types.intern(names.get(i));
            }
        }

        void finish() {
            code.cellSlots = cellSlots.stream().mapToInt(Integer::intValue).toArray();
            code.cellFromParameter = cellFrom.stream().mapToInt(Integer::intValue).toArray();
        }

        String mangle(String name) {
            return Mangling.mangle(scope.privateName(), name);
        }

        /** The names of the free variables, in slot order. */
        List<String> freeNames() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < code.nfree; i++) {
                out.add(code.slotNames[code.freeStart + i]);
            }
            return out;
        }
    }

    // ---- blocks ----

    private StmtNode moduleBody(Unit u, List<Stmt> body) {
        List<StmtNode> out = new ArrayList<>();
        if (!body.isEmpty() && docstring(body) != null) {
            Stmt first = body.get(0);
            out.add(assignName(u, "__doc__", constant(u, docstring(body)), first));
            body = body.subList(1, body.size());
        }
        if (hasAnnotations(body)) {
            out.add(setupAnnotations(u, body.isEmpty() ? null : body.get(0)));
        }
        for (Stmt s : body) {
            out.add(stmt(u, s));
        }
        return new Stmts.Block(out.toArray(new StmtNode[0]));
    }

    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) {
                return true;
            }
            if (s instanceof Stmt.If i && (hasAnnotations(i.body) || hasAnnotations(i.orelse))) {
                return true;
            }
            if (s instanceof Stmt.For f && (hasAnnotations(f.body) || hasAnnotations(f.orelse))) {
                return true;
            }
            if (s instanceof Stmt.While w && (hasAnnotations(w.body) || hasAnnotations(w.orelse))) {
                return true;
            }
            if (s instanceof Stmt.With w && hasAnnotations(w.body)) {
                return true;
            }
            if (s instanceof Stmt.Try t && (hasAnnotations(t.body) || hasAnnotations(t.orelse)
                    || hasAnnotations(t.finalbody))) {
                return true;
            }
        }
        return false;
    }

    private StmtNode setupAnnotations(Unit u, Located at) {
        Exprs.DictDisplay empty = new Exprs.DictDisplay(new ExprNode[0], new ExprNode[0]);
        StmtNode s = new Stmts.Assign(new NameNodes.Target[] {new NameNodes.Name(Names.__annotations__)}, empty);
        if (at != null) {
            s.at(at);
            empty.at(at);
        }
        return s;
    }

    private static ConstantValue.StrValue docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value instanceof Expr.Constant c
                && c.value instanceof ConstantValue.StrValue s) {
            return s;
        }
        return null;
    }

    StmtNode block(Unit u, List<Stmt> body) {
        StmtNode[] nodes = new StmtNode[body.size()];
        boolean suspends = false;
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = stmt(u, body.get(i));
            suspends |= u.resumable && Resumable.containsYield(body.get(i));
        }
        StmtNode b = suspends ? new Resumable.Block(nodes, u.resumeSlots(1)) : new Stmts.Block(nodes);
        if (!body.isEmpty()) {
            b.at(body.get(0));
        }
        return b;
    }

    private StmtNode optionalBlock(Unit u, List<Stmt> body) {
        return body == null || body.isEmpty() ? null : block(u, body);
    }

    // ---- statements ----

    private StmtNode stmt(Unit u, Stmt s) {
        StmtNode n = stmtNode(u, s);
        return n.at(s);
    }

    private StmtNode stmtNode(Unit u, Stmt s) {
        if (u.resumable && Resumable.containsYield(s)) {
            return resumableStmt(u, s);
        }
        if (s instanceof Stmt.Expr e) {
            return new Stmts.ExprStmt(expr(u, e.value));
        }
        if (s instanceof Stmt.Assign a) {
            NameNodes.Target[] targets = new NameNodes.Target[a.targets.size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(u, a.targets.get(i));
            }
            return new Stmts.Assign(targets, expr(u, a.value));
        }
        if (s instanceof Stmt.AugAssign a) {
            return new Stmts.AugAssign(augTarget(u, a.target), binaryOp(a.op), expr(u, a.value));
        }
        if (s instanceof Stmt.AnnAssign a) {
            return annAssign(u, a);
        }
        if (s instanceof Stmt.Pass) {
            return new Stmts.Pass();
        }
        if (s instanceof Stmt.Break) {
            return new Stmts.Break();
        }
        if (s instanceof Stmt.Continue) {
            return new Stmts.Continue();
        }
        if (s instanceof Stmt.Return r) {
            return new Stmts.Return(r.value == null ? null : expr(u, r.value));
        }
        if (s instanceof Stmt.If i) {
            return new Stmts.If(expr(u, i.test), block(u, i.body), optionalBlock(u, i.orelse));
        }
        if (s instanceof Stmt.While w) {
            return new Stmts.While(expr(u, w.test), block(u, w.body), optionalBlock(u, w.orelse));
        }
        if (s instanceof Stmt.For f) {
            return new Stmts.For(target(u, f.target), iterable(u, f.iter), block(u, f.body), optionalBlock(u, f.orelse));
        }
        if (s instanceof Stmt.Raise r) {
            return new Stmts.Raise(r.exc == null ? null : expr(u, r.exc), r.cause == null ? null : expr(u, r.cause));
        }
        if (s instanceof Stmt.Try t) {
            return tryStmt(u, t.body, t.handlers, t.orelse, t.finalbody);
        }
        if (s instanceof Stmt.TryStar t) {
            StmtNode star = new TryStar(block(u, t.body), handlers(u, t.handlers), optionalBlock(u, t.orelse)).at(t);
            return t.finalbody.isEmpty() ? star
                    : new Stmts.Try(star, new Stmts.Handler[0], null, optionalBlock(u, t.finalbody));
        }
        if (s instanceof Stmt.Assert a) {
            return new Stmts.Assert(expr(u, a.test), a.msg == null ? null : expr(u, a.msg));
        }
        if (s instanceof Stmt.Delete d) {
            NameNodes.Target[] targets = new NameNodes.Target[d.targets.size()];
            for (int i = 0; i < targets.length; i++) {
                targets[i] = target(u, d.targets.get(i));
            }
            return new Stmts.Delete(targets);
        }
        if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return new Stmts.Nothing();
        }
        if (s instanceof Stmt.With w) {
            return with(u, w.items, 0, w.body, w);
        }
        if (s instanceof Stmt.Import im) {
            return importStmt(u, im);
        }
        if (s instanceof Stmt.ImportFrom im) {
            String[] names = new String[im.names.size()];
            NameNodes.Target[] targets = new NameNodes.Target[names.length];
            for (int i = 0; i < names.length; i++) {
                Alias a = im.names.get(i);
                names[i] = a.name;
                targets[i] = a.name.equals("*") ? null : storeName(u, a.asname != null ? a.asname : a.name, a);
            }
            return new Stmts.ImportFrom(im.module, im.level == null ? 0 : im.level, names, targets);
        }
        if (s instanceof Stmt.FunctionDef fd) {
            Exprs.MakeFunction mf = function(u, fd, fd.name, fd.args, fd.body, null, fd.returns);
            return new Stmts.FunctionDef(mf, exprs(u, fd.decoratorList), storeName(u, fd.name, fd));
        }
        if (s instanceof Stmt.ClassDef cd) {
            return classDef(u, cd);
        }
        if (s instanceof Stmt.Match m) {
            return Patterns.compile(this, u, m);
        }
        if (s instanceof Stmt.AsyncFunctionDef fd) {
            Exprs.MakeFunction mf = function(u, fd, fd.name, fd.args, fd.body, null, fd.returns);
            return new Stmts.FunctionDef(mf, exprs(u, fd.decoratorList), storeName(u, fd.name, fd));
        }
        if (s instanceof Stmt.AsyncFor f) {
            return new AsyncNodes.AsyncFor(target(u, f.target), expr(u, f.iter), block(u, f.body), optionalBlock(u, f.orelse));
        }
        if (s instanceof Stmt.AsyncWith w) {
            return asyncWith(u, w.items, 0, w.body, w);
        }
        throw new IllegalStateException("statement " + s.nodeName());
    }

    /** A statement holding a suspension point, in a generator compiled as Resumable. */
    private StmtNode resumableStmt(Unit u, Stmt s) {
        if (s instanceof Stmt.Expr e && e.value instanceof Expr.Await a) {
            return new Resumable.Await((AsyncNodes.Await) expr(u, a), null, false, u.resumeSlots(1));
        }
        if (s instanceof Stmt.Assign as && as.value instanceof Expr.Await a) {
            return new Resumable.Await((AsyncNodes.Await) expr(u, a), target(u, as.targets.get(0)), false, u.resumeSlots(1));
        }
        if (s instanceof Stmt.Return r && r.value instanceof Expr.Await a) {
            return new Resumable.Await((AsyncNodes.Await) expr(u, a), null, true, u.resumeSlots(1));
        }
        if (s instanceof Stmt.Expr e && e.value instanceof Expr.Yield y) {
            return new Resumable.Yield(y.value == null ? null : expr(u, y.value), null);
        }
        if (s instanceof Stmt.Expr e && e.value instanceof Expr.YieldFrom y) {
            return new Resumable.YieldFrom(expr(u, y.value), null, u.resumeSlots(1));
        }
        if (s instanceof Stmt.Assign a && a.value instanceof Expr.Yield y) {
            return new Resumable.Yield(y.value == null ? null : expr(u, y.value), target(u, a.targets.get(0)));
        }
        if (s instanceof Stmt.Assign a && a.value instanceof Expr.YieldFrom y) {
            return new Resumable.YieldFrom(expr(u, y.value), target(u, a.targets.get(0)), u.resumeSlots(1));
        }
        if (s instanceof Stmt.If i) {
            return new Resumable.If(expr(u, i.test), block(u, i.body), optionalBlock(u, i.orelse), u.resumeSlots(1));
        }
        if (s instanceof Stmt.While w) {
            return new Resumable.While(expr(u, w.test), block(u, w.body), optionalBlock(u, w.orelse), u.resumeSlots(1));
        }
        if (s instanceof Stmt.For f) {
            return new Resumable.For(target(u, f.target), iterable(u, f.iter), block(u, f.body), optionalBlock(u, f.orelse),
                    u.resumeSlots(1));
        }
        if (s instanceof Stmt.Try t) {
            Stmts.Handler[] hs = handlers(u, t.handlers);
            return new Resumable.Try(block(u, t.body), hs, optionalBlock(u, t.orelse), optionalBlock(u, t.finalbody),
                    u.resumeSlots(2));
        }
        if (s instanceof Stmt.With w) {
            return resumableWith(u, w.items, 0, w.body, w);
        }
        throw new IllegalStateException("no resumable form for " + s.nodeName());
    }

    private StmtNode resumableWith(Unit u, List<WithItem> items, int index, List<Stmt> body, Stmt at) {
        WithItem item = items.get(index);
        StmtNode inner = index == items.size() - 1 ? block(u, body) : resumableWith(u, items, index + 1, body, at);
        return new Resumable.With(expr(u, item.contextExpr),
                item.optionalVars == null ? null : target(u, item.optionalVars), inner, u.resumeSlots(1)).at(at);
    }

    private Stmts.Handler[] handlers(Unit u, List<ExceptHandler> handlers) {
        Stmts.Handler[] hs = new Stmts.Handler[handlers.size()];
        for (int i = 0; i < hs.length; i++) {
            ExceptHandler h = handlers.get(i);
            hs[i] = new Stmts.Handler(h.type == null ? null : expr(u, h.type),
                    h.name == null ? null : storeName(u, h.name, h), block(u, h.body)).at(h);
        }
        return hs;
    }

    private StmtNode annAssign(Unit u, Stmt.AnnAssign a) {
        List<StmtNode> parts = new ArrayList<>();
        if (a.value != null) {
            parts.add(new Stmts.Assign(new NameNodes.Target[] {target(u, a.target)}, expr(u, a.value)).at(a));
        }
        if (a.simple == 1 && a.target instanceof Expr.Name n && u.code.kind != PyCode.Kind.FUNCTION) {
            ExprNode ann = expr(u, a.annotation);
            ExprNode annotations = new NameNodes.LoadName(Names.__annotations__).at(a);
            ExprNode key = constant(u, new ConstantValue.StrValue(u.mangle(n.id)));
            parts.add(new Stmts.Assign(new NameNodes.Target[] {new Stmts.ItemTarget(annotations, key).at(a)}, ann).at(a));
        } else if (u.code.kind != PyCode.Kind.FUNCTION) {
            if (a.target instanceof Expr.Attribute at) {
                parts.add(new Stmts.ExprStmt(expr(u, at.value)).at(a));
            } else if (a.target instanceof Expr.Subscript sub) {
                parts.add(new Stmts.ExprStmt(expr(u, sub.value)).at(a));
                parts.add(new Stmts.ExprStmt(expr(u, sub.slice)).at(a));
            }
        }
        return new Stmts.Block(parts.toArray(new StmtNode[0]));
    }

    private StmtNode tryStmt(Unit u, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) {
        Stmts.Handler[] hs = handlers(u, handlers);
        return new Stmts.Try(block(u, body), hs, optionalBlock(u, orelse), optionalBlock(u, finalbody));
    }

    private StmtNode with(Unit u, List<WithItem> items, int index, List<Stmt> body, Stmt at) {
        WithItem item = items.get(index);
        StmtNode inner = index == items.size() - 1 ? block(u, body) : with(u, items, index + 1, body, at);
        Stmts.With w = new Stmts.With(expr(u, item.contextExpr),
                item.optionalVars == null ? null : target(u, item.optionalVars), inner);
        return w.at(at);
    }

    private StmtNode asyncWith(Unit u, List<WithItem> items, int index, List<Stmt> body, Stmt at) {
        WithItem item = items.get(index);
        StmtNode inner = index == items.size() - 1 ? block(u, body) : asyncWith(u, items, index + 1, body, at);
        return new AsyncNodes.AsyncWith(expr(u, item.contextExpr),
                item.optionalVars == null ? null : target(u, item.optionalVars), inner).at(at);
    }

    private StmtNode importStmt(Unit u, Stmt.Import im) {
        List<StmtNode> parts = new ArrayList<>();
        for (Alias a : im.names) {
            String bound = a.asname != null ? a.asname : a.name.split("\\.")[0];
            parts.add(new Stmts.Import(a.name, storeName(u, bound, a), a.asname == null).at(im));
        }
        return parts.size() == 1 ? parts.get(0) : new Stmts.Block(parts.toArray(new StmtNode[0]));
    }

    private StmtNode classDef(Unit u, Stmt.ClassDef cd) {
        Scope scope = table.scopeOf(cd);
        String qualname = qualname(u, cd.name);
        Unit cu = new Unit(scope, PyCode.Kind.CLASS, cd.name, qualname, cd.lineno);
        List<StmtNode> body = new ArrayList<>();
        body.add(assignName(cu, "__module__", new NameNodes.LoadGlobal(Names.__name__).at(cd), cd));
        body.add(assignName(cu, "__qualname__", constant(cu, new ConstantValue.StrValue(qualname)), cd));
        List<Stmt> rest = cd.body;
        ConstantValue.StrValue doc = docstring(rest);
        if (doc != null) {
            body.add(assignName(cu, "__doc__", constant(cu, doc), rest.get(0)));
            rest = rest.subList(1, rest.size());
        }
        if (hasAnnotations(rest)) {
            body.add(setupAnnotations(cu, rest.isEmpty() ? cd : rest.get(0)));
        }
        for (Stmt s : rest) {
            body.add(stmt(cu, s));
        }
        cu.code.body = new Stmts.Block(body.toArray(new StmtNode[0]));
        cu.code.classCellSlot = cu.slots.getOrDefault("__class__", -1);
        cu.finish();
        Exprs.MakeFunction mf = makeFunction(u, cu, new ExprNode[0], new String[0], new ExprNode[0], null);
        mf.at(cd);
        // The name __build_class__ is given is a constant of the enclosing code, as in CPython.
        constant(u, new ConstantValue.StrValue(cd.name));
        return new Stmts.ClassDef(cd.name, mf, arguments(u, cd.bases, cd.keywords), exprs(u, cd.decoratorList),
                storeName(u, cd.name, cd));
    }

    private StmtNode assignName(Unit u, String name, ExprNode value, Located at) {
        return new Stmts.Assign(new NameNodes.Target[] {storeName(u, name, at)}, value).at(at);
    }

    // ---- functions ----

    private String qualname(Unit parent, String name) {
        if (parent.code.kind == PyCode.Kind.MODULE) {
            return name;
        }
        if (parent.code.kind == PyCode.Kind.FUNCTION) {
            return parent.code.qualname + ".<locals>." + name;
        }
        return parent.code.qualname + "." + name;
    }

    /** Compiles a def or lambda: its code object and the node that makes the function. */
    Exprs.MakeFunction function(Unit u, Located node, String name, dev.heapscope.language.ast.Arguments args,
            List<Stmt> body, Expr lambdaBody, Expr returns) {
        Scope scope = table.scopeOf(node);
        Unit fu = new Unit(scope, PyCode.Kind.FUNCTION, name, qualname(u, name), node.lineno);
        PyCode code = fu.code;
        code.posonlyargcount = args.posonlyargs.size();
        code.argcount = args.posonlyargs.size() + args.args.size();
        code.kwonlyargcount = args.kwonlyargs.size();
        code.varargs = args.vararg != null;
        code.varkeywords = args.kwarg != null;
        code.generator = scope.isGenerator();
        code.coroutine = scope.isCoroutine();
        // Generators, and coroutines (not async generators), whose suspension points are all statements.
        if (code.generator != code.coroutine && lambdaBody == null && Resumable.supports(body)) {
            fu.resumable = true;
            code.resumable = true;
        }
        if (lambdaBody != null) {
            ExprNode value = expr(fu, lambdaBody);
            code.body = new Stmts.Return(value).at(lambdaBody);
            if (code.generator) {
                code.body = new Stmts.Block(new StmtNode[] {new Stmts.ExprStmt(value).at(lambdaBody)});
            }
        } else {
            ConstantValue.StrValue doc = docstring(body);
            if (doc != null) {
                PyStr text = Constants.str(doc);
                code.docstring = ConstantKeys.interned(text);
                Heap.decref(text);
                body = body.subList(1, body.size());
            }
            code.body = block(fu, body);
        }
        fu.finish();
        ExprNode[] defaults = exprs(u, args.defaults);
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            Expr d = args.kwDefaults.get(i);
            if (d != null) {
                kwNames.add(args.kwonlyargs.get(i).arg);
                kwValues.add(expr(u, d));
            }
        }
        ExprNode annotations = annotations(u, args, returns, node);
        Exprs.MakeFunction mf = makeFunction(u, fu, defaults, kwNames.toArray(new String[0]),
                kwValues.toArray(new ExprNode[0]), annotations);
        return mf.at(node);
    }

    private ExprNode annotations(Unit u, dev.heapscope.language.ast.Arguments args, Expr returns, Located at) {
        List<ExprNode> keys = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        List<Arg> all = new ArrayList<>(args.posonlyargs);
        all.addAll(args.args);
        if (args.vararg != null) {
            all.add(args.vararg);
        }
        all.addAll(args.kwonlyargs);
        if (args.kwarg != null) {
            all.add(args.kwarg);
        }
        for (Arg a : all) {
            if (a.annotation != null) {
                keys.add(constant(u, new ConstantValue.StrValue(u.mangle(a.arg))));
                values.add(expr(u, a.annotation));
            }
        }
        if (returns != null) {
            keys.add(constant(u, new ConstantValue.StrValue("return")));
            values.add(expr(u, returns));
        }
        if (keys.isEmpty()) {
            return null;
        }
        return new Exprs.DictDisplay(keys.toArray(new ExprNode[0]), values.toArray(new ExprNode[0])).at(at);
    }

    private Exprs.MakeFunction makeFunction(Unit u, Unit child, ExprNode[] defaults, String[] kwNames,
            ExprNode[] kwValues, ExprNode annotations) {
        List<String> frees = child.freeNames();
        int[] closure = new int[frees.size()];
        for (int i = 0; i < closure.length; i++) {
            Integer slot = u.slots.get(frees.get(i));
            if (slot == null) {
                throw new IllegalStateException("no cell for free variable " + frees.get(i) + " of " + child.code.qualname);
            }
            closure[i] = slot;
        }
        return new Exprs.MakeFunction(child.code, defaults, kwNames, kwValues, closure, annotations);
    }

    /** A comprehension: its own function scope, called with the iterator of the outermost iterable. */
    private ExprNode comprehension(Unit u, Expr node, String name, ComprehensionBody.Kind kind, Expr elt, Expr value,
            List<dev.heapscope.language.ast.Comprehension> generators) {
        Scope scope = table.scopeOf(node);
        Unit cu = new Unit(scope, PyCode.Kind.FUNCTION, name, qualname(u, name), node.lineno);
        cu.code.argcount = 1;
        cu.code.generator = kind == ComprehensionBody.Kind.GENERATOR || scope.isGenerator();
        cu.code.coroutine = scope.isCoroutine();
        if (kind == ComprehensionBody.Kind.GENERATOR && !cu.code.coroutine && !Resumable.containsYield(node)) {
            cu.code.resumable = true;
        }
        ComprehensionBody.Level[] levels = new ComprehensionBody.Level[generators.size()];
        for (int i = 0; i < levels.length; i++) {
            dev.heapscope.language.ast.Comprehension g = generators.get(i);
            ExprNode iter = i == 0 ? new NameNodes.LoadFast(0, ".0").at(g.iter) : iterable(cu, g.iter);
            levels[i] = new ComprehensionBody.Level(target(cu, g.target), iter, exprs(cu, g.ifs), i == 0, g.isAsync != 0);
        }
        ComprehensionBody body = new ComprehensionBody(kind, levels, expr(cu, elt),
                value == null ? null : expr(cu, value), cu.code.resumable ? cu.resumeSlots(levels.length) : -1);
        cu.code.body = body.at(node);
        cu.finish();
        Exprs.MakeFunction mf = makeFunction(u, cu, new ExprNode[0], new String[0], new ExprNode[0], null);
        mf.at(node);
        return new Exprs.Comprehension(mf, iterable(u, generators.get(0).iter), generators.get(0).isAsync != 0,
                cu.code.coroutine && kind != ComprehensionBody.Kind.GENERATOR);
    }

    // ---- names ----

    ExprNode loadName(Unit u, String source, Located at) {
        String name = u.mangle(source);
        Symbol sym = u.scope.symbol(name);
        ExprNode n;
        switch (u.code.kind) {
            case MODULE:
                n = new NameNodes.LoadGlobal(u.code.name(name));
                break;
            case CLASS:
                if (sym == null || sym.scope() == SymbolScope.LOCAL || sym.scope() == SymbolScope.GLOBAL_IMPLICIT) {
                    n = new NameNodes.LoadName(u.code.name(name));
                } else if (sym.scope() == SymbolScope.GLOBAL_EXPLICIT) {
                    n = new NameNodes.LoadGlobal(u.code.name(name));
                } else if (sym.scope() == SymbolScope.FREE) {
                    n = new NameNodes.LoadClassDeref(u.code.localsPlusNames[u.slots.get(name)], u.slots.get(name));
                } else {
                    n = new NameNodes.LoadDeref(u.slots.get(name), name, false);
                }
                break;
            default:
                if (sym == null || sym.scope().isGlobal()) {
                    n = new NameNodes.LoadGlobal(u.code.name(name));
                } else if (sym.scope() == SymbolScope.LOCAL) {
                    n = new NameNodes.LoadFast(u.slots.get(name), name);
                } else {
                    n = new NameNodes.LoadDeref(u.slots.get(name), name, sym.scope() == SymbolScope.FREE);
                }
        }
        return n.at(at);
    }

    NameNodes.Target storeName(Unit u, String source, Located at) {
        String name = u.mangle(source);
        Symbol sym = u.scope.symbol(name);
        NameNodes.Target t;
        switch (u.code.kind) {
            case MODULE:
                t = new NameNodes.Global(u.code.name(name));
                break;
            case CLASS:
                if (sym != null && sym.scope() == SymbolScope.GLOBAL_EXPLICIT) {
                    t = new NameNodes.Global(u.code.name(name));
                } else if (sym != null && (sym.scope() == SymbolScope.FREE || sym.scope() == SymbolScope.CELL)) {
                    t = new NameNodes.Deref(u.slots.get(name), name, sym.scope() == SymbolScope.FREE);
                } else {
                    t = new NameNodes.Name(u.code.name(name));
                }
                break;
            default:
                if (sym == null || sym.scope().isGlobal()) {
                    t = new NameNodes.Global(u.code.name(name));
                } else if (sym.scope() == SymbolScope.LOCAL) {
                    t = new NameNodes.Fast(u.slots.get(name), name);
                } else {
                    t = new NameNodes.Deref(u.slots.get(name), name, sym.scope() == SymbolScope.FREE);
                }
        }
        return t.at(at);
    }

    NameNodes.Target target(Unit u, Expr e) {
        if (e instanceof Expr.Name n) {
            return storeName(u, n.id, n);
        }
        if (e instanceof Expr.Attribute a) {
            return new Stmts.AttrTarget(expr(u, a.value), u.code.name(u.mangle(a.attr))).at(a);
        }
        if (e instanceof Expr.Subscript s) {
            return new Stmts.ItemTarget(expr(u, s.value), expr(u, s.slice)).at(s);
        }
        List<Expr> elts = e instanceof Expr.Tuple t ? t.elts : ((Expr.List) e).elts;
        NameNodes.Target[] targets = new NameNodes.Target[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred st) {
                star = i;
                targets[i] = target(u, st.value);
            } else {
                targets[i] = target(u, el);
            }
        }
        return new Stmts.UnpackTarget(targets, star).at(e);
    }

    private Stmts.AugTarget augTarget(Unit u, Expr e) {
        if (e instanceof Expr.Name n) {
            return new Stmts.AugName(loadName(u, n.id, n), storeName(u, n.id, n)).at(n);
        }
        if (e instanceof Expr.Attribute a) {
            return new Stmts.AugAttr(expr(u, a.value), u.code.name(u.mangle(a.attr))).at(a);
        }
        Expr.Subscript s = (Expr.Subscript) e;
        return new Stmts.AugItem(expr(u, s.value), expr(u, s.slice)).at(s);
    }

    // ---- expressions ----

    ExprNode[] exprs(Unit u, List<Expr> es) {
        ExprNode[] out = new ExprNode[es.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = expr(u, es.get(i));
        }
        return out;
    }

    ExprNode expr(Unit u, Expr e) {
        return exprNode(u, e).at(e);
    }

    private ExprNode exprNode(Unit u, Expr e) {
        if (ConstantFolder.mayFold(e)) {
            PyObject k = folder.fold(e);
            if (k != null) {
                return constant(u, k);
            }
        }
        if (e instanceof Expr.Name n) {
            return loadName(u, n.id, n);
        }
        if (e instanceof Expr.Attribute a) {
            return new Exprs.Attribute(expr(u, a.value), u.code.name(u.mangle(a.attr)));
        }
        if (e instanceof Expr.Subscript s) {
            return new Exprs.Subscript(expr(u, s.value), expr(u, s.slice));
        }
        if (e instanceof Expr.Slice s) {
            return new Exprs.Slice(s.lower == null ? null : expr(u, s.lower), s.upper == null ? null : expr(u, s.upper),
                    s.step == null ? null : expr(u, s.step));
        }
        if (e instanceof Expr.BinOp b) {
            return new Exprs.BinOp(expr(u, b.left), binaryOp(b.op), expr(u, b.right));
        }
        if (e instanceof Expr.UnaryOp un) {
            ExprNode operand = expr(u, un.operand);
            return switch (un.op) {
                case Not -> new Exprs.Not(operand);
                case USub -> new Exprs.Unary(operand, Names.__neg__, "-");
                case UAdd -> new Exprs.Unary(operand, Names.__pos__, "+");
                case Invert -> new Exprs.Unary(operand, Names.__invert__, "~");
            };
        }
        if (e instanceof Expr.BoolOp b) {
            return new Exprs.BoolOp(exprs(u, b.values), b.op == dev.heapscope.language.ast.Boolop.And);
        }
        if (e instanceof Expr.Compare c) {
            CompileWarnings.checkCompare(filename, c, folder);
            int n = c.ops.size();
            Exprs.CmpKind[] kinds = new Exprs.CmpKind[n];
            CompareOp[] ops = new CompareOp[n];
            for (int i = 0; i < n; i++) {
                Cmpop op = c.ops.get(i);
                kinds[i] = switch (op) {
                    case Is -> Exprs.CmpKind.IS;
                    case IsNot -> Exprs.CmpKind.IS_NOT;
                    case In -> Exprs.CmpKind.IN;
                    case NotIn -> Exprs.CmpKind.NOT_IN;
                    default -> Exprs.CmpKind.RICH;
                };
                ops[i] = switch (op) {
                    case Eq -> CompareOp.EQ;
                    case NotEq -> CompareOp.NE;
                    case Lt -> CompareOp.LT;
                    case LtE -> CompareOp.LE;
                    case Gt -> CompareOp.GT;
                    case GtE -> CompareOp.GE;
                    default -> null;
                };
            }
            ExprNode[] comparators = exprs(u, c.comparators);
            if (kinds[n - 1] == Exprs.CmpKind.IN || kinds[n - 1] == Exprs.CmpKind.NOT_IN) {
                comparators[n - 1] = iterable(u, c.comparators.get(n - 1));
            }
            return new Exprs.Compare(expr(u, c.left), kinds, ops, comparators);
        }
        if (e instanceof Expr.IfExp i) {
            return new Exprs.IfExp(expr(u, i.test), expr(u, i.body), expr(u, i.orelse));
        }
        if (e instanceof Expr.NamedExpr ne) {
            return new Exprs.NamedExpr(target(u, ne.target), expr(u, ne.value));
        }
        if (e instanceof Expr.Call c) {
            Exprs.Arguments args = arguments(u, c.args, c.keywords);
            if (c.func instanceof Expr.Attribute a) {
                return new Exprs.MethodCall(expr(u, a.value), u.code.name(u.mangle(a.attr)), args,
                        new Exprs.Span().at(a));
            }
            return new Exprs.Call(expr(u, c.func), args);
        }
        if (e instanceof Expr.Tuple t) {
            return display(u, Exprs.Display.Kind.TUPLE, t.elts);
        }
        if (e instanceof Expr.List l) {
            return display(u, Exprs.Display.Kind.LIST, l.elts);
        }
        if (e instanceof Expr.Set s) {
            PySet folded = constantFrozenset(u, s.elts);
            if (folded != null) {
                return new Exprs.ConstantSetDisplay(folded);
            }
            return display(u, Exprs.Display.Kind.SET, s.elts);
        }
        if (e instanceof Expr.Dict d) {
            ExprNode[] keys = new ExprNode[d.keys.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys.get(i) == null ? null : expr(u, d.keys.get(i));
            }
            return new Exprs.DictDisplay(keys, exprs(u, d.values));
        }
        if (e instanceof Expr.JoinedStr j) {
            // One part is compiled alone (no BUILD_STRING): f'{s}' is s itself.
            if (j.values.size() == 1) {
                return expr(u, j.values.get(0));
            }
            return new Exprs.JoinedStr(exprs(u, j.values));
        }
        if (e instanceof Expr.FormattedValue fv) {
            return new Exprs.FormattedValue(expr(u, fv.value), fv.conversion,
                    fv.formatSpec == null ? null : expr(u, fv.formatSpec));
        }
        if (e instanceof Expr.Lambda l) {
            return function(u, l, "<lambda>", l.args, null, l.body, null);
        }
        if (e instanceof Expr.ListComp lc) {
            return comprehension(u, lc, "<listcomp>", ComprehensionBody.Kind.LIST, lc.elt, null, lc.generators);
        }
        if (e instanceof Expr.SetComp sc) {
            return comprehension(u, sc, "<setcomp>", ComprehensionBody.Kind.SET, sc.elt, null, sc.generators);
        }
        if (e instanceof Expr.DictComp dc) {
            return comprehension(u, dc, "<dictcomp>", ComprehensionBody.Kind.DICT, dc.key, dc.value, dc.generators);
        }
        if (e instanceof Expr.GeneratorExp g) {
            return comprehension(u, g, "<genexpr>", ComprehensionBody.Kind.GENERATOR, g.elt, null, g.generators);
        }
        if (e instanceof Expr.Yield y) {
            if (u.code.coroutine) {
                return new AsyncNodes.Yield(y.value == null ? null : expr(u, y.value));
            }
            return new Exprs.Yield(y.value == null ? null : expr(u, y.value));
        }
        if (e instanceof Expr.YieldFrom y) {
            return new Exprs.YieldFrom(expr(u, y.value));
        }
        if (e instanceof Expr.Await a) {
            return new AsyncNodes.Await(expr(u, a.value));
        }
        if (e instanceof Expr.Starred) {
            return new Exprs.Unsupported("a starred expression here");
        }
        throw new IllegalStateException("expression " + e.nodeName());
    }

    private ExprNode display(Unit u, Exprs.Display.Kind kind, List<Expr> elts) {
        ExprNode[] items = new ExprNode[elts.size()];
        boolean[] starred = new boolean[items.length];
        for (int i = 0; i < items.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred s) {
                starred[i] = true;
                items[i] = expr(u, s.value);
            } else {
                items[i] = expr(u, el);
            }
        }
        return new Exprs.Display(kind, items, starred);
    }

    Exprs.Arguments arguments(Unit u, List<Expr> args, List<Keyword> keywords) {
        ExprNode[] positional = new ExprNode[args.size()];
        boolean[] starred = new boolean[positional.length];
        for (int i = 0; i < positional.length; i++) {
            Expr a = args.get(i);
            if (a instanceof Expr.Starred s) {
                starred[i] = true;
                positional[i] = expr(u, s.value);
            } else {
                positional[i] = expr(u, a);
            }
        }
        String[] names = new String[keywords.size()];
        ExprNode[] values = new ExprNode[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = keywords.get(i).arg;
            values[i] = expr(u, keywords.get(i).value);
        }
        return new Exprs.Arguments(positional, starred, names, values);
    }

    /**
     * CPython folds a set display of more than two constants into a frozenset constant
     * that the display merges into a new set. The frozenset is built from the items in
     * source order and then rebuilt from its own iteration order (merge_consts_recursive),
     * which decides the table layout and so the order the new set iterates in. Null when
     * the display does not qualify.
     */
    private PySet constantFrozenset(Unit u, List<Expr> elts) {
        if (elts.size() <= 2) {
            return null;
        }
        List<PyObject> items = new ArrayList<>();
        for (Expr el : elts) {
            PyObject k = ConstantFolder.mayFold(el) ? folder.fold(el) : null;
            if (k == null) {
                return null;
            }
            items.add(k);
        }
        PySet first = Heap.allocate(new PySet(Types.FROZENSET));
        for (PyObject item : items) {
            first.add(item);
        }
        PySet merged = Heap.allocate(new PySet(Types.FROZENSET));
        for (int i = 0; i < first.tableSize(); i++) {
            PyObject k = first.keyAt(i);
            if (k != null) {
                merged.add(k, first.hashAt(i));
            }
        }
        Heap.decref(first);
        Exprs.Const c = (Exprs.Const) constant(u, merged);
        Heap.decref(merged);
        return (PySet) c.value;
    }

    /**
     * An iterated expression (fold_iter): a list or set display of constants is a tuple or
     * frozenset constant when a for loop, a comprehension or {@code in} iterates over it.
     */
    private ExprNode iterable(Unit u, Expr e) {
        if (e instanceof Expr.List || e instanceof Expr.Set) {
            PyObject k = folder.foldIter(e);
            if (k != null) {
                return constant(u, k).at(e);
            }
        }
        return expr(u, e);
    }

    /** A constant the compiler makes (a name, a docstring), not one the parser read. */
    ExprNode constant(Unit u, ConstantValue v) {
        PyObject o = Constants.toObject(v);
        ExprNode c = constant(u, o);
        Heap.decref(o);
        return c;
    }

    /**
     * A constant of this code object (compiler_add_const): the compilation's first object
     * equal to {@code o} (merge_consts_recursive), with identifier-like strings interned
     * (intern_string_constants). The code holds one reference to each of its constants,
     * as co_consts does; {@code o} stays the caller's.
     */
    ExprNode constant(Unit u, PyObject o) {
        String key = ConstantKeys.key(o);
        PyObject k = u.constants.get(key);
        if (k == null) {
            k = constantCache.get(key);
            if (k == null) {
                k = o;
                mergeItems(k);
            }
            k = ConstantKeys.interned(k);
            // The cache keeps what the code keeps: a str interned into an existing one
            // may be freed by its maker, the interned one lives with this code.
            constantCache.put(key, k);
            u.constants.put(key, k);
        }
        return new Exprs.Const(k);
    }

    /** merge_consts_recursive for a tuple's items: each becomes the compilation's first equal constant. */
    private void mergeItems(PyObject o) {
        if (o instanceof dev.heapscope.interpreter.objects.PyTuple t) {
            for (int i = 0; i < t.items.length; i++) {
                PyObject item = t.items[i];
                String key = ConstantKeys.key(item);
                PyObject cached = constantCache.get(key);
                if (cached == null) {
                    mergeItems(item);
                    constantCache.put(key, item);
                } else if (cached != item) {
                    t.items[i] = Heap.incref(cached);
                    Heap.decref(item);
                }
            }
        }
    }

    static BinaryOp binaryOp(dev.heapscope.language.ast.Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUB;
            case Mult -> BinaryOp.MUL;
            case MatMult -> BinaryOp.MATMUL;
            case Div -> BinaryOp.TRUEDIV;
            case Mod -> BinaryOp.MOD;
            case Pow -> BinaryOp.POW;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
            case BitAnd -> BinaryOp.AND;
            case FloorDiv -> BinaryOp.FLOORDIV;
        };
    }

    static boolean isClassScope(Scope s) {
        return s.type() == ScopeType.CLASS;
    }
}
