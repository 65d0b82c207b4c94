package dev.heapscope.language.symtable;

/** The kind of comprehension a function block implements, and the block name CPython gives it. */
public enum ComprehensionKind {
    LIST("listcomp", "list comprehension"),
    SET("setcomp", "set comprehension"),
    DICT("dictcomp", "dict comprehension"),
    GENERATOR("genexpr", "generator expression");

    private final String blockName;
    private final String description;

    ComprehensionKind(String blockName, String description) {
        this.blockName = blockName;
        this.description = description;
    }

    public String blockName() {
        return blockName;
    }

    /** How CPython names it in "'yield' inside ..." errors. */
    public String description() {
        return description;
    }
}
