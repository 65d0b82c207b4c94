package dev.heapscope.server.analysis;

import dev.heapscope.language.symtable.Scope;

/**
 * The variable a name refers to: a name in the namespace of one block, a builtin, or a
 * global that nothing defines. Two mentions are the same variable exactly when their
 * bindings are equal, which is what rename, references and highlights rely on.
 *
 * @param owner the block whose namespace holds the name (a function's fast locals or cells,
 *     a class body's namespace, the module's globals); null for builtins
 * @param storedName the name as the block stores it (private names mangled)
 */
public record Binding(Kind kind, Scope owner, String storedName) {

    public enum Kind {
        /** Held by {@link #owner}'s namespace. */
        SCOPE,
        /** Not a global of the module, found in builtins. */
        BUILTIN,
        /** Set on every module by the import system ({@code __file__}, {@code __name__}...). */
        MODULE_ATTRIBUTE,
        /** A global no statement of the module binds and builtins do not have. */
        UNDEFINED
    }

    /** Whether renaming this variable is ours to do (builtins and module attributes are not). */
    public boolean isRenamable() {
        return kind == Kind.SCOPE;
    }
}
