package dev.heapscope.server.diagnostics;

import dev.heapscope.language.ast.Arg;
import dev.heapscope.language.ast.Arguments;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Keyword;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.SymbolScope;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.AstWalk;
import dev.heapscope.server.analysis.Binding;
import dev.heapscope.server.analysis.NameRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Lints about CPython's memory model, each with a one-sentence explanation: a mutable
 * default shared by every call, a closure that captures a loop variable (late binding),
 * {@code global} keeping a container alive for the module's lifetime, and {@code __del__}
 * on a class whose instances reference themselves (only the cyclic collector frees them).
 */
final class MemoryLints {
    private final Findings findings;
    private final Analysis analysis;

    private MemoryLints(Findings findings) {
        this.findings = findings;
        this.analysis = findings.analysis();
    }

    static void report(Findings findings) {
        if (!findings.analysis().hasTable()) {
            return;
        }
        MemoryLints lints = new MemoryLints(findings);
        AstWalk.preorder(findings.analysis().module(), node -> {
            if (node instanceof Stmt.FunctionDef f) {
                lints.mutableDefaults(f.args);
            } else if (node instanceof Stmt.AsyncFunctionDef f) {
                lints.mutableDefaults(f.args);
            } else if (node instanceof Expr.Lambda l) {
                lints.mutableDefaults(l.args);
            } else if (node instanceof Stmt.For f) {
                lints.loopCaptures(f, f.target, f.body);
            } else if (node instanceof Stmt.AsyncFor f) {
                lints.loopCaptures(f, f.target, f.body);
            } else if (node instanceof Stmt.While w) {
                lints.loopCaptures(w, null, w.body);
            } else if (node instanceof Stmt.ClassDef c) {
                lints.finalizerOnCycles(c);
            }
        });
    }

    /** The {@code global-keeps-alive} lints, given after all the others. */
    static void reportGlobalContainers(Findings findings) {
        if (findings.analysis().hasTable()) {
            new MemoryLints(findings).globalContainers();
        }
    }

    // ---- mutable default arguments ----

    private void mutableDefaults(Arguments args) {
        List<Arg> positional = new ArrayList<>(args.posonlyargs);
        positional.addAll(args.args);
        int first = positional.size() - args.defaults.size();
        for (int i = 0; i < args.defaults.size(); i++) {
            mutableDefault(positional.get(first + i), args.defaults.get(i));
        }
        for (int i = 0; i < args.kwDefaults.size(); i++) {
            Expr value = args.kwDefaults.get(i);
            if (value != null && i < args.kwonlyargs.size()) {
                mutableDefault(args.kwonlyargs.get(i), value);
            }
        }
    }

    private void mutableDefault(Arg parameter, Expr value) {
        String kind = mutableKind(value);
        if (kind == null) {
            return;
        }
        findings.add(analysis.start(value), analysis.end(value), DiagnosticSeverity.Warning, "mutable-default",
                "mutable default argument: this " + kind + " is created once, when the def statement runs, "
                        + "and stored in the function's __defaults__; every call that omits '" + parameter.arg
                        + "' gets the same object, so changes made by one call are seen by the next. "
                        + "Use None as the default and create the " + kind + " in the body");
    }

    private String mutableKind(Expr value) {
        if (value instanceof Expr.List || value instanceof Expr.ListComp) {
            return "list";
        }
        if (value instanceof Expr.Dict || value instanceof Expr.DictComp) {
            return "dict";
        }
        if (value instanceof Expr.Set || value instanceof Expr.SetComp) {
            return "set";
        }
        if (value instanceof Expr.Call call) {
            String callee = calleeName(call.func);
            if (callee != null && Set.of("list", "dict", "set", "bytearray", "defaultdict", "OrderedDict", "deque",
                    "Counter").contains(callee)) {
                return callee;
            }
        }
        return null;
    }

    /** The called builtin or {@code collections} class, when the callee names one. */
    private String calleeName(Expr func) {
        if (func instanceof Expr.Name name) {
            NameRef ref = analysis.names().at(analysis.start(name));
            boolean builtin = ref != null && ref.binding().kind() == Binding.Kind.BUILTIN;
            boolean imported = ref != null && ref.binding().kind() == Binding.Kind.SCOPE && isImported(ref.binding());
            if (builtin || imported && !Set.of("list", "dict", "set", "bytearray").contains(name.id)) {
                return name.id;
            }
            return null;
        }
        if (func instanceof Expr.Attribute attribute && attribute.value instanceof Expr.Name module
                && module.id.equals("collections")) {
            return attribute.attr;
        }
        return null;
    }

    private boolean isImported(Binding binding) {
        if (ModuleFacts.isGlobal(binding)) {
            // Any statement of the module may import a global, not only those analysed here.
            return findings.module().globalImports().contains(binding.storedName());
        }
        for (NameRef ref : analysis.names().mentions(binding)) {
            if (ref.kind() == Occurrence.Kind.IMPORT) {
                return true;
            }
        }
        return false;
    }

    // ---- closures capturing loop variables ----

    private void loopCaptures(Stmt loop, Expr target, List<Stmt> body) {
        Scope loopScope = scopeHolding(loop);
        if (loopScope == null) {
            return;
        }
        Set<String> loopVariables = new LinkedHashSet<>();
        if (target != null) {
            AstWalk.preorder(target, n -> {
                if (n instanceof Expr.Name name) {
                    loopVariables.add(name.id);
                }
            });
        }
        for (Stmt statement : body) {
            if (statement instanceof Stmt.Assign assign) {
                for (Expr t : assign.targets) {
                    if (t instanceof Expr.Name name) {
                        loopVariables.add(name.id);
                    }
                }
            }
        }
        if (loopVariables.isEmpty()) {
            return;
        }
        Set<String> warned = new HashSet<>();
        for (Stmt statement : body) {
            AstWalk.preorder(statement, node -> {
                boolean closure = node instanceof Expr.Lambda || node instanceof Stmt.FunctionDef
                        || node instanceof Stmt.AsyncFunctionDef;
                if (!closure || isSortKey(node)) {
                    return;
                }
                Scope inner = analysis.table().scopeOf(node);
                if (inner == null) {
                    return;
                }
                for (NameRef ref : analysis.names().refs()) {
                    if (ref.isRead() && isWithin(ref.scope(), inner) && ref.binding().owner() == loopScope
                            && ref.binding().kind() == Binding.Kind.SCOPE
                            && loopVariables.contains(ref.binding().storedName())
                            && warned.add(System.identityHashCode(node) + ":" + ref.name())) {
                        String what = node instanceof Expr.Lambda ? "this lambda" : "'" + inner.name() + "'";
                        String where = loopScope.type() == ScopeType.MODULE ? "the module's global" : "the cell of";
                        findings.add(ref.start(), ref.end(), DiagnosticSeverity.Warning, "loop-variable-capture",
                                what + " captures the loop variable '" + ref.name() + "' by reference: it reads "
                                        + where + " '" + ref.name() + "' when it is called, not when it is made, "
                                        + "so every closure made by this loop sees the value of the last iteration "
                                        + "(late binding). Bind the current value with a default argument ("
                                        + ref.name() + "=" + ref.name() + ")");
                    }
                }
            });
        }
    }

    /** {@code sorted(xs, key=lambda x: x[i])} and the like call the lambda before the loop moves on. */
    private boolean isSortKey(Node node) {
        return analysis.parent(node) instanceof Keyword k && k.value == node && "key".equals(k.arg);
    }

    private static boolean isWithin(Scope scope, Scope ancestor) {
        for (Scope s = scope; s != null; s = s.parent()) {
            if (s == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The block whose code runs the statement: the nearest enclosing def, lambda or class, or the module. */
    private Scope scopeHolding(Node node) {
        for (Node n = analysis.parent(node); n != null; n = analysis.parent(n)) {
            Scope scope = analysis.table().scopeOf(n);
            if (scope != null) {
                return scope;
            }
        }
        return null;
    }

    // ---- global keeping containers alive ----

    private void globalContainers() {
        for (NameRef ref : analysis.names().refs()) {
            if (ref.kind() != Occurrence.Kind.BINDING || ref.symbol().scope() != SymbolScope.GLOBAL_EXPLICIT
                    || ref.scope().type() != ScopeType.FUNCTION || !(ref.node() instanceof Expr.Name name)) {
                continue;
            }
            if (analysis.parent(name) instanceof Stmt.Assign assign && isContainer(assign.value)) {
                findings.add(ref.start(), ref.end(), DiagnosticSeverity.Information, "global-keeps-alive",
                        "'" + ref.name() + "' is declared global, so this object is stored in the module's __dict__: "
                                + "it stays reachable, and is never freed, until the name is rebound or deleted "
                                + "or the module itself goes away, long after '" + ref.scope().name() + "' returns");
            }
        }
    }

    private boolean isContainer(Expr value) {
        return value instanceof Expr.List || value instanceof Expr.Dict || value instanceof Expr.Set
                || value instanceof Expr.ListComp || value instanceof Expr.DictComp || value instanceof Expr.SetComp
                || value instanceof Expr.Call call && mutableKind(call) != null;
    }

    // ---- __del__ on classes whose instances are in cycles ----

    /**
     * Conservative: only a method that stores {@code self} into {@code self}'s own attributes
     * ({@code self.me = self}, {@code self.items.append(self)}, {@code self.d[k] = self}), or
     * into an object it also stores on {@code self} ({@code self.child = c; c.parent = self}),
     * counts as making a cycle.
     */
    private void finalizerOnCycles(Stmt.ClassDef cls) {
        Stmt.FunctionDef finalizer = null;
        List<Stmt.FunctionDef> methods = new ArrayList<>();
        for (Stmt statement : cls.body) {
            if (statement instanceof Stmt.FunctionDef f) {
                methods.add(f);
                if (f.name.equals("__del__")) {
                    finalizer = f;
                }
            }
        }
        if (finalizer == null) {
            return;
        }
        for (Stmt.FunctionDef method : methods) {
            List<Arg> params = new ArrayList<>(method.args.posonlyargs);
            params.addAll(method.args.args);
            if (params.isEmpty() || method == finalizer) {
                continue;
            }
            String self = params.get(0).arg;
            Located cycle = findSelfCycle(method, self);
            if (cycle != null) {
                int defStart = analysis.start(finalizer);
                NameRef name = null;
                for (NameRef ref : analysis.names().refs()) {
                    if (ref.node() == finalizer) {
                        name = ref;
                    }
                }
                int start = name != null ? name.start() : defStart;
                int end = name != null ? name.end() : defStart;
                findings.add(start, end, DiagnosticSeverity.Information, "del-in-cycle",
                        "instances of '" + cls.name + "' can be in reference cycles (line " + findings.lineNumber(cycle.lineno)
                                + " stores '" + self + "' where '" + self + "' can reach it), and '" + cls.name
                                + "' defines __del__: such a cycle is never freed by reference counting, only by "
                                + "the cyclic collector, which runs __del__ at an unpredictable time, in no set order "
                                + "across the cycle. Hold back-references with weakref, or use weakref.finalize");
                return;
            }
        }
    }

    private Located findSelfCycle(Stmt.FunctionDef method, String self) {
        Set<String> heldBySelf = new HashSet<>();
        List<Located> found = new ArrayList<>();
        List<Object[]> storesOfSelf = new ArrayList<>();
        for (Stmt statement : method.body) {
            AstWalk.preorder(statement, node -> {
                if (node instanceof Stmt.Assign assign) {
                    for (Expr target : assign.targets) {
                        String root = rootName(target);
                        if (root == null || target instanceof Expr.Name) {
                            continue;
                        }
                        if (root.equals(self) && assign.value instanceof Expr.Name held) {
                            heldBySelf.add(held.id);
                        }
                        if (mentionsDirectly(assign.value, self)) {
                            storesOfSelf.add(new Object[] {root, assign});
                        }
                    }
                } else if (node instanceof Expr.Call call && call.func instanceof Expr.Attribute method1
                        && Set.of("append", "add", "insert", "setdefault", "appendleft").contains(method1.attr)) {
                    String root = rootName(method1.value);
                    for (Expr argument : call.args) {
                        if (root != null && mentionsDirectly(argument, self)) {
                            storesOfSelf.add(new Object[] {root, call});
                        }
                        if (root != null && root.equals(self) && argument instanceof Expr.Name held) {
                            heldBySelf.add(held.id);
                        }
                    }
                }
            });
        }
        for (Object[] store : storesOfSelf) {
            String root = (String) store[0];
            if (root.equals(self) || heldBySelf.contains(root)) {
                found.add((Located) store[1]);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String rootName(Expr target) {
        Expr e = target;
        while (true) {
            if (e instanceof Expr.Attribute a) {
                e = a.value;
            } else if (e instanceof Expr.Subscript s) {
                e = s.value;
            } else if (e instanceof Expr.Name n) {
                return n.id;
            } else {
                return null;
            }
        }
    }

    /** The value is {@code self}, or a tuple, list, set or dict display holding {@code self} itself. */
    private static boolean mentionsDirectly(Expr value, String self) {
        if (value instanceof Expr.Name n) {
            return n.id.equals(self);
        }
        List<Expr> items = value instanceof Expr.Tuple t ? t.elts : value instanceof Expr.List l ? l.elts
                : value instanceof Expr.Set s ? s.elts : value instanceof Expr.Dict d ? d.values : List.of();
        for (Expr item : items) {
            if (item instanceof Expr.Name n && n.id.equals(self)) {
                return true;
            }
        }
        return false;
    }
}
