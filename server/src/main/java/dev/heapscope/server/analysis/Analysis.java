package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Located;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.SymbolTable;
import dev.heapscope.server.document.LineIndex;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the features need about one version of one document: the tree (as much of it as
 * parsed), CPython's errors, the symbol table and the resolved names. Built by
 * {@link Analyzer} once per text version and shared by every request on that version;
 * immutable.
 *
 * @param syntaxErrors the parser's errors, the first exactly as CPython raises it
 * @param compileError the first error of the stages after parsing (future statements, symbol
 *     table, compiler), or null; only looked for when the parse succeeded, as CPython does
 * @param table null when no symbol table could be built for the tree
 */
public record Analysis(String uri, String filename, int version, LineIndex lines, Mod.Module module,
                       List<PythonSyntaxError> syntaxErrors, PythonSyntaxError compileError, SymbolTable table,
                       NameIndex names, Map<Node, Node> parents) {

    public String text() {
        return lines.text();
    }

    public boolean hasTable() {
        return table != null;
    }

    /** The innermost block whose source range holds the offset (the module when none does). */
    public Scope scopeAt(int offset) {
        if (table == null) {
            return null;
        }
        Scope scope = table.module();
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Scope child : scope.children()) {
                if (child.type() == ScopeType.ANNOTATION || !(child.node() instanceof Located located)) {
                    continue;
                }
                if (bodyContains(child, located, offset)) {
                    scope = child;
                    descended = true;
                    break;
                }
            }
        }
        return scope;
    }

    private boolean bodyContains(Scope child, Located node, int offset) {
        int start = lines.offsetOfCpython(node.lineno, node.colOffset);
        int end = lines.offsetOfCpython(node.endLineno, node.endColOffset);
        if (node instanceof dev.heapscope.language.ast.Stmt) {
            // A def or class: its name, decorators and defaults are the enclosing block's; the
            // body starts after the colon of its header. Approximated by: after the header line.
            int headerEnd = lines.lineEnd(lines.lineOf(start));
            return offset > headerEnd && offset <= Math.max(end, lines.lineEnd(lines.lineOf(end)));
        }
        return offset > start && offset < end;
    }

    public int start(Located node) {
        return lines.offsetOfCpython(node.lineno, node.colOffset);
    }

    public int end(Located node) {
        return lines.offsetOfCpython(node.endLineno, node.endColOffset);
    }

    public Node parent(Node node) {
        return parents.get(node);
    }

    /** The chain of nodes from the module down to the innermost located node holding the offset. */
    public List<Located> nodesAt(int offset) {
        List<Located> chain = new ArrayList<>();
        Node current = module;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Node child : AstWalk.children(current)) {
                if (child instanceof Located located && start(located) <= offset && offset <= end(located)) {
                    chain.add(located);
                    current = child;
                    descended = true;
                    break;
                }
                if (!(child instanceof Located)) {
                    // Nodes without positions (arguments, comprehension) still hold positioned children.
                    for (Node grand : AstWalk.children(child)) {
                        if (grand instanceof Located located && start(located) <= offset && offset <= end(located)) {
                            chain.add(located);
                            current = grand;
                            descended = true;
                            break;
                        }
                    }
                    if (descended) {
                        break;
                    }
                }
            }
        }
        return chain;
    }

    static Map<Node, Node> parentsOf(Mod.Module module) {
        Map<Node, Node> parents = new IdentityHashMap<>();
        AstWalk.preorder(module, node -> AstWalk.forEachChild(node, child -> parents.put(child, node)));
        return parents;
    }
}
