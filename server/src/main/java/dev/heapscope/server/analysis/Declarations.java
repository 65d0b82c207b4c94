package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Alias;
import dev.heapscope.language.ast.Arg;
import dev.heapscope.language.ast.Arguments;
import dev.heapscope.language.ast.ConstantValue;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * What a binding binds, told from the source where it is evident: a function's signature, a
 * class's bases, an import, the type of an assigned literal or display; and docstrings.
 */
public final class Declarations {
    private Declarations() {
    }

    /** The source text of a node. */
    public static String source(Analysis analysis, Located node) {
        int start = analysis.start(node);
        int end = analysis.end(node);
        return start <= end ? analysis.text().substring(start, end) : "";
    }

    /** {@code (a, b=1, /, *args, c, **kw) -> R}, built from the tree with defaults and annotations as written. */
    public static String parameters(Analysis analysis, Arguments args) {
        List<String> parts = new ArrayList<>();
        List<Arg> positional = new ArrayList<>(args.posonlyargs);
        positional.addAll(args.args);
        int firstDefault = positional.size() - args.defaults.size();
        for (int i = 0; i < positional.size(); i++) {
            String part = parameter(analysis, positional.get(i));
            if (i >= firstDefault) {
                part += (positional.get(i).annotation != null ? " = " : "=")
                        + source(analysis, args.defaults.get(i - firstDefault));
            }
            parts.add(part);
            if (i == args.posonlyargs.size() - 1) {
                parts.add("/");
            }
        }
        if (args.vararg != null) {
            parts.add("*" + parameter(analysis, args.vararg));
        } else if (!args.kwonlyargs.isEmpty()) {
            parts.add("*");
        }
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            String part = parameter(analysis, args.kwonlyargs.get(i));
            Expr value = i < args.kwDefaults.size() ? args.kwDefaults.get(i) : null;
            if (value != null) {
                part += (args.kwonlyargs.get(i).annotation != null ? " = " : "=") + source(analysis, value);
            }
            parts.add(part);
        }
        if (args.kwarg != null) {
            parts.add("**" + parameter(analysis, args.kwarg));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** Each parameter as {@link #parameters} writes it, for signature help. */
    public static List<String> parameterList(Analysis analysis, Arguments args) {
        String all = parameters(analysis, args);
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 1;
        for (int i = 1; i < all.length() - 1; i++) {
            char c = all.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(all.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (all.length() > 2) {
            out.add(all.substring(start, all.length() - 1).strip());
        }
        out.removeIf(p -> p.equals("/") || p.equals("*"));
        return out;
    }

    private static String parameter(Analysis analysis, Arg arg) {
        return arg.annotation == null ? arg.arg : arg.arg + ": " + source(analysis, arg.annotation);
    }

    public static String signature(Analysis analysis, Node def) {
        if (def instanceof Stmt.FunctionDef f) {
            return "def " + f.name + parameters(analysis, f.args) + returns(analysis, f.returns);
        }
        if (def instanceof Stmt.AsyncFunctionDef f) {
            return "async def " + f.name + parameters(analysis, f.args) + returns(analysis, f.returns);
        }
        if (def instanceof Stmt.ClassDef c) {
            List<String> bases = new ArrayList<>();
            for (Expr base : c.bases) {
                bases.add(source(analysis, base));
            }
            for (var keyword : c.keywords) {
                bases.add(source(analysis, keyword));
            }
            return "class " + c.name + (bases.isEmpty() ? "" : "(" + String.join(", ", bases) + ")");
        }
        return null;
    }

    private static String returns(Analysis analysis, Expr returns) {
        return returns == null ? "" : " -> " + source(analysis, returns);
    }

    /** The docstring of a module, class or function, cleaned as {@code inspect.cleandoc} does; null when none. */
    public static String docstring(Node node) {
        List<Stmt> body = node instanceof Stmt.FunctionDef f ? f.body
                : node instanceof Stmt.AsyncFunctionDef f ? f.body
                : node instanceof Stmt.ClassDef c ? c.body
                : node instanceof dev.heapscope.language.ast.Mod.Module m ? m.body : null;
        if (body == null || body.isEmpty() || !(body.get(0) instanceof Stmt.Expr e)
                || !(e.value instanceof Expr.Constant c) || !(c.value instanceof ConstantValue.StrValue s)) {
            return null;
        }
        return cleandoc(s.value());
    }

    static String cleandoc(String doc) {
        String[] lines = doc.replace("\t", "        ").split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (!stripped.isEmpty()) {
                margin = Math.min(margin, lines[i].length() - stripped.length());
            }
        }
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            out.append('\n').append(margin == Integer.MAX_VALUE || lines[i].length() < margin ? lines[i].strip()
                    : lines[i].substring(margin).stripTrailing());
        }
        return out.toString().strip();
    }

    /** What the statement holding a binding mention binds the name to, in a few words; null when not evident. */
    public static String boundTo(Analysis analysis, NameRef ref) {
        Node node = ref.node();
        String signature = signature(analysis, node);
        if (signature != null) {
            return signature;
        }
        if (node instanceof Alias alias) {
            Node parent = analysis.parent(alias);
            if (parent instanceof Stmt.ImportFrom from) {
                String module = ".".repeat(from.level == null ? 0 : from.level) + (from.module == null ? "" : from.module);
                return "from " + module + " import " + alias.name + (alias.asname != null ? " as " + alias.asname : "");
            }
            return "import " + alias.name + (alias.asname != null ? " as " + alias.asname : "")
                    + (alias.asname == null && alias.name.contains(".") ? "  (binds the top-level package)" : "");
        }
        if (node instanceof Arg arg && arg.annotation != null) {
            return ref.name() + ": " + source(analysis, arg.annotation);
        }
        if (node instanceof Expr.Name name) {
            Node parent = analysis.parent(name);
            Expr value = null;
            if (parent instanceof Stmt.Assign assign && assign.targets.contains(name)) {
                value = assign.value;
            } else if (parent instanceof Stmt.AnnAssign ann) {
                if (ann.value == null) {
                    return ref.name() + ": " + source(analysis, ann.annotation);
                }
                value = ann.value;
            } else if (parent instanceof Expr.NamedExpr walrus) {
                value = walrus.value;
            } else if (parent instanceof Stmt.For) {
                return "the target of a for loop";
            } else if (parent instanceof dev.heapscope.language.ast.Comprehension) {
                return "the iteration variable of a comprehension";
            } else if (parent instanceof dev.heapscope.language.ast.WithItem) {
                return "the value of a with statement's __enter__()";
            }
            if (value != null) {
                String kind = valueKind(analysis, value);
                return kind == null ? null : ref.name() + " = " + kind;
            }
        }
        if (node instanceof dev.heapscope.language.ast.ExceptHandler) {
            return "the exception being handled (deleted at the end of the handler)";
        }
        return null;
    }

    /** The type of a literal or display, or the callee of a call. */
    public static String valueKind(Analysis analysis, Expr value) {
        if (value instanceof Expr.Constant c) {
            return typeName(c.value) + " " + abbreviate(source(analysis, c));
        }
        if (value instanceof Expr.List || value instanceof Expr.ListComp) {
            return "list";
        }
        if (value instanceof Expr.Tuple) {
            return "tuple";
        }
        if (value instanceof Expr.Dict || value instanceof Expr.DictComp) {
            return "dict";
        }
        if (value instanceof Expr.Set || value instanceof Expr.SetComp) {
            return "set";
        }
        if (value instanceof Expr.GeneratorExp) {
            return "generator";
        }
        if (value instanceof Expr.JoinedStr) {
            return "str (f-string)";
        }
        if (value instanceof Expr.Lambda lambda) {
            return "lambda" + parameters(analysis, lambda.args);
        }
        if (value instanceof Expr.Call call) {
            return "the result of " + abbreviate(source(analysis, call.func)) + "(...)";
        }
        return null;
    }

    public static String typeName(ConstantValue value) {
        if (value instanceof ConstantValue.IntValue) {
            return "int";
        }
        if (value instanceof ConstantValue.FloatValue) {
            return "float";
        }
        if (value instanceof ConstantValue.ComplexValue) {
            return "complex";
        }
        if (value instanceof ConstantValue.StrValue) {
            return "str";
        }
        if (value instanceof ConstantValue.BytesValue) {
            return "bytes";
        }
        if (value instanceof ConstantValue.BoolValue) {
            return "bool";
        }
        if (value instanceof ConstantValue.NoneValue) {
            return "NoneType";
        }
        return "ellipsis";
    }

    private static String abbreviate(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
