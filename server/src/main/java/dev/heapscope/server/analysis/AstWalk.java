package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.ast.Stmt;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The children of any AST node, in the order of its public fields (which mirror CPython's
 * {@code _fields}). The AST classes are generated from CPython's grammar and expose their
 * fields publicly; reading them by reflection (once per class, then cached) spares us a
 * hand-written walker that would go stale when the generator changes.
 */
public final class AstWalk {
    private static final Map<Class<?>, Field[]> CHILD_FIELDS = new ConcurrentHashMap<>();

    private AstWalk() {
    }

    /** The node's child nodes in field order; list fields contribute their non-null nodes. */
    public static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        forEachChild(node, out::add);
        return out;
    }

    public static void forEachChild(Node node, Consumer<Node> action) {
        for (Field field : fieldsOf(node.getClass())) {
            Object value;
            try {
                value = field.get(node);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("AST field not public: " + field, e);
            }
            if (value instanceof Node child) {
                action.accept(child);
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Node child) {
                        action.accept(child);
                    }
                }
            }
        }
    }

    /** Visits the node and every descendant, parents before children, iteratively (deep trees do not overflow the stack). */
    public static void preorder(Node root, Consumer<Node> action) {
        ArrayList<Node> stack = new ArrayList<>();
        stack.add(root);
        List<Node> buffer = new ArrayList<>();
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            action.accept(node);
            buffer.clear();
            forEachChild(node, buffer::add);
            for (int i = buffer.size() - 1; i >= 0; i--) {
                stack.add(buffer.get(i));
            }
        }
    }

    /** A statement's first line, decorators included. */
    public static int firstLine(Stmt statement) {
        List<Expr> decorators = statement instanceof Stmt.FunctionDef f ? f.decoratorList
                : statement instanceof Stmt.AsyncFunctionDef f ? f.decoratorList
                : statement instanceof Stmt.ClassDef c ? c.decoratorList : List.of();
        int first = statement.lineno;
        for (Expr decorator : decorators) {
            first = Math.min(first, decorator.lineno);
        }
        return first;
    }

    private static Field[] fieldsOf(Class<?> type) {
        return CHILD_FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Field field : t.getFields()) {
                int mods = field.getModifiers();
                if (Modifier.isStatic(mods)) {
                    continue;
                }
                Class<?> ft = field.getType();
                if (Node.class.isAssignableFrom(ft) || List.class.isAssignableFrom(ft)) {
                    fields.add(field);
                }
            }
            return fields.toArray(new Field[0]);
        });
    }
}
