package dev.heapscope.server.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.util.List;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hover over the protocol: CPython's scope of each name, what it is bound to, literals' sharing. */
class HoverProtocolTest {
    private static ProtocolHarnessAccess editor;
    static final String TEXT = """
            import os.path
            LIMIT = 10
            class Shape:
                \"\"\"A shape.\"\"\"
                sides = 0
                def area(self, scale=1):
                    \"\"\"The area, scaled.\"\"\"
                    self.cached = scale
                    return self.cached * LIMIT
            def counter():
                count = 0
                def bump(step):
                    nonlocal count
                    count += step
                    return count
                def peek():
                    return count
                return bump, peek
            def uses():
                global LIMIT
                LIMIT = 5
                return len(os.sep), missing
            small = 256
            big = 257
            word = "hello_world"
            sentence = "hello world"
            nothing = None
            """;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
        editor.open("hover.py", TEXT);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    static String hover(String needle, int occurrence, int shift) throws Exception {
        Hover hover = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().hover(new HoverParams(
                ProtocolHarnessAccess.doc("hover.py"), ProtocolHarnessAccess.at(TEXT, needle, occurrence, shift))));
        assertNotNull(hover, "no hover on " + needle);
        return hover.getContents().getRight().getValue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LIMIT = 10|0|0|(global) LIMIT — LIMIT = int 10",
            "LIMIT = 10|0|0|Bound on lines 2, 21.",
            "sides|0|0|(class attribute) sides",
            "area|0|0|(class attribute) area — def area(self, scale=1)",
            "area|0|0|The area, scaled.",
            "self, scale|0|0|(parameter) self",
            "count = 0|0|0|(cell) count",
            "nonlocal count|0|9|(nonlocal) count",
            "return count|1|7|(free) count",
            "return count|1|7|read from the cell of function `counter`",
            "* LIMIT|0|2|(global (implicit)) LIMIT",
            "global LIMIT|0|7|(global (declared)) LIMIT",
            "len(|0|0|(builtin) len — function len(obj, /)",
            "len(|0|0|Return the number of items in a container.",
            "missing|0|0|(undefined) missing",
            "os.sep|0|0|(global (implicit)) os — import os.path  (binds the top-level package)",
            "Shape|0|0|A shape.",
            "cached = scale|0|0|Instance attribute: assigned on `self` on line 8",
            "256|0|0|Small int",
            "257|0|0|Int constant",
            "\"hello_world\"|0|0|Interned string",
            "\"hello world\"|0|0|not interned",
            "None|0|0|Singleton",
    })
    void hoverSays(String needle, int occurrence, int shift, String expected) throws Exception {
        String text = hover(needle.replace("\\n", "\n"), occurrence, shift);
        assertTrue(text.contains(expected), () -> "hover on " + needle + " lacks <" + expected + ">:\n" + text);
    }

    /**
     * Right after an edit (answered from the edited statements while the whole-file analysis
     * runs, or from it when it is done): a global bound in two statements, below an inserted
     * line, and a definition in another statement.
     */
    @Test
    void hoverAndDefinitionRightAfterAnEditSeeTheNewText() throws Exception {
        String text = "LIMIT = 1\n\n\ndef grow():\n    global LIMIT\n    LIMIT = 2\n    return LIMIT\n";
        editor.open("edited.py", text);
        editor.edit("edited.py", new Range(new Position(1, 0), new Position(1, 0)), "import os\nx = os\n");
        String edited = "LIMIT = 1\nimport os\nx = os\n\n\ndef grow():\n    global LIMIT\n    LIMIT = 2\n    return LIMIT\n";
        Position read = ProtocolHarnessAccess.at(edited, "return LIMIT", 0, 7);
        Hover hover = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().hover(
                new HoverParams(ProtocolHarnessAccess.doc("edited.py"), read)));
        assertNotNull(hover);
        String value = hover.getContents().getRight().getValue();
        assertTrue(value.contains("Bound on lines 1, 8."), value);
        assertEquals(new Range(read, new Position(read.getLine(), read.getCharacter() + 5)), hover.getRange());
        List<? extends Location> definition = ProtocolHarnessAccess.get(editor.server().getTextDocumentService()
                .definition(new DefinitionParams(ProtocolHarnessAccess.doc("edited.py"), read))).getLeft();
        assertEquals(List.of(new Range(new Position(0, 0), new Position(0, 5)), new Range(new Position(7, 4),
                new Position(7, 9))), definition.stream().map(Location::getRange).toList());
    }
}
