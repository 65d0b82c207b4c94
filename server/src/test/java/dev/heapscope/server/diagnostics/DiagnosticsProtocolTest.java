package dev.heapscope.server.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.server.ProtocolHarnessAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Diagnostics over the protocol: CPython's SyntaxErrors as recorded, name problems, the memory-model lints. */
class DiagnosticsProtocolTest {
    private static ProtocolHarnessAccess editor;

    @BeforeAll
    static void start() throws Exception {
        editor = ProtocolHarnessAccess.start();
    }

    @AfterAll
    static void stop() throws Exception {
        editor.close();
    }

    record SyntaxCase(String file, String kind, String msg, int lineno, int offset, String endLineno, String endOffset) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<SyntaxCase> syntaxCases() throws IOException {
        List<SyntaxCase> cases = new ArrayList<>();
        for (String line : resource("syntax-cases/expected.tsv").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            cases.add(new SyntaxCase(f[0], f[1], f[2].replace("\\n", "\n"), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), f[5], f[6]));
        }
        return cases.stream();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DiagnosticsProtocolTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Cases where the front end (language/) does not yet raise CPython's error; the server
     * reports what the front end says, so these wait for the front end. Each is skipped, not
     * passed, and listed in the report.
     */
    private static final java.util.Map<String, String> FRONT_END_DIFFERS = java.util.Map.of(
            "non_ascii_columns.py", "CPython's offset for an unclosed bracket counts UTF-8 bytes; the front end's counts characters");

    @ParameterizedTest
    @MethodSource("syntaxCases")
    void syntaxErrorIsCPythons(SyntaxCase c) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(FRONT_END_DIFFERS.containsKey(c.file()),
                () -> FRONT_END_DIFFERS.get(c.file()));
        String text = resource("syntax-cases/" + c.file());
        List<Diagnostic> diagnostics = editor.open(c.file(), text);
        assertFalse(diagnostics.isEmpty(), "no diagnostic for " + c.file());
        Diagnostic first = diagnostics.get(0);
        assertEquals(c.msg(), first.getMessage());
        assertEquals(c.kind(), first.getCode().getLeft());
        assertEquals(DiagnosticSeverity.Error, first.getSeverity());
        // The cases are in the Basic Multilingual Plane: CPython's character offsets are UTF-16 columns.
        assertEquals(new Position(c.lineno() - 1, c.offset() - 1), first.getRange().getStart());
        int endLine = Integer.parseInt(c.endLineno());
        int endOffset = Integer.parseInt(c.endOffset());
        if (endOffset > 0 && (endLine > c.lineno() || endOffset > c.offset())) {
            assertEquals(new Position(endLine - 1, endOffset - 1), first.getRange().getEnd());
        }
    }

    @Test
    void recoveryReportsLaterErrors() throws Exception {
        List<Diagnostic> diagnostics = editor.open("several.py", resource("syntax-cases/several_errors.py"));
        assertTrue(diagnostics.size() >= 2, diagnostics.toString());
        assertTrue(diagnostics.get(1).getRange().getStart().getLine() >= 1);
    }

    private static List<Diagnostic> withCode(List<Diagnostic> all, String code) {
        return all.stream().filter(d -> d.getCode() != null && code.equals(d.getCode().getLeft())).toList();
    }

    @Test
    void undefinedNamesButNotBuiltinsOrEnclosingNames() throws Exception {
        String text = """
                import os
                def outer():
                    seen = 1
                    def inner():
                        return seen + len(os.sep) + missing + __file__
                    return inner
                class C:
                    attr = 1
                    def m(self):
                        return attr
                print(undefined_at_top, [y for y in range(3)], y)
                """;
        List<Diagnostic> undefined = withCode(editor.open("undefined.py", text), "undefined-name");
        List<String> messages = undefined.stream().map(Diagnostic::getMessage).toList();
        assertEquals(List.of("name 'missing' is not defined", "name 'attr' is not defined",
                "name 'undefined_at_top' is not defined", "name 'y' is not defined"), messages);
        assertEquals(ProtocolHarnessAccess.at(text, "attr", 1), undefined.get(1).getRange().getStart());
    }

    @Test
    void unusedImportsAndLocalsAreFadedHints() throws Exception {
        String text = """
                import os
                import sys
                from json import loads as parse, dumps
                def f():
                    unused = 1
                    used = 2
                    _ignored = 3
                    return used + len(sys.argv)
                print(dumps)
                """;
        List<Diagnostic> all = editor.open("unused.py", text);
        List<Diagnostic> imports = withCode(all, "unused-import");
        assertEquals(List.of("'os' is imported but never used", "'parse' is imported but never used"),
                imports.stream().map(Diagnostic::getMessage).toList());
        List<Diagnostic> locals = withCode(all, "unused-variable");
        assertEquals(1, locals.size());
        assertEquals(ProtocolHarnessAccess.at(text, "unused ="), locals.get(0).getRange().getStart());
        for (Diagnostic d : imports) {
            assertEquals(DiagnosticSeverity.Hint, d.getSeverity());
            assertEquals(List.of(DiagnosticTag.Unnecessary), d.getTags());
        }
    }

    @Test
    void unboundLocalTrap() throws Exception {
        String text = """
                count = 0
                def bump():
                    print(count)
                    count = 1
                def maybe(flag):
                    if flag:
                        value = 1
                    return value
                def fine(flag):
                    if flag:
                        value = 1
                    else:
                        value = 2
                    return value
                def loop(items):
                    for item in items:
                        last = item
                    return last
                def handled():
                    try:
                        import json
                    except ImportError:
                        json = None
                    return json
                def forever():
                    while True:
                        x = 1
                        break
                    return x
                """;
        List<Diagnostic> unbound = withCode(editor.open("unbound.py", text), "possibly-unbound");
        List<Position> where = unbound.stream().map(d -> d.getRange().getStart()).toList();
        assertEquals(List.of(ProtocolHarnessAccess.at(text, "count)"), ProtocolHarnessAccess.at(text, "value", 1),
                ProtocolHarnessAccess.at(text, "last", 1)), where);
        assertTrue(unbound.get(0).getMessage().contains("UnboundLocalError"));
        assertTrue(unbound.get(0).getMessage().contains("the module's global 'count' is not consulted"));
    }

    @Test
    void memoryModelLints() throws Exception {
        String text = """
                import collections
                def append(item, bucket=[], *, seen=collections.defaultdict(list), ok=None, t=()):
                    bucket.append(item)
                    return bucket
                def makers():
                    out = []
                    for i in range(3):
                        out.append(lambda: i)
                        out.append(lambda i=i: i)
                        out.sort(key=lambda x: x + i)
                    return out
                class Node:
                    def __init__(self, parent=None):
                        self.parent = parent
                        self.children = []
                        if parent is not None:
                            parent.children.append(self)
                        self.children.append(self)
                    def __del__(self):
                        pass
                class Plain:
                    def __init__(self, other):
                        self.other = other
                    def __del__(self):
                        pass
                CACHE = None
                def load():
                    global CACHE
                    CACHE = [0] * 1000
                    CACHE = list(range(10))
                """;
        List<Diagnostic> all = editor.open("lints.py", text);
        List<Diagnostic> defaults = withCode(all, "mutable-default");
        assertEquals(2, defaults.size(), defaults.toString());
        assertTrue(defaults.get(0).getMessage().contains("'bucket'"));
        assertTrue(defaults.get(1).getMessage().contains("'seen'"));
        List<Diagnostic> captures = withCode(all, "loop-variable-capture");
        assertEquals(1, captures.size(), captures.toString());
        assertEquals(ProtocolHarnessAccess.at(text, "lambda: i", 0, 8), captures.get(0).getRange().getStart());
        List<Diagnostic> finalizers = withCode(all, "del-in-cycle");
        assertEquals(1, finalizers.size(), finalizers.toString());
        assertEquals(ProtocolHarnessAccess.at(text, "__del__"), finalizers.get(0).getRange().getStart());
        List<Diagnostic> globals = withCode(all, "global-keeps-alive");
        assertEquals(1, globals.size(), globals.toString());
        assertEquals(ProtocolHarnessAccess.at(text, "CACHE = list"), globals.get(0).getRange().getStart());
    }

    /**
     * Edits as typed, through a syntax error and back, lines added and removed: after each,
     * the diagnostics are those of the same text opened afresh (the first edits are answered
     * from the touched statements, the broken text from the whole file).
     */
    @Test
    void diagnosticsAfterEditsEqualThoseOfTheTextOpenedAfresh() throws Exception {
        String text = """
                import os
                import json


                def first(items):
                    total = 0
                    for item in items:
                        total += item
                    return total


                def second():
                    return missing
                """;
        editor.open("typed.py", text);
        String[][] steps = {
            // {line, column, deleted characters, typed}
            {"12", "11", "7", "json.dumps("},
            {"12", "22", "0", "missing)"},
            {"5", "4", "0", "os.sep\n    "},
            {"5", "4", "11", ""},
            {"8", "11", "5", "totals"},
            {"0", "0", "0", "from os import *\n"},
        };
        StringBuilder current = new StringBuilder(text);
        int step = 0;
        for (String[] s : steps) {
            int line = Integer.parseInt(s[0]);
            int column = Integer.parseInt(s[1]);
            int deleted = Integer.parseInt(s[2]);
            int offset = offsetOf(current.toString(), line, column);
            String removed = current.substring(offset, offset + deleted);
            int endLine = line + (int) removed.chars().filter(c -> c == '\n').count();
            int endColumn = removed.contains("\n") ? removed.length() - removed.lastIndexOf('\n') - 1 : column + deleted;
            current.replace(offset, offset + deleted, s[3]);
            List<Diagnostic> edited = editor.edit("typed.py", new org.eclipse.lsp4j.Range(new Position(line, column),
                    new Position(endLine, endColumn)), s[3]);
            List<Diagnostic> fresh = editor.open("typed_" + step++ + ".py", current.toString());
            assertEquals(fresh.toString(), edited.toString(), "after typing " + s[3] + " into\n" + current);
        }
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int i = 0; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + column;
    }
}
