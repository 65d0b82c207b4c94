package dev.heapscope.server.rename;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rename over the protocol on the scope-traps corpus: each variable renamed alone. */
class RenameProtocolTest {
    private static ProtocolHarnessAccess editor;
    private static String traps;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
        try (InputStream in = RenameProtocolTest.class.getClassLoader().getResourceAsStream("scope-traps/traps.py")) {
            traps = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        editor.open("traps.py", traps);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    /** Applies a rename's edits to the corpus and returns the new text. */
    static String renamed(Position at, String newName) throws Exception {
        WorkspaceEdit edit = ProtocolHarnessAccess.get(editor.server().getTextDocumentService()
                .rename(new RenameParams(ProtocolHarnessAccess.doc("traps.py"), at, newName)));
        assertNotNull(edit, "no rename at " + at);
        List<TextEdit> edits = new ArrayList<>(edit.getChanges().get(ProtocolHarnessAccess.uri("traps.py")));
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        String[] lines = traps.split("\n", -1);
        for (TextEdit e : edits) {
            int line = e.getRange().getStart().getLine();
            assertEquals(line, e.getRange().getEnd().getLine());
            String l = lines[line];
            lines[line] = l.substring(0, e.getRange().getStart().getCharacter()) + e.getNewText()
                    + l.substring(e.getRange().getEnd().getCharacter());
        }
        return String.join("\n", lines);
    }

    private static String replaceLines(String text, int[] lineNumbers, String from, String to) {
        String[] lines = text.split("\n", -1);
        for (int n : lineNumbers) {
            lines[n - 1] = lines[n - 1].replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        }
        return String.join("\n", lines);
    }

    @Test
    void globalRenameTouchesModuleLevelGlobalDeclarationsAndImplicitReads() throws Exception {
        String result = renamed(ProtocolHarnessAccess.at(traps, "x = \"global x\""), "g");
        // Line 2 binds it; Box.method reads it (class bodies are skipped); uses_global declares
        // and assigns it; comprehension_shadow's return reads it.
        assertEquals(replaceLines(replaceLines(traps, new int[] {2, 9, 35, 36}, "x", "g"),
                new int[] {41}, "total, x", "total, g"), result);
    }

    @Test
    void classAttributeStaysInTheClassBody() throws Exception {
        String result = renamed(ProtocolHarnessAccess.at(traps, "x = \"class attribute x\""), "attr");
        assertEquals(replaceLines(traps, new int[] {6}, "x =", "attr ="), result);
    }

    @Test
    void comprehensionVariableIsItsOwnScope() throws Exception {
        String result = renamed(ProtocolHarnessAccess.at(traps, "x for x in range"), "i");
        assertEquals(replaceLines(traps, new int[] {12}, "x for x", "i for i"), result);
    }

    @Test
    void nonlocalLinksInnerToOuterButNotOtherFunctions() throws Exception {
        String result = renamed(ProtocolHarnessAccess.at(traps, "nonlocal x", 0, 9), "shared");
        assertEquals(replaceLines(traps, new int[] {16, 19, 20, 21, 24}, "x", "shared"), result);
    }

    @Test
    void anotherFunctionsLocalIsSeparate() throws Exception {
        String result = renamed(ProtocolHarnessAccess.at(traps, "x = \"other's x\""), "mine");
        assertEquals(replaceLines(traps, new int[] {30, 31}, "x", "mine"), result);
    }

    @Test
    void privateNamesRenameAsWritten() throws Exception {
        String result = renamed(ProtocolHarnessAccess.at(traps, "__secret = 1"), "__hidden");
        assertEquals(replaceLines(traps, new int[] {46}, "__secret", "__hidden"), result);
    }

    @Test
    void builtinsAreNotRenamed() throws Exception {
        assertNull(ProtocolHarnessAccess.get(editor.server().getTextDocumentService().prepareRename(
                new PrepareRenameParams(ProtocolHarnessAccess.doc("traps.py"),
                        ProtocolHarnessAccess.at(traps, "range")))));
        var prepared = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().prepareRename(
                new PrepareRenameParams(ProtocolHarnessAccess.doc("traps.py"),
                        ProtocolHarnessAccess.at(traps, "total"))));
        assertEquals("total", prepared.getSecond().getPlaceholder());
    }

    @Test
    void invalidNewNameIsRefusedWithASentence() {
        Exception e = assertThrows(Exception.class, () -> renamed(ProtocolHarnessAccess.at(traps, "total"), "class"));
        assertEquals(true, String.valueOf(e.getMessage()).contains("not a valid Python identifier"), e.toString());
    }
}
