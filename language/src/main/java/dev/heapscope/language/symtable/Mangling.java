package dev.heapscope.language.symtable;

/** CPython's private name mangling: {@code __spam} inside class {@code _Ham} is stored as {@code _Ham__spam}. */
public final class Mangling {
    private Mangling() {
    }

    /**
     * The name a private identifier is stored under inside a class. Unchanged when there is
     * no enclosing class, when the name does not start with two underscores, ends with two
     * underscores or contains a dot, or when the class name is all underscores.
     */
    public static String mangle(String className, String name) {
        if (className == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name;
        }
        return "_" + className.substring(start) + name;
    }
}
