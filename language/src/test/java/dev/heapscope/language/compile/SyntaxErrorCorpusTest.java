package dev.heapscope.language.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The whole syntax-error corpus through the front end as `heapscope compile` runs it: parse,
 * then the compiler-stage checks. Each answer must be CPython's recorded one, except for the
 * cases on known-mismatches.txt, which documents the gap and is rewritten from this test's
 * report by language/tools/known_syntax_mismatches.py. A listed case that starts matching
 * fails the test too, so the list only shrinks.
 */
class SyntaxErrorCorpusTest {
    private static final Path KNOWN = CorpusCase.ROOT.resolve("known-mismatches.txt");
    /** Every mismatch of the last run with both answers, read by the script. */
    private static final Path REPORT = Paths.get("target/syntax-error-mismatches.txt");

    @Test
    void everyCaseGetsCpythonsAnswer() throws IOException {
        List<CorpusCase> cases = CorpusCase.all();
        Set<String> known = known();
        Set<String> mismatching = new TreeSet<>();
        StringBuilder report = new StringBuilder();
        for (CorpusCase c : cases) {
            String actual = answer(c);
            if (!actual.equals(c.expected())) {
                mismatching.add(c.name());
                report.append(c.name()).append('\n')
                        .append("    expected: ").append(c.expected()).append('\n')
                        .append("    actual:   ").append(actual).append('\n');
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report.toString(), StandardCharsets.UTF_8);
        assertTrue(cases.size() >= 150, "the corpus should hold at least 150 cases, found " + cases.size());
        Set<String> regressed = new TreeSet<>(mismatching);
        regressed.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(mismatching);
        assertEquals(Set.of(), regressed, "cases that differ from CPython and are not on known-mismatches.txt (see "
                + REPORT + ")");
        assertEquals(Set.of(), fixed, "these cases now match CPython; run language/tools/known_syntax_mismatches.py");
    }

    private static String answer(CorpusCase c) {
        PythonSyntaxError error;
        try {
            error = CompileCheck.checkTree(SourceParser.parse(c.source(), c.filename()), c.source(), c.filename());
        } catch (PythonSyntaxError parseError) {
            error = parseError;
        }
        return error == null ? "ok" : error.oracleLine();
    }

    private static Set<String> known() throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.exists(KNOWN)) {
            return names;
        }
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name.split("\\s+", 2)[0]);
            }
        }
        return names;
    }
}
