package dev.heapscope.server.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Statements whose findings depend on other statements: imports used elsewhere, __all__, globals, line numbers. */
    private static final String TRAPS = """
            import os
            from collections import defaultdict
            import json

            LIMIT = 10


            class Node:
                def __init__(self):
                    self.me = self

                def __del__(self):
                    pass


            def grow(items, cache=defaultdict(list)):
                global STORE
                STORE = [x for x in items]
                return cache


            def shadow():
                print(count)
                count = LIMIT
                return count


            def late():
                fns = []
                for i in range(3):
                    fns.append(lambda: i + LIMIT)
                return fns
            """;

    private static final String[] STATEMENTS = {
        "import os", "from json import *", "__all__ = ['json']", "count = 1", "print(json)", "STORE = {}",
        "def defaultdict(): pass", "list = 3", "del LIMIT", "LIMIT += 1", "from x import y as os",
        "class Late:\n    def __del__(self):\n        pass\n    def keep(self):\n        self.items.append(self)",
        "def f(a=[]):\n    return undefined_here", "x: int", "if LIMIT:\n    y = 2\nelse:\n    y = 3", "", "# comment",
    };

    @Test
    void trapsStayEqualToWholeFileDiagnostics() {
        Random random = new Random(SEED);
        int[] total = new int[2];
        for (int round = 0; round < 6; round++) {
            add(total, edit("file:///traps.py", "traps.py", TRAPS, random, 40, true));
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
            String next = mutate(text, random, traps);
            int version = i + 2;
            Analysis whole = analyze(uri, filename, version, next);
            List<Diagnostic> expected = DiagnosticsProvider.diagnose(whole, PositionEncoding.UTF16);
            if (incremental != null && whole.syntaxErrors().isEmpty() && whole.compileError() == null
                    && !next.contains("__future__")) {
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

    /** One edit of a kind an editor makes: lines inserted, deleted, duplicated, swapped or changed, characters typed. */
    private static String mutate(String text, Random random, boolean traps) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(traps ? 9 : 8)) {
            case 0 -> lines.add(at, "");
            case 1 -> {
                if (lines.size() > 1) {
                    lines.remove(at);
                }
            }
            case 2 -> lines.add(at, lines.get(at));
            case 3 -> {
                if (at + 1 < lines.size()) {
                    Collections.swap(lines, at, at + 1);
                }
            }
            case 4 -> lines.set(at, lines.get(at) + "  # edited");
            case 5 -> lines.set(at, lines.get(at).replaceFirst("[A-Za-z_]\\w*", "renamed"));
            case 6 -> {
                String line = lines.get(at);
                if (!line.isEmpty()) {
                    int column = random.nextInt(line.length());
                    lines.set(at, line.substring(0, column) + line.substring(column + 1));
                }
            }
            case 7 -> {
                String line = lines.get(at);
                int column = random.nextInt(line.length() + 1);
                String typed = String.valueOf("abx_ (:=,.'".charAt(random.nextInt(11)));
                lines.set(at, line.substring(0, column) + typed + line.substring(column));
            }
            default -> {
                // A whole statement at the top level, between two others.
                int before = at;
                while (before > 0 && !lines.get(before).isEmpty()) {
                    before--;
                }
                lines.add(before, STATEMENTS[random.nextInt(STATEMENTS.length)]);
            }
        }
        return String.join("\n", lines);
    }
}
