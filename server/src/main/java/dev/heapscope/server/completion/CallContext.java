package dev.heapscope.server.completion;

/**
 * What the text just before the cursor says: the identifier being typed, the dotted
 * expression before a {@code .}, or the call whose arguments the cursor is in. Read from the
 * text, not the tree, because the text being typed rarely parses.
 */
final class CallContext {
    private CallContext() {
    }

    /** The start of the identifier that ends at the cursor. */
    static int prefixStart(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (!(cp == '_' || Character.isUnicodeIdentifierPart(cp))) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    /** The dotted name before a {@code .} at {@code dot} ({@code self}, {@code os.path}), or null. */
    static String receiver(String text, int dot) {
        int end = dot;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '_' || c == '.' || Character.isLetterOrDigit(c)) {
                start--;
            } else {
                break;
            }
        }
        String dotted = text.substring(start, end);
        return dotted.isEmpty() || dotted.startsWith(".") || Character.isDigit(dotted.charAt(0)) ? null : dotted;
    }

    /** An open call around the cursor: where its callee ends, the index of the argument being typed, and the keyword being typed if any. */
    record Call(int calleeEnd, int argument, String keyword) {
    }

    static Call enclosingCall(String text, int offset) {
        int depth = 0;
        int commas = 0;
        int lineStarts = 0;
        String keyword = null;
        boolean keywordSeen = false;
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && ++lineStarts > 30) {
                return null;
            }
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '[' || c == '{') {
                if (depth == 0) {
                    return null;
                }
                depth--;
            } else if (c == '(') {
                if (depth == 0) {
                    return new Call(i, commas, keyword);
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                commas++;
                keywordSeen = true;
            } else if (c == '=' && depth == 0 && !keywordSeen && i > 0 && text.charAt(i - 1) != '='
                    && (i + 1 >= text.length() || text.charAt(i + 1) != '=')) {
                int nameEnd = i;
                while (nameEnd > 0 && text.charAt(nameEnd - 1) == ' ') {
                    nameEnd--;
                }
                int nameStart = prefixStart(text, nameEnd);
                if (nameStart < nameEnd) {
                    keyword = text.substring(nameStart, nameEnd);
                }
                keywordSeen = true;
            }
        }
        return null;
    }
}
