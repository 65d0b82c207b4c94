package dev.heapscope.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SelectionRangeParams;
import org.eclipse.lsp4j.SemanticTokensDeltaParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * Any text at any moment of editing gets answers, not errors: mutated standard-library files
 * (lines and characters deleted, duplicated, swapped; brackets and quotes inserted) go
 * through every request at random positions, then through an incremental edit and again.
 * Every response must arrive, be well formed, and the server must log no failure. The count
 * is bounded so the test stays quick; {@code -Dheapscope.fuzz.count=N} raises it.
 */
class FuzzProtocolTest {
    private static final int DEFAULT_COUNT = 40;
    private static final long SEED = 20261202L;

    @Test
    void mutatedStdlibFilesGetWellFormedAnswers() throws Exception {
        List<Path> sources = StdlibSources.smallerThan(40_000);
        int count = Integer.getInteger("heapscope.fuzz.count", DEFAULT_COUNT);
        Random random = new Random(SEED);
        try (ProtocolHarness editor = new ProtocolHarness()) {
            for (int i = 0; i < count; i++) {
                Path source = sources.get(random.nextInt(sources.size()));
                String text = mutate(Files.readString(source, StandardCharsets.UTF_8), random, 1 + random.nextInt(4));
                String uri = ProtocolHarness.uri("fuzz/" + i + "_" + source.getFileName());
                String context = "mutant " + i + " of " + source.getFileName() + " (seed " + SEED + ")";
                List<Diagnostic> diagnostics = editor.open(uri, text);
                checkRanges(diagnostics.stream().map(Diagnostic::getRange).toList(), text, context);
                exercise(editor, uri, text, random, context);
                String edited = mutateIncrementally(editor, uri, text, random);
                exercise(editor, uri, edited, random, context + " after an edit");
                editor.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(ProtocolHarness.doc(uri)));
            }
            assertEquals(List.of(), editor.errorLogs());
        }
    }

    static String mutate(String text, Random random, int times) {
        String result = text;
        for (int t = 0; t < times; t++) {
            List<String> lines = new ArrayList<>(List.of(result.split("\n", -1)));
            int kind = random.nextInt(7);
            int a = random.nextInt(lines.size());
            int b = random.nextInt(lines.size());
            switch (kind) {
                case 0 -> lines.remove(a);
                case 1 -> lines.add(a, lines.get(a));
                case 2 -> {
                    String x = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, x);
                }
                default -> {
                    if (result.isEmpty()) {
                        continue;
                    }
                    int at = random.nextInt(result.length());
                    int other = random.nextInt(result.length());
                    String s = result;
                    result = switch (kind) {
                        case 3 -> s.substring(0, at) + s.substring(at + 1);
                        case 4 -> s.substring(0, at) + s.charAt(at) + s.substring(at);
                        case 5 -> swap(s, at, other);
                        default -> s.substring(0, at) + "([{:)]}'\"\\\n\t #".charAt(random.nextInt(14)) + s.substring(at);
                    };
                    continue;
                }
            }
            result = String.join("\n", lines);
        }
        return result;
    }

    private static String swap(String s, int i, int j) {
        if (i == j || Character.isSurrogate(s.charAt(i)) || Character.isSurrogate(s.charAt(j))) {
            return s;
        }
        char[] chars = s.toCharArray();
        char x = chars[i];
        chars[i] = chars[j];
        chars[j] = x;
        return new String(chars);
    }

    /** Deletes or inserts a few characters through didChange; returns the text the server now has. */
    private static String mutateIncrementally(ProtocolHarness editor, String uri, String text, Random random)
            throws Exception {
        String[] lines = text.split("\n", -1);
        int line = random.nextInt(lines.length);
        int column = lines[line].isEmpty() ? 0 : random.nextInt(lines[line].length());
        while (column > 0 && Character.isLowSurrogate(lines[line].charAt(column))) {
            column--;
        }
        String insert = random.nextBoolean() ? "" : List.of("(", "x = ", "def ", ":", "\n    ", "'", "self.").get(random.nextInt(7));
        int end = insert.isEmpty() ? Math.min(lines[line].length(), column + 1 + random.nextInt(3)) : column;
        while (end < lines[line].length() && end > 0 && Character.isLowSurrogate(lines[line].charAt(end))) {
            end++;
        }
        editor.edit(uri, new Range(new Position(line, column), new Position(line, end)), insert);
        lines[line] = lines[line].substring(0, column) + insert + lines[line].substring(end);
        return String.join("\n", lines);
    }

    private static void exercise(ProtocolHarness editor, String uri, String text, Random random, String context)
            throws Exception {
        TextDocumentService service = editor.server.getTextDocumentService();
        TextDocumentIdentifier doc = ProtocolHarness.doc(uri);
        String[] lines = text.split("\n", -1);
        for (int p = 0; p < 6; p++) {
            int line = random.nextInt(lines.length + 1);
            int column = line < lines.length && !lines[line].isEmpty() ? random.nextInt(lines[line].length() + 3) : 0;
            Position at = new Position(line, column);
            var hover = ProtocolHarness.get(service.hover(new HoverParams(doc, at)));
            if (hover != null) {
                assertNotNull(hover.getContents(), context);
                checkRanges(List.of(hover.getRange()), text, context);
            }
            checkLocations(ProtocolHarness.get(service.definition(new DefinitionParams(doc, at))).getLeft(), text, context);
            checkLocations(ProtocolHarness.get(service.references(new ReferenceParams(doc, at,
                    new ReferenceContext(true)))), text, context);
            checkRanges(ProtocolHarness.get(service.documentHighlight(new DocumentHighlightParams(doc, at))).stream()
                    .map(h -> h.getRange()).toList(), text, context);
            var prepared = ProtocolHarness.get(service.prepareRename(new PrepareRenameParams(doc, at)));
            if (prepared != null) {
                checkRanges(List.of(prepared.getSecond().getRange()), text, context);
                var edit = ProtocolHarness.get(service.rename(new RenameParams(doc, at, "renamed")));
                assertNotNull(edit, context);
            }
            var completion = ProtocolHarness.get(service.completion(new CompletionParams(doc, at)));
            assertNotNull(completion, context);
            ProtocolHarness.get(service.signatureHelp(new SignatureHelpParams(doc, at)));
            var selection = ProtocolHarness.get(service.selectionRange(new SelectionRangeParams(doc, List.of(at))));
            assertEquals(1, selection.size(), context);
        }
        var symbols = ProtocolHarness.get(service.documentSymbol(new DocumentSymbolParams(doc)));
        for (var symbol : symbols) {
            checkSymbol(symbol.getRight(), text, context);
        }
        for (var range : ProtocolHarness.get(service.foldingRange(new FoldingRangeRequestParams(doc)))) {
            assertTrue(range.getStartLine() <= range.getEndLine() && range.getEndLine() <= lines.length, context);
        }
        var full = ProtocolHarness.get(service.semanticTokensFull(new SemanticTokensParams(doc)));
        assertEquals(0, full.getData().size() % 5, context);
        var delta = ProtocolHarness.get(service.semanticTokensFullDelta(new SemanticTokensDeltaParams(doc,
                full.getResultId())));
        assertNotNull(delta, context);
        var range = ProtocolHarness.get(service.semanticTokensRange(new SemanticTokensRangeParams(doc,
                new Range(new Position(0, 0), new Position(lines.length / 2, 0)))));
        assertEquals(0, range.getData().size() % 5, context);
    }

    private static void checkSymbol(DocumentSymbol symbol, String text, String context) {
        checkRanges(List.of(symbol.getRange(), symbol.getSelectionRange()), text, context);
        if (symbol.getChildren() != null) {
            for (DocumentSymbol child : symbol.getChildren()) {
                checkSymbol(child, text, context);
            }
        }
    }

    private static void checkLocations(List<? extends Location> locations, String text, String context) {
        for (Location location : locations) {
            assertNotNull(location.getUri(), context);
            checkRanges(List.of(location.getRange()), text, context);
        }
    }

    private static void checkRanges(List<Range> ranges, String text, String context) {
        String[] lines = text.split("\n", -1);
        for (Range range : ranges) {
            assertNotNull(range, context);
            Position s = range.getStart();
            Position e = range.getEnd();
            assertTrue(s.getLine() >= 0 && s.getLine() < Math.max(1, lines.length), context + ": " + range);
            assertTrue(e.getLine() < Math.max(1, lines.length), context + ": " + range);
            assertTrue(s.getLine() < e.getLine() || s.getLine() == e.getLine() && s.getCharacter() <= e.getCharacter(),
                    context + ": " + range);
            assertTrue(e.getCharacter() <= lines[e.getLine()].length(), context + ": " + range);
        }
    }
}
