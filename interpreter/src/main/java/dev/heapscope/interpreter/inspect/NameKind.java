package dev.heapscope.interpreter.inspect;

/** How a frame's code reaches a name, in the words of the heap-graph protocol (and of symtable). */
public enum NameKind {
    PARAMETER("parameter"), LOCAL("local"), GLOBAL("global"), CELL("cell"), FREE("free"), BUILTIN("builtin");

    private final String label;

    NameKind(String label) {
        this.label = label;
    }

    /** The protocol's spelling: "parameter", "local", ... */
    public String label() {
        return label;
    }
}
