package dev.heapscope.server.analysis;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.symtable.Scope;

/**
 * {@code self.name} inside a method: an attribute of the instances of the class whose body
 * holds the method. {@code classScope} is that class's block; {@code write} when the
 * attribute is assigned (or deleted) there.
 */
public record AttributeRef(String name, int start, int end, Scope classScope, Scope method, boolean write,
                           Expr.Attribute node) {

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
