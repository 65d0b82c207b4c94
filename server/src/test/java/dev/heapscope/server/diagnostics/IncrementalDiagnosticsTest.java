package dev.heapscope.server.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.Edits;
import dev.heapscope.server.StdlibSources;
import dev.heapscope.server.analysis.Analysis;
import dev.heapscope.server.analysis.Analyzer;
import dev.heapscope.server.document.PositionEncoding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics kept by reanalysing only the edited statements are exactly those of a
 * whole-file analysis of the same text, edit after edit: random edits of standard-library
 * files, and edits chosen to change what one statement's findings depend on in others.
 */
class IncrementalDiagnosticsTest {
    private static final long SEED = 20261202L;
    private static final java.util.regex.Pattern MODULE_GLOBAL = java.util.regex.Pattern.compile("(?m)^global ");

    @Test
    void trapsStayEqualToWholeFileDiagnostics() {
        Random random = new Random(SEED);
        int[] total = new int[2];
        for (int round = 0; round < 6; round++) {
            add(total, edit("file:///traps.py", "traps.py", Edits.TRAPS, random, 40, true));
        }
        assertMostlyIncremental(total);
    }

    @Test
    void standardLibraryFilesStayEqualToWholeFileDiagnostics() throws Exception {
        List<Path> sources = new ArrayList<>(StdlibSources.smallerThan(30_000));
        Random random = new Random(SEED);
        Collections.shuffle(sources, random);
        int[] total = new int[2];
        for (Path source : sources.subList(0, Math.min(6, sources.size()))) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            add(total, edit(source.toUri().toString(), source.toString(), text, random, 30, false));
        }
        assertMostlyIncremental(total);
    }

    @Test
    void futureImportsAndModuleGlobalStatementsAreLeftToTheWholeFile() {
        assertNull(IncrementalDiagnostics.start(analyze("from __future__ import annotations\nx: int\n"),
                PositionEncoding.UTF16));
        assertNull(IncrementalDiagnostics.start(analyze("x = 1\nglobal y\n"), PositionEncoding.UTF16));
        IncrementalDiagnostics incremental = IncrementalDiagnostics.start(analyze("x = 1\ny = 2\n"),
                PositionEncoding.UTF16);
        assertNotNull(incremental);
        assertNull(incremental.update("x = 1\nglobal x\n", 2), "'global' at module level is decided across statements");
        assertNull(IncrementalDiagnostics.open("file:///t.py", "t.py", 1, "from __future__ import annotations\nx: int\n",
                PositionEncoding.UTF16));
        assertNull(IncrementalDiagnostics.open("file:///t.py", "t.py", 1, "x = 1\nglobal y\n", PositionEncoding.UTF16));
        assertNull(IncrementalDiagnostics.open("file:///t.py", "t.py", 1, "x = (\n", PositionEncoding.UTF16));
    }

    /**
     * Applies random edits, checking each incremental answer against a whole-file analysis.
     * Returns how many edits were answered incrementally and how many could have been (the
     * previous text was answered too, or parsed, and the new one has no error).
     */
    private static int[] edit(String uri, String filename, String text, Random random, int edits, boolean traps) {
        IncrementalDiagnostics incremental = IncrementalDiagnostics.start(analyze(uri, filename, 1, text),
                PositionEncoding.UTF16);
        int answered = 0;
        int answerable = 0;
        for (int i = 0; i < edits; i++) {
            String next = Edits.mutate(text, random, traps);
            int version = i + 2;
            Analysis whole = analyze(uri, filename, version, next);
            List<Diagnostic> expected = DiagnosticsProvider.diagnose(whole, PositionEncoding.UTF16);
            if (incremental != null && whole.syntaxErrors().isEmpty() && whole.compileError() == null
                    && !next.contains("__future__") && !MODULE_GLOBAL.matcher(next).find()) {
                answerable++;
            }
            if (incremental != null) {
                String before = incremental.text();
                List<Diagnostic> got = incremental.update(next, version);
                if (got != null) {
                    answered++;
                    assertEquals(expected.toString(), got.toString(),
                            "edit " + i + " of " + filename + " (seed " + SEED + "), text:\n" + next);
                    assertEquals(expected, got);
                    text = next;
                    continue;
                }
                assertEquals(before, incremental.text(), "segments that cannot answer stay at their text");
            }
            if (!whole.syntaxErrors().isEmpty() && random.nextInt(4) != 0) {
                // Mostly, the editor's user fixes what they broke: back to a text that parsed.
                next = incremental != null ? incremental.text() : text;
                whole = analyze(uri, filename, version, next);
            }
            // As the server does: segments that could not answer for a text with errors take the
            // next edit from their own text; for a clean text they are made again.
            if (incremental == null || whole.syntaxErrors().isEmpty() && whole.compileError() == null) {
                incremental = IncrementalDiagnostics.start(whole, PositionEncoding.UTF16);
                // As for a document just opened: the same segments from the text alone.
                IncrementalDiagnostics opened = IncrementalDiagnostics.open(uri, filename, version, next,
                        PositionEncoding.UTF16);
                assertEquals(incremental == null, opened == null, "made from the text as from its analysis:\n" + next);
                if (opened != null) {
                    assertEquals(DiagnosticsProvider.diagnose(whole, PositionEncoding.UTF16), opened.diagnostics(),
                            "segments of a text just opened, text:\n" + next);
                    if (random.nextBoolean()) {
                        incremental = opened;
                    }
                }
            }
            text = next;
        }
        return new int[] {answered, answerable};
    }

    private static void add(int[] total, int[] counts) {
        total[0] += counts[0];
        total[1] += counts[1];
    }

    private static void assertMostlyIncremental(int[] total) {
        assertTrue(total[1] >= 50 && total[0] * 10 >= total[1] * 8,
                "most edits to text without errors are answered incrementally: " + total[0] + " of " + total[1]);
    }

    private static Analysis analyze(String text) {
        return analyze("file:///t.py", "t.py", 1, text);
    }

    private static Analysis analyze(String uri, String filename, int version, String text) {
        return Analyzer.analyze(uri, filename, version, text, () -> false);
    }
}
