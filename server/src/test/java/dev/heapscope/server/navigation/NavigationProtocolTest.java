package dev.heapscope.server.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.util.List;
import org.eclipse.lsp4j.DeclarationParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** definition, declaration, references and highlights over the protocol, exact per variable. */
class NavigationProtocolTest {
    private static ProtocolHarnessAccess editor;
    static final String TEXT = """
            value = 1
            def f(value):
                return value
            def g():
                global value
                value = 2
                return [value for value in range(3)], value
            class C:
                value = 3
                def m(self):
                    self.size = value
                    return self.size
            """;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
        editor.open("nav.py", TEXT);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    private static List<Position> starts(List<? extends Location> locations) {
        return locations.stream().map(l -> l.getRange().getStart()).toList();
    }

    private static Position at(String needle, int n, int shift) {
        return ProtocolHarnessAccess.at(TEXT, needle, n, shift);
    }

    @Test
    void definitionOfAParameterIsTheParameter() throws Exception {
        var result = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().definition(
                new DefinitionParams(ProtocolHarnessAccess.doc("nav.py"), at("return value", 0, 7))));
        assertEquals(List.of(at("value)", 0, 0)), starts(result.getLeft()));
    }

    @Test
    void definitionOfAGlobalListsItsModuleBindings() throws Exception {
        // self.size = value in a method reads the global (class bodies are not enclosing scopes).
        var read = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().definition(
                new DefinitionParams(ProtocolHarnessAccess.doc("nav.py"), at("size = value", 0, 7))));
        assertEquals(List.of(new Position(0, 0), at("value = 2", 0, 0)), starts(read.getLeft()));
    }

    @Test
    void declarationIsTheGlobalStatement() throws Exception {
        var result = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().declaration(
                new DeclarationParams(ProtocolHarnessAccess.doc("nav.py"), at("value = 2", 0, 0))));
        assertEquals(List.of(at("global value", 0, 7)), starts(result.getLeft()));
    }

    @Test
    void referencesOfTheGlobalSkipParameterComprehensionAndClassAttribute() throws Exception {
        var refs = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().references(
                new ReferenceParams(ProtocolHarnessAccess.doc("nav.py"), new Position(0, 0),
                        new ReferenceContext(true))));
        assertEquals(List.of(new Position(0, 0), at("global value", 0, 7), at("value = 2", 0, 0),
                at("], value", 0, 3), at("size = value", 0, 7)), starts(refs));
        var readsOnly = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().references(
                new ReferenceParams(ProtocolHarnessAccess.doc("nav.py"), new Position(0, 0),
                        new ReferenceContext(false))));
        assertEquals(List.of(at("], value", 0, 3), at("size = value", 0, 7)), starts(readsOnly));
    }

    @Test
    void highlightsTellReadsFromWrites() throws Exception {
        List<? extends DocumentHighlight> highlights = ProtocolHarnessAccess.get(editor.server()
                .getTextDocumentService().documentHighlight(new DocumentHighlightParams(
                        ProtocolHarnessAccess.doc("nav.py"), at("value for", 0, 0))));
        assertEquals(List.of(DocumentHighlightKind.Read, DocumentHighlightKind.Write),
                highlights.stream().map(DocumentHighlight::getKind).toList());
        List<? extends DocumentHighlight> attribute = ProtocolHarnessAccess.get(editor.server()
                .getTextDocumentService().documentHighlight(new DocumentHighlightParams(
                        ProtocolHarnessAccess.doc("nav.py"), at("size", 0, 0))));
        assertEquals(List.of(DocumentHighlightKind.Write, DocumentHighlightKind.Read),
                attribute.stream().map(DocumentHighlight::getKind).toList());
    }
}
