package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Node;
import dev.heapscope.language.symtable.Occurrence;
import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.Symbol;

/**
 * One mention of a name in the source: where the identifier is (offsets into the document
 * text), the block it is written in, the symbol that block has for it and the variable it
 * resolves to.
 *
 * @param node the AST node the symbol table recorded for the mention (a Name, arg, def,
 *     class, alias, global/nonlocal statement, except handler or match pattern)
 */
public record NameRef(String name, int start, int end, Scope scope, Symbol symbol, Occurrence.Kind kind,
                      Node node, Binding binding) {

    /** Whether this mention stores into the variable (binds, imports, deletes or is a parameter). */
    public boolean isWrite() {
        return switch (kind) {
            case BINDING, PARAMETER, IMPORT, DELETION -> true;
            default -> false;
        };
    }

    public boolean isDeclaration() {
        return kind == Occurrence.Kind.GLOBAL_DECLARATION || kind == Occurrence.Kind.NONLOCAL_DECLARATION;
    }

    public boolean isRead() {
        return kind == Occurrence.Kind.USE;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
