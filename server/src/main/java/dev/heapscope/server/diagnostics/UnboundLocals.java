package dev.heapscope.server.diagnostics;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Comprehension;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.ExceptHandler;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.ExprContext;
import dev.heapscope.language.ast.Keyword;
import dev.heapscope.language.ast.MatchCase;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Pattern;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.ast.WithItem;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.Symbol;
import dev.heapscope.language.symtable.SymbolFlag;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.NameRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The UnboundLocalError trap: a read of a function's local on a path where no assignment to
 * it has run. Any assignment anywhere in a function makes the name local to all of it
 * (CPython decides at compile time), so a read before it does not fall back to the global.
 *
 * <p>A forward pass over each function body tracks the set of locals definitely bound: the
 * meet of the branches after if/try/match, the entry state after a loop (its body may run
 * zero times), everything after return, raise, break and continue (nothing runs there).
 * Bindings inside short-circuit operands and conditional expressions do not count.
 */
final class UnboundLocals {
    private final Findings findings;
    private final Analysis analysis;
    private final Scope function;
    private final Set<String> candidates;
    private final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    /** States at the break statements of each enclosing loop, innermost last. */
    private final Deque<List<Set<String>>> breaks = new ArrayDeque<>();

    /** A state is the set of candidates definitely bound, or null where no path reaches. */
    private static final Set<String> UNREACHABLE = null;

    private UnboundLocals(Findings findings, Scope function, Set<String> candidates) {
        this.findings = findings;
        this.analysis = findings.analysis();
        this.function = function;
        this.candidates = candidates;
    }

    static void report(Findings findings) {
        if (findings.analysis().hasTable()) {
            visit(findings, findings.analysis().table().module());
        }
    }

    private static void visit(Findings findings, Scope scope) {
        List<Stmt> body = null;
        if (scope.node() instanceof Stmt.FunctionDef f) {
            body = f.body;
        } else if (scope.node() instanceof Stmt.AsyncFunctionDef f) {
            body = f.body;
        }
        if (body != null && scope.type() == ScopeType.FUNCTION) {
            Set<String> candidates = new HashSet<>();
            for (Symbol symbol : scope.symbols().values()) {
                boolean local = symbol.scope() == SymbolScope.LOCAL || symbol.scope() == SymbolScope.CELL;
                if (local && !symbol.isParameter() && !symbol.has(SymbolFlag.DEF_NONLOCAL)
                        && (symbol.isAssigned() || symbol.isImported()) && symbol.isReferenced()) {
                    candidates.add(symbol.name());
                }
            }
            if (!candidates.isEmpty()) {
                new UnboundLocals(findings, scope, candidates).block(body, new HashSet<>());
            }
        }
        for (Scope child : scope.children()) {
            visit(findings, child);
        }
    }

    private static Set<String> copy(Set<String> state) {
        return state == UNREACHABLE ? UNREACHABLE : new HashSet<>(state);
    }

    private static Set<String> meet(Set<String> a, Set<String> b) {
        if (a == UNREACHABLE) {
            return copy(b);
        }
        if (b == UNREACHABLE) {
            return copy(a);
        }
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private Set<String> block(List<Stmt> body, Set<String> state) {
        Set<String> s = state;
        for (Stmt statement : body) {
            s = statement(statement, s);
        }
        return s;
    }

    private Set<String> statement(Stmt node, Set<String> in) {
        Set<String> s = in;
        if (node instanceof Stmt.FunctionDef f) {
            exprs(f.decoratorList, s);
            arguments(f.args, s);
            bindName(f.name, s);
        } else if (node instanceof Stmt.AsyncFunctionDef f) {
            exprs(f.decoratorList, s);
            arguments(f.args, s);
            bindName(f.name, s);
        } else if (node instanceof Stmt.ClassDef c) {
            exprs(c.decoratorList, s);
            exprs(c.bases, s);
            for (Keyword k : c.keywords) {
                expr(k.value, s);
            }
            bindName(c.name, s);
        } else if (node instanceof Stmt.Return r) {
            expr(r.value, s);
            return UNREACHABLE;
        } else if (node instanceof Stmt.Raise r) {
            expr(r.exc, s);
            expr(r.cause, s);
            return UNREACHABLE;
        } else if (node instanceof Stmt.Delete d) {
            for (Expr target : d.targets) {
                delete(target, s);
            }
        } else if (node instanceof Stmt.Assign a) {
            expr(a.value, s);
            for (Expr target : a.targets) {
                bind(target, s);
            }
        } else if (node instanceof Stmt.AugAssign a) {
            if (a.target instanceof Expr.Name name) {
                read(name, name.id, s);
            } else {
                bind(a.target, s);
            }
            expr(a.value, s);
            bind(a.target, s);
        } else if (node instanceof Stmt.AnnAssign a) {
            if (a.value != null) {
                expr(a.value, s);
                bind(a.target, s);
            }
        } else if (node instanceof Stmt.For f) {
            return loop(f.iter, f.target, f.body, f.orelse, s);
        } else if (node instanceof Stmt.AsyncFor f) {
            return loop(f.iter, f.target, f.body, f.orelse, s);
        } else if (node instanceof Stmt.While w) {
            return whileLoop(w, s);
        } else if (node instanceof Stmt.If i) {
            expr(i.test, s);
            return meet(block(i.body, copy(s)), block(i.orelse, copy(s)));
        } else if (node instanceof Stmt.With w) {
            return with(w.items, w.body, s);
        } else if (node instanceof Stmt.AsyncWith w) {
            return with(w.items, w.body, s);
        } else if (node instanceof Stmt.Match m) {
            return match(m, s);
        } else if (node instanceof Stmt.Try t) {
            return tryStatement(t.body, t.handlers, t.orelse, t.finalbody, s);
        } else if (node instanceof Stmt.TryStar t) {
            return tryStatement(t.body, t.handlers, t.orelse, t.finalbody, s);
        } else if (node instanceof Stmt.Import i) {
            for (Alias alias : i.names) {
                String bound = alias.asname != null ? alias.asname : alias.name.split("\\.", 2)[0];
                bindName(bound, s);
            }
        } else if (node instanceof Stmt.ImportFrom i) {
            for (Alias alias : i.names) {
                bindName(alias.asname != null ? alias.asname : alias.name, s);
            }
        } else if (node instanceof Stmt.Break) {
            if (!breaks.isEmpty()) {
                breaks.peek().add(copy(s));
            }
            return UNREACHABLE;
        } else if (node instanceof Stmt.Continue) {
            return UNREACHABLE;
        } else {
            // Expr, Assert, Global, Nonlocal, Pass: reads only.
            AstWalk.forEachChild(node, child -> {
                if (child instanceof Expr e) {
                    expr(e, in);
                }
            });
        }
        return s;
    }

    private Set<String> loop(Expr iter, Expr target, List<Stmt> body, List<Stmt> orelse, Set<String> in) {
        expr(iter, in);
        Set<String> entry = copy(in);
        bind(target, entry);
        breaks.push(new ArrayList<>());
        block(body, entry);
        boolean broke = !breaks.pop().isEmpty();
        if (orelse.isEmpty() || broke) {
            if (!orelse.isEmpty()) {
                block(orelse, copy(in));
            }
            return in;
        }
        return block(orelse, copy(in));
    }

    private Set<String> whileLoop(Stmt.While w, Set<String> in) {
        expr(w.test, in);
        boolean forever = w.test instanceof Expr.Constant c && isTrue(c.value);
        breaks.push(new ArrayList<>());
        block(w.body, copy(in));
        List<Set<String>> exits = breaks.pop();
        if (forever) {
            Set<String> out = UNREACHABLE;
            for (Set<String> exit : exits) {
                out = out == UNREACHABLE && exit == UNREACHABLE ? UNREACHABLE : meet(out, exit);
            }
            return out;
        }
        if (!w.orelse.isEmpty()) {
            Set<String> afterElse = block(w.orelse, copy(in));
            return exits.isEmpty() ? afterElse : in;
        }
        return in;
    }

    private static boolean isTrue(ConstantValue value) {
        if (value instanceof ConstantValue.BoolValue b) {
            return b.value();
        }
        return value instanceof ConstantValue.IntValue i && i.value().signum() != 0;
    }

    private Set<String> with(List<WithItem> items, List<Stmt> body, Set<String> in) {
        for (WithItem item : items) {
            expr(item.contextExpr, in);
            if (item.optionalVars != null) {
                bind(item.optionalVars, in);
            }
        }
        return block(body, in);
    }

    private Set<String> match(Stmt.Match m, Set<String> in) {
        expr(m.subject, in);
        Set<String> out = UNREACHABLE;
        boolean irrefutable = false;
        for (MatchCase c : m.cases) {
            Set<String> s = copy(in);
            Pattern pattern = c.pattern;
            AstWalk.preorder(pattern, node -> {
                if (node instanceof Expr e && !(node instanceof Expr.Name)) {
                    expr(e, s);
                } else if (node instanceof Pattern.MatchAs a && a.name != null) {
                    bindName(a.name, s);
                } else if (node instanceof Pattern.MatchStar st && st.name != null) {
                    bindName(st.name, s);
                } else if (node instanceof Pattern.MatchMapping mm && mm.rest != null) {
                    bindName(mm.rest, s);
                }
            });
            expr(c.guard, s);
            out = meet(out, block(c.body, s));
            if (c.guard == null && pattern instanceof Pattern.MatchAs a && a.pattern == null) {
                irrefutable = true;
            }
        }
        return irrefutable ? out : meet(out, in);
    }

    private Set<String> tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                                     List<Stmt> finalbody, Set<String> in) {
        Set<String> afterBody = block(body, copy(in));
        Set<String> out = block(orelse, afterBody);
        for (ExceptHandler handler : handlers) {
            // An exception may leave the body anywhere: only what was bound before it counts.
            Set<String> s = copy(in);
            expr(handler.type, s);
            if (handler.name != null) {
                bindName(handler.name, s);
            }
            Set<String> end = block(handler.body, s);
            if (end != UNREACHABLE && handler.name != null) {
                // CPython deletes the name at the end of the handler.
                end.remove(handler.name);
            }
            out = meet(out, end);
        }
        if (!finalbody.isEmpty()) {
            block(finalbody, copy(in));
            if (out == UNREACHABLE) {
                return UNREACHABLE;
            }
            return block(finalbody, out);
        }
        return out;
    }

    private void arguments(dev.heapscope.language.ast.Arguments args, Set<String> s) {
        exprs(args.defaults, s);
        for (Expr e : args.kwDefaults) {
            expr(e, s);
        }
    }

    private void exprs(List<Expr> list, Set<String> s) {
        for (Expr e : list) {
            expr(e, s);
        }
    }

    private void bindName(String name, Set<String> s) {
        if (s != UNREACHABLE) {
            s.add(name);
        }
    }

    private void bind(Expr target, Set<String> s) {
        if (target instanceof Expr.Name name) {
            bindName(name.id, s);
        } else if (target instanceof Expr.Tuple t) {
            for (Expr e : t.elts) {
                bind(e, s);
            }
        } else if (target instanceof Expr.List l) {
            for (Expr e : l.elts) {
                bind(e, s);
            }
        } else if (target instanceof Expr.Starred st) {
            bind(st.value, s);
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value, s);
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value, s);
            expr(sub.slice, s);
        }
    }

    private void delete(Expr target, Set<String> s) {
        if (target instanceof Expr.Name name) {
            read(name, name.id, s);
            if (s != UNREACHABLE) {
                s.remove(name.id);
            }
        } else if (target instanceof Expr.Tuple t) {
            for (Expr e : t.elts) {
                delete(e, s);
            }
        } else if (target instanceof Expr.List l) {
            for (Expr e : l.elts) {
                delete(e, s);
            }
        } else {
            bind(target, s);
        }
    }

    private void expr(Expr node, Set<String> s) {
        if (node == null) {
            return;
        }
        if (node instanceof Expr.Name name) {
            if (name.ctx == ExprContext.Load) {
                read(name, name.id, s);
            } else if (name.ctx == ExprContext.Store) {
                bindName(name.id, s);
            }
        } else if (node instanceof Expr.NamedExpr walrus) {
            expr(walrus.value, s);
            bind(walrus.target, s);
        } else if (node instanceof Expr.BoolOp op) {
            expr(op.values.get(0), s);
            for (int i = 1; i < op.values.size(); i++) {
                expr(op.values.get(i), copy(s));
            }
        } else if (node instanceof Expr.IfExp ifExp) {
            expr(ifExp.test, s);
            expr(ifExp.body, copy(s));
            expr(ifExp.orelse, copy(s));
        } else if (node instanceof Expr.Lambda lambda) {
            arguments(lambda.args, s);
        } else if (node instanceof Expr.ListComp || node instanceof Expr.SetComp || node instanceof Expr.DictComp
                || node instanceof Expr.GeneratorExp) {
            comprehension(node, s);
        } else {
            AstWalk.forEachChild(node, child -> {
                if (child instanceof Expr e) {
                    expr(e, s);
                } else if (child instanceof Keyword k) {
                    expr(k.value, s);
                }
            });
        }
    }

    /** The first iterable is evaluated here; the rest runs at once in the comprehension's block, reading our locals as free variables. */
    private void comprehension(Expr node, Set<String> s) {
        List<Comprehension> generators = new ArrayList<>();
        AstWalk.forEachChild(node, child -> {
            if (child instanceof Comprehension c) {
                generators.add(c);
            }
        });
        if (generators.isEmpty()) {
            return;
        }
        expr(generators.get(0).iter, s);
        Scope inner = analysis.table().scopeOf(node);
        if (inner == null || node instanceof Expr.GeneratorExp) {
            return;
        }
        AstWalk.preorder(node, child -> {
            if (child == generators.get(0).iter) {
                return;
            }
            if (child instanceof Expr.Name name && name.ctx == ExprContext.Load) {
                Symbol symbol = inner.lookup(name.id);
                if (symbol != null && symbol.scope() == SymbolScope.FREE && !within(generators.get(0).iter, name)) {
                    read(name, name.id, s);
                }
            }
        });
    }

    private static boolean within(Expr outer, Expr inner) {
        boolean[] found = {false};
        AstWalk.preorder(outer, n -> found[0] |= n == inner);
        return found[0];
    }

    private void read(Expr.Name node, String name, Set<String> s) {
        if (s == UNREACHABLE || !candidates.contains(name) || s.contains(name) || !reported.add(node)) {
            return;
        }
        int start = analysis.start(node);
        int end = analysis.end(node);
        StringBuilder message = new StringBuilder();
        message.append("local variable '").append(name).append("' may be read here before it is assigned: ");
        int firstLine = firstBindingLine(name);
        message.append("an assignment in '").append(function.name()).append("'");
        if (firstLine > 0) {
            message.append(" (line ").append(findings.lineNumber(firstLine)).append(")");
        }
        message.append(" makes it local to the whole function, so this read raises UnboundLocalError "
                + "(cannot access local variable '").append(name).append("' where it is not associated with a value)");
        if (analysis.names().isModuleGlobal(name)) {
            message.append("; the module's global '").append(name).append("' is not consulted");
        }
        findings.add(start, end, DiagnosticSeverity.Warning, "possibly-unbound", message.toString());
    }

    private int firstBindingLine(String name) {
        for (NameRef ref : analysis.names().refs()) {
            if (ref.scope() == function && ref.name().equals(name) && ref.isWrite()) {
                return analysis.lines().lineOf(ref.start()) + 1;
            }
        }
        return 0;
    }
}
