package dev.heapscope.language.symtable;

import static dev.heapscope.language.symtable.ScopeDraft.DEF_BOUND;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_FREE_CLASS;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_GLOBAL;
import static dev.heapscope.language.symtable.ScopeDraft.DEF_NONLOCAL;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of CPython 3.11's symbol table: resolves every name of every block to
 * LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL. Each block is analysed with three
 * sets inherited from its ancestors: names bound by enclosing functions ({@code bound}),
 * names declared global ({@code global}), and collects the names free in it or its
 * descendants ({@code free}). Class bodies are transparent: what they bind is invisible to
 * the functions they contain, apart from the implicit {@code __class__}.
 */
final class ScopeAnalyzer {
    private final SourceLines source;

    ScopeAnalyzer(SourceLines source) {
        this.source = source;
    }

    void analyze(ScopeDraft top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    /**
     * Resolves one block. {@code bound} is null only for the module. On return {@code free}
     * holds the names free in this block and its descendants that enclosing blocks must
     * provide.
     */
    private void analyzeBlock(ScopeDraft block, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();

        // A class body's own names are invisible to nested functions, so what it passes
        // down is fixed before its names are analysed.
        if (block.type == ScopeType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }

        for (Map.Entry<String, Integer> entry : block.symbols.entrySet()) {
            analyzeName(block, entry.getKey(), entry.getValue(), bound, local, free, global);
        }

        if (block.type != ScopeType.CLASS) {
            if (block.type == ScopeType.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }

        Set<String> allFree = new HashSet<>();
        for (ScopeDraft child : block.children) {
            // Each child works on copies: siblings must not see each other's changes.
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            if (child.hasFree || child.childFree) {
                block.childFree = true;
            }
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);

        if (block.type == ScopeType.FUNCTION) {
            analyzeCells(block, newFree);
        } else if (block.type == ScopeType.CLASS) {
            if (newFree.remove("__class__")) {
                block.needsClassClosure = true;
            }
        }
        updateSymbols(block, bound, newFree);
        free.addAll(newFree);
    }

    private void analyzeName(ScopeDraft block, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(block, name, "name '" + name + "' is nonlocal and global");
            }
            block.scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(block, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(block, name, "no binding for nonlocal '" + name + "' found");
            }
            block.scopes.put(name, SymbolScope.FREE);
            block.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            block.scopes.put(name, SymbolScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        // Bound by an enclosing function: free here. (A non-null bound means nested.)
        if (bound != null && bound.contains(name)) {
            block.scopes.put(name, SymbolScope.FREE);
            block.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            block.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
            return;
        }
        if (block.nested) {
            block.hasFree = true;
        }
        block.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
    }

    /** Locals of a function that nested blocks use freely become cells, and stop being free. */
    private static void analyzeCells(ScopeDraft block, Set<String> free) {
        for (Map.Entry<String, SymbolScope> entry : block.scopes.entrySet()) {
            if (entry.getValue() == SymbolScope.LOCAL && free.remove(entry.getKey())) {
                entry.setValue(SymbolScope.CELL);
            }
        }
    }

    /**
     * Records the resolved scopes, then the free names of descendants: a name the block does
     * not mention but must pass through becomes a FREE symbol of its own, unless it is not
     * bound in any enclosing function (then it is a global for the descendant).
     */
    private static void updateSymbols(ScopeDraft block, Set<String> bound, Set<String> free) {
        boolean isClass = block.type == ScopeType.CLASS;
        for (String name : free) {
            Integer flags = block.symbols.get(name);
            if (flags != null) {
                // A method's free variable that the class body also binds or declares.
                if (isClass && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    block.symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            block.symbols.put(name, 0);
            block.scopes.put(name, SymbolScope.FREE);
        }
    }

    private SymtableFailure errorAtDirective(ScopeDraft block, String name, String message) {
        return new SymtableFailure(source.syntaxError(message, block.directive(name).where()));
    }
}
