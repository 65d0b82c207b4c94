package dev.heapscope.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.heapscope.language.ast.AstDump;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.server.document.LineIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reparsing only the edited statements gives the tree a whole-file parse gives. */
class StatementSpliceTest {

    @Test
    void splicedTreeEqualsWholeParse() throws Exception {
        Path source = Path.of("/usr/lib/python3.11/textwrap.py");
        Assumptions.assumeTrue(Files.exists(source), "CPython 3.11's standard library is not installed");
        String text = Files.readString(source);
        Analysis previous = Analyzer.analyze("file:///textwrap.py", "textwrap.py", 1, text, () -> false);
        Random random = new Random(11);
        int spliced = 0;
        for (int i = 0; i < 60; i++) {
            String[] lines = text.split("\n", -1);
            int line = random.nextInt(lines.length);
            String l = lines[line];
            String edited = switch (i % 3) {
                case 0 -> l + "  # edited";
                case 1 -> l.replace("self", "this");
                default -> l.isEmpty() ? "x = 1" : l.replaceFirst("\\w+", "renamed_name");
            };
            lines[line] = edited;
            String next = String.join("\n", lines);
            Mod.Module splice = StatementSplice.splice(previous, new LineIndex(next), "textwrap.py");
            Mod.Module whole;
            try {
                whole = SourceParser.parse(next, "textwrap.py");
            } catch (dev.heapscope.language.errors.PythonSyntaxError e) {
                assertEquals(null, splice, "an edit that breaks the file is never spliced");
                continue;
            }
            if (splice != null) {
                spliced++;
                assertEquals(AstDump.dump(whole), AstDump.dump(splice), "edit of line " + (line + 1));
            }
        }
        assertNotNull(spliced > 20 ? "" : null, "most in-line edits are spliced, got " + spliced);
    }
}
