package dev.heapscope.language.symtable;

import dev.heapscope.language.ast.DeepStack;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Node;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The symbol table of one module, built with CPython 3.11's rules (its {@code symtable}
 * module shows the same tables). Entry point: {@link #build}. The result is immutable and
 * holds no reference to shared state, so several files can be analysed at once.
 *
 * <pre>
 *   SymbolTable table = SymbolTable.build(module, "spam.py", source);
 *   Scope top = table.module();                 // "top", with children in CPython's order
 *   Scope f = table.scopeOf(functionDefNode);   // the block a def, class, lambda or comprehension opens
 *   f.lookup("x").scope();                      // LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT
 * </pre>
 */
public final class SymbolTable {
    private final String filename;
    private final Scope module;
    private final Map<Node, Scope> byNode;
    private final FutureFeatures future;

    private SymbolTable(String filename, Scope module, Map<Node, Scope> byNode, FutureFeatures future) {
        this.filename = filename;
        this.module = module;
        this.byNode = byNode;
        this.future = future;
    }

    /**
     * Builds the table of a module (or of interactive input or an expression).
     *
     * @param source the text the tree was parsed from; errors quote its lines
     * @throws PythonSyntaxError the SyntaxError CPython raises for this tree while reading its
     *     future statements or building its symbol table
     */
    public static SymbolTable build(Mod module, String filename, String source) throws PythonSyntaxError {
        SourceLines lines = new SourceLines(filename, source);
        try {
            FutureFeatures future = FutureFeatures.scan(module, lines);
            // The walks recurse once per nested node or block: deep trees need a deep stack.
            return DeepStack.call(() -> {
                ScopeDraft top = new SymbolTableBuilder(lines, future.annotations()).build(module);
                new ScopeAnalyzer(lines).analyze(top);
                Map<Node, Scope> index = new IdentityHashMap<>();
                Scope frozen = new Scope(top, null, index);
                return new SymbolTable(filename, frozen, Collections.unmodifiableMap(index), future);
            });
        } catch (SymtableFailure failure) {
            throw failure.error;
        }
    }

    public String filename() {
        return filename;
    }

    /** The module's block, named "top". */
    public Scope module() {
        return module;
    }

    /**
     * The block a node opens: Module, FunctionDef, AsyncFunctionDef, ClassDef, Lambda,
     * ListComp, SetComp, DictComp or GeneratorExp; null for any other node.
     */
    public Scope scopeOf(Node node) {
        return byNode.get(node);
    }

    public FutureFeatures future() {
        return future;
    }
}
