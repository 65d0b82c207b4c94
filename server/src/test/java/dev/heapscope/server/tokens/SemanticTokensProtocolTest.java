package dev.heapscope.server.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Semantic tokens over the protocol: the legend's types and modifiers tell CPython's scopes apart. */
class SemanticTokensProtocolTest {
    private static ProtocolHarnessAccess editor;
    private static SemanticTokensLegend legend;
    static final String TEXT = """
            g = 1
            def f(p):
                c = 2
                def inner():
                    nonlocal c
                    return c + g + len
                return inner
            class K:
                a = 1
                def m(self):
                    self.b = K.a
            """;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
        legend = editor.initialized().getCapabilities().getSemanticTokensProvider().getLegend();
        editor.open("tokens.py", TEXT);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    /** Decodes tokens to "line:col text type modifier,modifier" lines. */
    static List<String> decode(List<Integer> data) {
        String[] lines = TEXT.split("\n");
        List<String> out = new ArrayList<>();
        int line = 0;
        int col = 0;
        for (int i = 0; i < data.size(); i += 5) {
            if (data.get(i) > 0) {
                line += data.get(i);
                col = data.get(i + 1);
            } else {
                col += data.get(i + 1);
            }
            String word = lines[line].substring(col, col + data.get(i + 2));
            List<String> modifiers = new ArrayList<>();
            for (int b = 0; b < legend.getTokenModifiers().size(); b++) {
                if ((data.get(i + 4) & (1 << b)) != 0) {
                    modifiers.add(legend.getTokenModifiers().get(b));
                }
            }
            out.add(word + " " + legend.getTokenTypes().get(data.get(i + 3)) + " " + String.join(",", modifiers));
        }
        return out;
    }

    @Test
    void fullTokensTellScopesApart() throws Exception {
        SemanticTokens tokens = ProtocolHarnessAccess.get(editor.server().getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(ProtocolHarnessAccess.doc("tokens.py"))));
        assertEquals(List.of(
                "g variable declaration,global",
                "f function declaration,global",
                "p parameter declaration,local",
                "c variable declaration,cell",
                "inner function declaration,local",
                "c variable nonlocal",
                "c variable nonlocal",
                "g variable global",
                "len function defaultLibrary,builtin",
                "inner function local",
                "K class declaration,global",
                "a property declaration,classAttribute",
                "m method declaration,classAttribute",
                "self parameter declaration,local",
                "self parameter local",
                "b property declaration",
                "K class global"), decode(tokens.getData()));
    }

    @Test
    void deltaAfterAnEditAndRange() throws Exception {
        SemanticTokens first = ProtocolHarnessAccess.get(editor.server().getTextDocumentService()
                .semanticTokensFull(new SemanticTokensParams(ProtocolHarnessAccess.doc("tokens.py"))));
        var delta = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().semanticTokensFullDelta(
                new SemanticTokensDeltaParams(ProtocolHarnessAccess.doc("tokens.py"), first.getResultId())));
        assertTrue(delta.isRight());
        assertEquals(List.of(), delta.getRight().getEdits(), "nothing changed, no edits");
        SemanticTokens range = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().semanticTokensRange(
                new SemanticTokensRangeParams(ProtocolHarnessAccess.doc("tokens.py"),
                        new Range(new Position(1, 0), new Position(2, 100)))));
        assertEquals(3 * 5, range.getData().size());
        assertEquals(1, range.getData().get(0), "range tokens are relative to the document start");
    }
}
