package dev.heapscope.server.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressKind;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace index over the protocol: progress, imports between files, cross-file references and rename. */
class WorkspaceProtocolTest {
    @TempDir
    static Path root;
    private static ProtocolHarnessAccess editor;
    static final String MOD = """
            CONST = 1
            def helper(x):
                return x + CONST
            """;
    static final String MAIN = """
            import pkg.mod
            from pkg.mod import helper
            from pkg.mod import helper as h
            print(helper(2), h(3), pkg.mod.CONST, pkg.mod.helper)
            def helper_user():
                helper = 5
                return helper
            """;
    static final String OTHER = """
            from .mod import helper
            from . import mod
            helper(1)
            """;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(root.resolve("pkg"));
        Files.writeString(root.resolve("pkg/__init__.py"), "");
        Files.writeString(root.resolve("pkg/mod.py"), MOD);
        Files.writeString(root.resolve("pkg/other.py"), OTHER);
        Files.writeString(root.resolve("main.py"), MAIN);
        Files.createDirectories(root.resolve(".venv"));
        Files.writeString(root.resolve(".venv/skipped.py"), "def helper(): pass\n");
        editor = ProtocolHarnessAccess.start(root, null);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!ended(editor.client().progress)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("indexing never ended: " + editor.client().progress);
            }
            Thread.sleep(10);
        }
    }

    private static boolean ended(List<ProgressParams> progress) {
        return progress.stream().anyMatch(p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd);
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    static String uri(String relative) {
        return root.resolve(relative).toUri().toString();
    }

    @Test
    void indexingReportsWorkDoneProgress() {
        List<WorkDoneProgressKind> kinds = editor.client().progress.stream()
                .map(p -> p.getValue().getLeft().getKind()).distinct().toList();
        assertEquals(List.of(WorkDoneProgressKind.begin, WorkDoneProgressKind.report, WorkDoneProgressKind.end), kinds);
        assertEquals(List.of("heapscope-index"), editor.client().created);
    }

    @Test
    void completionListsTheGlobalsOfAnImportedWorkspaceModule() throws Exception {
        String typing = "import pkg.mod\nfrom pkg import mod as m\npkg.mod.\nm.\n";
        editor.openUri(uri("typing.py"), typing);
        for (Position at : List.of(new Position(2, 8), new Position(3, 2))) {
            var result = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().completion(
                    new CompletionParams(new TextDocumentIdentifier(uri("typing.py")), at)));
            List<String> labels = result.getRight().getItems().stream().map(CompletionItem::getLabel).toList();
            assertTrue(labels.containsAll(List.of("CONST", "helper")), at + ": " + labels);
            assertTrue(!labels.contains("x") && !labels.contains("print"), at + ": " + labels);
        }
    }

    @Test
    void definitionFollowsFromImportsIntoTheModule() throws Exception {
        editor.openUri(uri("main.py"), MAIN);
        var result = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(uri("main.py")),
                        ProtocolHarnessAccess.at(MAIN, "helper(2)"))));
        List<? extends Location> locations = result.getLeft();
        assertEquals(1, locations.size(), locations.toString());
        assertEquals(uri("pkg/mod.py"), locations.get(0).getUri());
        assertEquals(ProtocolHarnessAccess.at(MOD, "helper"), locations.get(0).getRange().getStart());
        var relative = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(uri("main.py")),
                        ProtocolHarnessAccess.at(MAIN, "h(3)"))));
        assertEquals(uri("pkg/mod.py"), relative.getLeft().get(0).getUri());
    }

    @Test
    void referencesAndRenameOfAModuleGlobalCrossFiles() throws Exception {
        editor.openUri(uri("pkg/mod.py"), MOD);
        Position helper = ProtocolHarnessAccess.at(MOD, "helper");
        var refs = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().references(new ReferenceParams(
                new TextDocumentIdentifier(uri("pkg/mod.py")), helper, new ReferenceContext(true))));
        Map<String, Long> perFile = new TreeMap<>();
        for (Location l : refs) {
            perFile.merge(root.toUri().relativize(java.net.URI.create(l.getUri())).toString(), 1L, Long::sum);
        }
        // main.py: both from-imports, helper(2), pkg.mod.helper; other.py: the relative import and its call.
        assertEquals(Map.of("pkg/mod.py", 1L, "main.py", 4L, "pkg/other.py", 2L), perFile);

        var edit = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().rename(new RenameParams(
                new TextDocumentIdentifier(uri("pkg/mod.py")), helper, "assist")));
        List<TextEdit> mainEdits = edit.getChanges().get(uri("main.py"));
        String renamed = apply(MAIN, mainEdits);
        assertEquals("""
                import pkg.mod
                from pkg.mod import assist
                from pkg.mod import assist as h
                print(assist(2), h(3), pkg.mod.CONST, pkg.mod.assist)
                def helper_user():
                    helper = 5
                    return helper
                """, renamed);
        assertEquals("from .mod import assist\nfrom . import mod\nassist(1)\n",
                apply(OTHER, edit.getChanges().get(uri("pkg/other.py"))));
    }

    @Test
    void renamingAnImportedNameRenamesItsDefinition() throws Exception {
        editor.openUri(uri("pkg/other.py"), OTHER);
        var edit = ProtocolHarnessAccess.get(editor.server().getTextDocumentService().rename(new RenameParams(
                new TextDocumentIdentifier(uri("pkg/other.py")), ProtocolHarnessAccess.at(OTHER, "helper(1)"), "aid")));
        assertEquals("CONST = 1\ndef aid(x):\n    return x + CONST\n", apply(MOD, edit.getChanges().get(uri("pkg/mod.py"))));
        assertEquals("from .mod import aid\nfrom . import mod\naid(1)\n",
                apply(OTHER, edit.getChanges().get(uri("pkg/other.py"))));
    }

    @Test
    void workspaceSymbolsSkipVirtualEnvironments() throws Exception {
        var result = ProtocolHarnessAccess.get(editor.server().getWorkspaceService().symbol(
                new WorkspaceSymbolParams("helper")));
        List<String> found = result.getRight().stream()
                .map(s -> root.toUri().relativize(java.net.URI.create(s.getLocation().getLeft().getUri())) + " "
                        + s.getName()).sorted().toList();
        assertTrue(found.contains("pkg/mod.py helper"), found.toString());
        assertTrue(found.contains("main.py helper_user"), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.startsWith(".venv")), found.toString());
    }

    static String apply(String text, List<TextEdit> edits) {
        String[] lines = text.split("\n", -1);
        List<TextEdit> sorted = new java.util.ArrayList<>(edits);
        sorted.sort((a, b) -> a.getRange().getStart().getLine() != b.getRange().getStart().getLine()
                ? b.getRange().getStart().getLine() - a.getRange().getStart().getLine()
                : b.getRange().getStart().getCharacter() - a.getRange().getStart().getCharacter());
        for (TextEdit e : sorted) {
            int line = e.getRange().getStart().getLine();
            lines[line] = lines[line].substring(0, e.getRange().getStart().getCharacter()) + e.getNewText()
                    + lines[line].substring(e.getRange().getEnd().getCharacter());
        }
        return String.join("\n", lines);
    }
}
