package dev.heapscope.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.Edits;
import dev.heapscope.server.StdlibSources;
import dev.heapscope.server.completion.CompletionProvider;
import dev.heapscope.server.completion.SignatureHelpProvider;
import dev.heapscope.server.diagnostics.IncrementalDiagnostics;
import dev.heapscope.server.document.DocumentStore;
import dev.heapscope.server.document.PositionEncoding;
import dev.heapscope.server.folding.FoldingProvider;
import dev.heapscope.server.hover.HoverProvider;
import dev.heapscope.server.navigation.NavigationProvider;
import dev.heapscope.server.rename.RenameProvider;
import dev.heapscope.server.symbols.SymbolProvider;
import dev.heapscope.server.tokens.SemanticTokensProvider;
import dev.heapscope.server.workspace.WorkspaceIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/**
 * Hover, definition, declaration, references, highlights, prepareRename, rename and semantic
 * tokens answered from the statements analysed one by one ({@link Segments}, what the server
 * uses right after an edit) are exactly those of a from-scratch whole-file analysis of the
 * same text, edit after random edit: at a sample of names, attributes and other positions, in standard-library
 * files and in a corpus of scope traps.
 */
class SegmentAnswersTest {
    private static final long SEED = 20261203L;
    private static final PositionEncoding ENCODING = PositionEncoding.UTF16;

    private final SemanticTokensProvider tokens = new SemanticTokensProvider();
    private final WorkspaceIndex workspace = new WorkspaceIndex(new DocumentStore(
            Executors.newSingleThreadExecutor(), Executors.newSingleThreadScheduledExecutor(), () -> ENCODING));
    private final NavigationProvider navigation = new NavigationProvider(workspace);
    private final RenameProvider rename = new RenameProvider(workspace);
    private final CompletionProvider completion = new CompletionProvider(workspace);

    @Test
    void trapsAnswerAsTheWholeFileDoes() {
        Random random = new Random(SEED);
        int compared = 0;
        for (int round = 0; round < 4; round++) {
            compared += edit("file:///traps.py", "traps.py", Edits.TRAPS, random, 30, true);
        }
        assertTrue(compared >= 500, "positions compared: " + compared);
    }

    @Test
    void standardLibraryFilesAnswerAsTheWholeFileDoes() throws Exception {
        List<Path> sources = new ArrayList<>(StdlibSources.smallerThan(30_000));
        Random random = new Random(SEED);
        Collections.shuffle(sources, random);
        int compared = 0;
        for (Path source : sources.subList(0, Math.min(5, sources.size()))) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            compared += edit(source.toUri().toString(), source.toString(), text, random, 15, false);
        }
        assertTrue(compared >= 1_000, "positions compared: " + compared);
    }

    /** Random edits; after each one the segments answered, hover and definition are compared. Returns the positions compared. */
    private int edit(String uri, String filename, String text, Random random, int edits, boolean traps) {
        IncrementalDiagnostics incremental = IncrementalDiagnostics.start(analyze(uri, filename, 1, text), ENCODING);
        int compared = 0;
        for (int i = 0; i < edits; i++) {
            String next = Edits.mutate(text, random, traps);
            int version = i + 2;
            Analysis whole = analyze(uri, filename, version, next);
            if (incremental != null && incremental.update(next, version) != null) {
                assertTrue(whole.syntaxErrors().isEmpty() && whole.compileError() == null,
                        "segments answer only for text without errors:\n" + next);
                compared += compare(whole, incremental.snapshot(version), random,
                        "edit " + i + " of " + filename + " (seed " + SEED + ")");
                text = next;
                continue;
            }
            if (!whole.syntaxErrors().isEmpty()) {
                next = incremental != null ? incremental.text() : text;
                whole = analyze(uri, filename, version, next);
            }
            if (incremental == null || whole.syntaxErrors().isEmpty() && whole.compileError() == null) {
                // As for a document just opened, now and then: segments from the text alone.
                incremental = random.nextBoolean() ? IncrementalDiagnostics.start(whole, ENCODING)
                        : IncrementalDiagnostics.open(uri, filename, version, next, ENCODING);
                if (incremental != null) {
                    compared += compare(whole, incremental.snapshot(version), random,
                            "segments made afresh after edit " + i + " of " + filename + " (seed " + SEED + ")");
                }
            }
            text = next;
        }
        return compared;
    }

    private int compare(Analysis whole, Segments segments, Random random, String where) {
        List<Integer> offsets = new ArrayList<>();
        for (NameRef ref : whole.names().refs()) {
            offsets.add(ref.start());
            offsets.add(ref.end());
        }
        for (AttributeRef ref : whole.names().attributes()) {
            offsets.add(ref.start() + 1);
        }
        Collections.shuffle(offsets, random);
        offsets = new ArrayList<>(offsets.subList(0, Math.min(offsets.size(), 60)));
        for (int i = 0; i < 20; i++) {
            offsets.add(random.nextInt(whole.text().length() + 1));
        }
        int compared = 0;
        for (int offset : offsets) {
            Position position = whole.lines().position(offset, ENCODING);
            String at = where + " at " + position + ", text:\n" + whole.text();
            Hover expected = HoverProvider.hover(whole, offset, ENCODING);
            Segments.Answer<Hover> hover = HoverProvider.hover(segments, position, ENCODING);
            assertNotNull(hover, "every hover is decided by the segments: " + at);
            assertEquals(String.valueOf(expected), String.valueOf(hover.value()), at);
            List<Location> definition = navigation.definition(whole, offset, ENCODING);
            Segments.Answer<List<Location>> fast = navigation.definition(segments, position, ENCODING);
            assertNotNull(fast, "no import leads back into the file: " + at);
            assertEquals(definition, fast.value(), at);
            assertEquals(navigation.declaration(whole, offset, ENCODING),
                    navigation.declaration(segments, position, ENCODING).value(), at);
            assertEquals(navigation.references(whole, offset, true, ENCODING),
                    navigation.references(segments, position, true, ENCODING).value(), at);
            assertEquals(navigation.references(whole, offset, false, ENCODING),
                    navigation.references(segments, position, false, ENCODING).value(), at);
            assertEquals(navigation.highlights(whole, offset, ENCODING),
                    navigation.highlights(segments, position, ENCODING).value(), at);
            assertEquals(String.valueOf(rename.prepare(whole, offset, ENCODING)),
                    String.valueOf(rename.prepare(segments, position, ENCODING).value()), at);
            assertEquals(FoldingProvider.selectionRange(whole, offset, ENCODING),
                    FoldingProvider.selectionRange(segments, position, ENCODING), at);
            assertEquals(rename.rename(whole, offset, "renamed_name", ENCODING),
                    rename.rename(segments, position, "renamed_name", ENCODING).value(), at);
            assertEquals(String.valueOf(SignatureHelpProvider.help(whole, whole.text(), offset)),
                    String.valueOf(SignatureHelpProvider.help(segments, whole.text(), whole.lines(), offset)), at);
            if (compared % 4 == 0) {
                // Completion lists every visible name, keyword and builtin: compared at a quarter of the positions.
                assertEquals(completion.complete(whole, whole.text(), offset),
                        completion.complete(segments, whole.text(), whole.lines(), offset), at);
            }
            compared++;
        }
        assertEquals(FoldingProvider.foldingRanges(whole), FoldingProvider.foldingRanges(segments),
                where + ", folding ranges, text:\n" + whole.text());
        assertEquals(SymbolProvider.documentSymbols(whole, ENCODING), SymbolProvider.documentSymbols(segments, ENCODING),
                where + ", document symbols, text:\n" + whole.text());
        assertEquals(tokens.full(whole, ENCODING).getData(), tokens.full(segments, ENCODING).getData(),
                where + ", semantic tokens, text:\n" + whole.text());
        int first = random.nextInt(whole.lines().lineCount());
        Range range = new Range(new Position(first, 0), new Position(first + random.nextInt(30), 4));
        assertEquals(tokens.range(whole, range, ENCODING).getData(), tokens.range(segments, range, ENCODING).getData(),
                where + ", semantic tokens in " + range + ", text:\n" + whole.text());
        return compared;
    }

    private static Analysis analyze(String uri, String filename, int version, String text) {
        return Analyzer.analyze(uri, filename, version, text, () -> false);
    }
}
