package dev.heapscope.language.symtable;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints a symbol table exactly as {@code cpython_oracle.py symtable} prints CPython's:
 * one line per table and per symbol, two spaces of indent per level, symbols sorted by
 * name (by code point, as Python sorts str), flags in a fixed order, children after the
 * symbols in {@code get_children()} order.
 */
public final class SymbolTablePrinter {
    private SymbolTablePrinter() {
    }

    public static String print(Scope scope) {
        StringBuilder out = new StringBuilder();
        table(scope, 0, out);
        return out.toString();
    }

    private static void table(Scope scope, int depth, StringBuilder out) {
        String pad = "  ".repeat(depth);
        out.append(pad).append("table ").append(scope.type().label()).append(' ')
                .append(scope.name()).append(" line ").append(scope.lineno()).append('\n');
        List<Symbol> symbols = new ArrayList<>(scope.symbols().values());
        symbols.sort((a, b) -> compareCodePoints(a.name(), b.name()));
        // Python's symtable module treats every table named "top" as the module: a bound
        // name there counts as both global and local, even in a function called top.
        boolean moduleScope = scope.name().equals("top");
        for (Symbol symbol : symbols) {
            out.append(pad).append("  sym ").append(symbol.name()).append(':');
            boolean bound = moduleScope && symbol.isBound();
            flag(out, symbol.isParameter(), "parameter");
            flag(out, symbol.isGlobal() || bound, "global");
            flag(out, symbol.isDeclaredGlobal(), "declared_global");
            flag(out, symbol.isLocal() || bound, "local");
            flag(out, symbol.isFree(), "free");
            flag(out, symbol.isNonlocal(), "nonlocal");
            flag(out, symbol.isImported(), "imported");
            flag(out, symbol.isAssigned(), "assigned");
            flag(out, symbol.isReferenced(), "referenced");
            flag(out, isNamespace(scope, symbol), "namespace");
            flag(out, symbol.isAnnotated(), "annotated");
            out.append('\n');
        }
        for (Scope child : scope.children()) {
            table(child, depth + 1, out);
        }
    }

    private static void flag(StringBuilder out, boolean set, String name) {
        if (set) {
            out.append(' ').append(name);
        }
    }

    /** Python's symtable calls a symbol a namespace when some child table has its name. */
    private static boolean isNamespace(Scope scope, Symbol symbol) {
        for (Scope child : scope.children()) {
            if (child.name().equals(symbol.name())) {
                return true;
            }
        }
        return false;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
