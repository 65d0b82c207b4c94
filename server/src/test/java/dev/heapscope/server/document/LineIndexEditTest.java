package dev.heapscope.server.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/**
 * A line index updated for an edit ({@link LineIndex#edited}) answers every question as one
 * built from scratch for the new text: random edits of texts mixing \n, \r\n, \r and
 * non-ASCII characters, inserting and deleting line ends at the edit's edges.
 */
class LineIndexEditTest {
    private static final String PIECES = "ab\n\r\n\ré𝄞 x\n";

    @Test
    void editedIndexIsTheIndexOfTheNewText() {
        Random random = new Random(20261203L);
        String text = "import os\nx = 1\r\n\ndef f():\n    return 'é'\n";
        LineIndex index = new LineIndex(text);
        for (int i = 0; i < 5_000; i++) {
            int start = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), start + random.nextInt(6));
            StringBuilder inserted = new StringBuilder();
            for (int n = random.nextInt(4); n > 0; n--) {
                inserted.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
            String edited = text.substring(0, start) + inserted + text.substring(end);
            LineIndex updated = index.edited(edited, start, end, inserted.length());
            LineIndex fresh = new LineIndex(edited);
            String where = "edit " + i + " of " + text.replace("\r", "\\r").replace("\n", "\\n");
            assertEquals(fresh.lineCount(), updated.lineCount(), where);
            for (int line = 0; line < fresh.lineCount(); line++) {
                assertEquals(fresh.lineStart(line), updated.lineStart(line), where);
                assertEquals(fresh.lineEnd(line), updated.lineEnd(line), where);
                for (PositionEncoding encoding : PositionEncoding.values()) {
                    Position end2 = new Position(line, 40);
                    assertEquals(fresh.offsetOf(end2, encoding), updated.offsetOf(end2, encoding), where);
                }
            }
            for (int offset = 0; offset <= edited.length(); offset++) {
                assertEquals(fresh.position(offset, PositionEncoding.UTF8), updated.position(offset, PositionEncoding.UTF8),
                        where);
            }
            text = edited.length() > 400 ? "x\n" : edited;
            index = text == edited ? updated : new LineIndex(text);
        }
    }
}
