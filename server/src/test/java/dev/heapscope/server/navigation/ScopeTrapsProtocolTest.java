package dev.heapscope.server.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** References on the traps where a name's variable is not where it looks. */
class ScopeTrapsProtocolTest {
    private static ProtocolHarnessAccess editor;
    private static List<Diagnostic> diagnostics;
    static final String TEXT = """
            class Table:
                size = 3
                cells = [size for _ in range(size)]
            def walrus(items):
                [last := item for item in items]
                return last
            def handler():
                try:
                    pass
                except ValueError as err:
                    return err
            def matcher(point):
                match point:
                    case (px, 0):
                        return px
            def defaults():
                out = []
                for i in range(3):
                    out.append(lambda i=i: i)
                return out, i
            class Base:
                def go(self):
                    return __class__, super()
            """;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
        diagnostics = editor.open("traps2.py", TEXT);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    private static List<Position> references(String needle, int n, int shift) throws Exception {
        var refs = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().references(new ReferenceParams(
                ProtocolHarnessAccess.doc("traps2.py"), ProtocolHarnessAccess.at(TEXT, needle, n, shift),
                new ReferenceContext(true))));
        return refs.stream().map(l -> l.getRange().getStart()).toList();
    }

    private static Position at(String needle, int n, int shift) {
        return ProtocolHarnessAccess.at(TEXT, needle, n, shift);
    }

    @Test
    void classBodyNamesAreNotVisibleInsideItsComprehensions() throws Exception {
        // The first iterable (range(size)) runs in the class body; the element runs in the
        // comprehension's own function, which skips the class scope: NameError in CPython.
        assertEquals(List.of(at("size = 3", 0, 0), at("range(size)", 0, 6)), references("size = 3", 0, 0));
        assertEquals(List.of("name 'size' is not defined"), diagnostics.stream()
                .filter(d -> d.getCode().getLeft().equals("undefined-name")).map(Diagnostic::getMessage).toList());
        assertEquals(at("[size", 0, 1), diagnostics.stream()
                .filter(d -> d.getCode().getLeft().equals("undefined-name")).findFirst().orElseThrow()
                .getRange().getStart());
    }

    @Test
    void walrusInAComprehensionBindsTheEnclosingFunction() throws Exception {
        assertEquals(List.of(at("last :=", 0, 0), at("return last", 0, 7)), references("return last", 0, 7));
        assertEquals(List.of(at("item for", 0, 0), at("for item", 0, 4)), references("item for", 0, 0));
    }

    @Test
    void exceptAndMatchCaptures() throws Exception {
        assertEquals(List.of(at("as err", 0, 3), at("return err", 0, 7)), references("return err", 0, 7));
        assertEquals(List.of(at("(px", 0, 1), at("return px", 0, 7)), references("return px", 0, 7));
    }

    @Test
    void defaultArgumentCapturesTheValueNotTheVariable() throws Exception {
        // The loop's i: its target, the default value, the final read. The lambda's own i is a parameter.
        assertEquals(List.of(at("for i in", 0, 4), at("i=i", 0, 2), at("out, i", 0, 5)), references("out, i", 0, 5));
        assertEquals(List.of(at("i=i", 0, 0), at("i=i: i", 0, 5)), references("i=i: i", 0, 5));
    }
}
