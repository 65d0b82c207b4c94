package dev.heapscope.server.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** documentSymbol over the protocol: classes, functions and their variables, nested as written. */
class SymbolsProtocolTest {
    private static ProtocolHarnessAccess editor;
    static final String TEXT = """
            import os
            MAX = 3
            class Tree:
                kind = "tree"
                def __init__(self):
                    self.children = []
                async def walk(self):
                    depth = 0
                    def visit(node):
                        pass
            def main():
                pass
            if True:
                flag = 1
            """;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
        editor.open("symbols.py", TEXT);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    private static String outline(List<DocumentSymbol> symbols, String indent) {
        StringBuilder out = new StringBuilder();
        for (DocumentSymbol s : symbols) {
            out.append(indent).append(s.getKind()).append(' ').append(s.getName()).append('\n');
            if (s.getChildren() != null) {
                out.append(outline(s.getChildren(), indent + "  "));
            }
        }
        return out.toString();
    }

    @Test
    void nestedOutline() throws Exception {
        var result = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().documentSymbol(
                new DocumentSymbolParams(ProtocolHarnessAccess.doc("symbols.py"))));
        List<DocumentSymbol> symbols = result.stream().map(e -> e.getRight()).toList();
        assertEquals("""
                Module os
                Constant MAX
                Class Tree
                  Field kind
                  Method __init__
                  Method walk
                    Variable depth
                    Function visit
                Function main
                Variable flag
                """, outline(symbols, ""));
        DocumentSymbol tree = symbols.get(2);
        assertEquals(SymbolKind.Class, tree.getKind());
        assertEquals(ProtocolHarnessAccess.at(TEXT, "Tree"), tree.getSelectionRange().getStart());
    }
}
