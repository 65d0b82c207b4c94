package dev.heapscope.language.parser;

/** PEP 3131's rule for identifiers, applied to text already normalised to NFKC. */
final class Identifiers {
    private Identifiers() {
    }

    static boolean isValid(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!isStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (!isContinue(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** XID_Start plus '_'. */
    static boolean isStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** XID_Continue. Java counts format characters as identifier parts; Python does not. */
    static boolean isContinue(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }
}
