package dev.heapscope.language.ast;

import dev.heapscope.language.errors.CompilerRecursionError;
import dev.heapscope.language.text.PyRepr;
import java.util.List;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(node, include_attributes=True)}
 * does: fields in {@code _fields} order, optional fields that are None left out, then the
 * location attributes of located nodes.
 */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();
    /** Whether the argument list being written is still empty. */
    private boolean firstArgument;

    private AstDump() {
    }

    /**
     * How deeply nodes (the module included) may nest before {@code ast.parse} fails to hand
     * the tree to Python: CPython's conversion counts every node against three times the
     * recursion limit, less three per Python frame in use; this is the room left when called
     * as cpython_oracle.py calls it.
     */
    private static final int MAX_CONVERSION_DEPTH = 2985;

    /** Nodes enclosing the one being written, itself included. */
    private int depth;

    /**
     * The dump of a tree; a tree nested too deeply for CPython to convert gets its
     * RecursionError instead.
     */
    public static String dump(Node node) {
        return DeepStack.call(() -> {
            AstDump dump = new AstDump();
            dump.node(node);
            return dump.out.toString();
        });
    }

    private void node(Node node) {
        if (++depth > MAX_CONVERSION_DEPTH) {
            throw new CompilerRecursionError("maximum recursion depth exceeded during ast construction");
        }
        out.append(node.nodeName()).append('(');
        boolean outer = firstArgument;
        firstArgument = true;
        node.dumpFields(this);
        if (node instanceof Located located) {
            field("lineno", located.lineno);
            field("col_offset", located.colOffset);
            field("end_lineno", located.endLineno);
            field("end_col_offset", located.endColOffset);
        }
        out.append(')');
        firstArgument = outer;
        depth--;
    }

    private void name(String name) {
        if (!firstArgument) {
            out.append(", ");
        }
        firstArgument = false;
        out.append(name).append('=');
    }

    public void field(String name, Node value) {
        if (value != null) {
            name(name);
            node(value);
        }
    }

    public void field(String name, Enum<?> value) {
        if (value != null) {
            name(name);
            out.append(value.name()).append("()");
        }
    }

    public void field(String name, String value) {
        if (value != null) {
            name(name);
            out.append(PyRepr.str(value));
        }
    }

    public void field(String name, int value) {
        name(name);
        out.append(value);
    }

    public void field(String name, Integer value) {
        if (value != null) {
            field(name, value.intValue());
        }
    }

    public void field(String name, ConstantValue value) {
        if (value != null) {
            name(name);
            out.append(value.repr());
        }
    }

    /** Lists may hold nodes, identifiers, operators, or None (dict unpacking, kw_defaults). */
    public void field(String name, List<?> values) {
        if (values == null) {
            return;
        }
        name(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Object item = values.get(i);
            if (item == null) {
                out.append("None");
            } else if (item instanceof Node n) {
                node(n);
            } else if (item instanceof String s) {
                out.append(PyRepr.str(s));
            } else if (item instanceof Enum<?> e) {
                out.append(e.name()).append("()");
            } else {
                out.append(item);
            }
        }
        out.append(']');
    }
}
