package dev.heapscope.server.tokens;

import java.util.List;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * The semantic token legend. Types say what a name is bound to; modifiers say where CPython
 * keeps the variable, so a theme (or the VS Code extension's scope mapping) can tell them
 * apart:
 *
 * <pre>
 * types      namespace  an imported module or name bound by import
 *            class      a name bound by a class statement
 *            function   a name bound by def outside a class body
 *            method     a name bound by def in a class body
 *            parameter  a function's or lambda's parameter
 *            variable   any other variable
 *            property   an attribute of self, or a class attribute in its class body
 * modifiers  declaration     the mention binds the name (assignment, def, import, parameter)
 *            defaultLibrary  a builtin
 *            local           a fast local of a function
 *            global          a module global (at module level, declared global, or implicit)
 *            nonlocal        declared nonlocal: rebinds an enclosing function's cell
 *            free            a free variable: read from an enclosing function's cell
 *            cell            a local captured by nested functions, stored in a cell
 *            builtin         found in builtins
 *            classAttribute  bound in a class body's namespace
 *            undefined       bound nowhere: NameError when reached
 * </pre>
 */
public final class TokenLegend {
    public static final List<String> TYPES = List.of("namespace", "class", "function", "method", "parameter",
            "variable", "property");
    public static final List<String> MODIFIERS = List.of("declaration", "defaultLibrary", "local", "global",
            "nonlocal", "free", "cell", "builtin", "classAttribute", "undefined");

    private TokenLegend() {
    }

    public static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, MODIFIERS);
    }

    static int type(String name) {
        int index = TYPES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("not in the legend: " + name);
        }
        return index;
    }

    static int modifier(String name) {
        int index = MODIFIERS.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("not in the legend: " + name);
        }
        return 1 << index;
    }
}
