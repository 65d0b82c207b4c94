package dev.heapscope.language.errors;

/**
 * Formats an uncaught SyntaxError the way CPython 3.11 prints it to stderr when a script
 * fails to compile:
 * <pre>
 *   File "/abs/path.py", line 2
 *     x = 1 +
 *            ^
 * SyntaxError: invalid syntax
 * </pre>
 * The source line is shown without its leading blanks; the carets run from the error's
 * offset to its end offset (to the end of the line when the error spans lines), and are
 * left out when the offset points into the stripped indentation.
 */
public final class SyntaxErrorDisplay {
    private SyntaxErrorDisplay() {
    }

    /**
     * @param error the error
     * @param displayName the file name to show (CPython shows the script's absolute path)
     * @param lineText the text of the error's line when the error carries none, or null
     */
    public static String format(PythonSyntaxError error, String displayName, String lineText) {
        StringBuilder out = new StringBuilder();
        if (error.lineno() == PythonSyntaxError.NONE) {
            // Without a line number the traceback module prints no location.
            return out.append(error.kind()).append(": ").append(error.msg()).append('\n').toString();
        }
        out.append("  File \"").append(displayName).append("\", line ").append(error.lineno()).append('\n');
        String text = error.text() != null ? error.text() : lineText;
        if (text != null) {
            String rtext = undecodableAsReplacement(stripTrailingNewlines(text));
            int spaces = 0;
            while (spaces < rtext.length() && isIndentBlank(rtext.charAt(spaces))) {
                spaces++;
            }
            String ltext = rtext.substring(spaces);
            out.append("    ").append(ltext).append('\n');
            if (error.offset() > 0) {
                int length = ltext.codePointCount(0, ltext.length());
                int start = Math.min(error.offset() - 1 - codePointsBefore(rtext, spaces), length);
                int end = error.endLineno() > error.lineno()
                        ? length
                        : error.endOffset() - 1 - codePointsBefore(rtext, spaces);
                if (start >= 0) {
                    int carets = Math.max(1, end - start);
                    out.append("    ").append(" ".repeat(start)).append("^".repeat(carets)).append('\n');
                }
            }
        }
        out.append(error.kind()).append(": ").append(error.msg()).append('\n');
        return out.toString();
    }

    /**
     * CPython decodes the quoted line with errors="replace": each undecodable byte (kept
     * in our text as U+DC80..U+DCFF) shows as U+FFFD.
     */
    private static String undecodableAsReplacement(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escapedByte = c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (escapedByte) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isIndentBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static int codePointsBefore(String s, int charIndex) {
        return s.codePointCount(0, charIndex);
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }
}
