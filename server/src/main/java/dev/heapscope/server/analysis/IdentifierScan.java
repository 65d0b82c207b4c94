package dev.heapscope.server.analysis;

import java.text.Normalizer;

/**
 * Finds identifiers in the source text where the AST keeps no node for them: the name after
 * {@code def} or {@code class}, the names of a {@code global} statement, the name after
 * {@code except ... as}. Python compares identifiers after NFKC normalisation, so the text
 * may spell a name differently from the symbol table.
 */
final class IdentifierScan {
    private final String text;

    IdentifierScan(String text) {
        this.text = text;
    }

    static boolean isStart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp);
    }

    static boolean isPart(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    /** The end of the identifier starting at {@code start}, or {@code start} when none starts there. */
    int identifierEnd(int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (i == start ? !isStart(cp) : !isPart(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The start of the identifier ending at {@code end}. */
    int identifierStart(int end) {
        int i = end;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (!isPart(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** Skips spaces, tabs, form feeds and backslash continuations. */
    int skipBlanks(int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r')) {
                i += 2;
                if (i < text.length() && text.charAt(i - 1) == '\r' && text.charAt(i) == '\n') {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * The offset of the first identifier in {@code [from, limit)} that names {@code name},
     * skipping the keywords before it, or -1.
     */
    int findIdentifier(int from, int limit, String name) {
        int i = from;
        int end = Math.min(limit, text.length());
        while (i < end) {
            int cp = text.codePointAt(i);
            if (isStart(cp)) {
                int stop = identifierEnd(i);
                if (sameName(text.substring(i, stop), name)) {
                    return i;
                }
                i = stop;
            } else if (cp == '#') {
                while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else {
                i += Character.charCount(cp);
            }
        }
        return -1;
    }

    static boolean sameName(String written, String name) {
        return written.equals(name) || Normalizer.normalize(written, Normalizer.Form.NFKC).equals(name);
    }
}
