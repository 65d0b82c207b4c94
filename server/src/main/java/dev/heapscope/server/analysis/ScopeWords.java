package dev.heapscope.server.analysis;

import dev.heapscope.language.symtable.Scope;
import dev.heapscope.language.symtable.ScopeType;
import dev.heapscope.language.symtable.SymbolFlag;
import dev.heapscope.language.symtable.SymbolScope;

/**
 * The kind of variable a mention refers to, in CPython's terms. Hover, semantic tokens and
 * completion all tell the same kinds apart.
 */
public enum ScopeWords {
    PARAMETER("parameter"),
    LOCAL("local"),
    CELL("cell"),
    FREE("free"),
    NONLOCAL("nonlocal"),
    GLOBAL_DECLARED("global (declared)"),
    GLOBAL_IMPLICIT("global (implicit)"),
    GLOBAL("global"),
    CLASS_ATTRIBUTE("class attribute"),
    BUILTIN("builtin"),
    MODULE_ATTRIBUTE("module attribute"),
    UNDEFINED("undefined");

    public final String label;

    ScopeWords(String label) {
        this.label = label;
    }

    public static ScopeWords of(NameRef ref) {
        Binding binding = ref.binding();
        switch (binding.kind()) {
            case BUILTIN:
                return BUILTIN;
            case MODULE_ATTRIBUTE:
                return MODULE_ATTRIBUTE;
            case UNDEFINED:
                return UNDEFINED;
            default:
                break;
        }
        Scope owner = binding.owner();
        Scope here = ref.scope();
        if (owner.type() == ScopeType.MODULE) {
            if (here.type() == ScopeType.MODULE) {
                return GLOBAL;
            }
            return ref.symbol().scope() == SymbolScope.GLOBAL_EXPLICIT ? GLOBAL_DECLARED : GLOBAL_IMPLICIT;
        }
        if (owner.type() == ScopeType.CLASS) {
            return here == owner ? CLASS_ATTRIBUTE : FREE;
        }
        if (here != owner) {
            return ref.symbol().has(SymbolFlag.DEF_NONLOCAL) ? NONLOCAL : FREE;
        }
        if (ref.symbol().isParameter()) {
            return PARAMETER;
        }
        return ref.symbol().scope() == SymbolScope.CELL ? CELL : LOCAL;
    }
}
