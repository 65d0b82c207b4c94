package dev.heapscope.language.compile;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a source file, for the text a compile-stage SyntaxError quotes. CPython reads
 * that line back from the file and decodes it as UTF-8, replacing what does not decode.
 * Lines end at \n, \r\n or \r and keep one \n, as CPython's SyntaxError.text does.
 */
final class SourceText {
    private final String text;
    private final List<String> lines = new ArrayList<>();

    SourceText(byte[] source) {
        this.text = decode(source);
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i) + "\n");
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
    }

    private static String decode(byte[] source) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(source)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }

    /** The whole text, decoded. */
    String text() {
        return text;
    }

    /** Line {@code lineno} (1-based), or null when there is no such line. */
    String line(int lineno) {
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }
}
