package dev.heapscope.language.parser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.heapscope.language.ast.AstDump;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the standard library must parse to exactly the tree CPython 3.11 builds:
 * {@code AstDump.dump(SourceParser.parse(bytes, path))} against the oracle's
 * {@code ast.dump(ast.parse(src, path), include_attributes=True)}.
 */
class StdlibAstConformanceTest {

    /** How a file's dump differs from CPython's. */
    record Mismatch(Path file, int offset, String ours, String theirs) {
    }

    @Test
    void everyStdlibFileParsesToCPythonsTree() throws IOException {
        String version = StdlibOracle.pythonVersion();
        assumeTrue("3.11".equals(version), "python3 is " + version + ", not 3.11: stdlib AST conformance skipped");
        List<Path> files = StdlibOracle.stdlibFiles();
        List<String> expected = StdlibOracle.run("ast", files);
        List<Mismatch> mismatches = compare(files, expected);
        int compared = (int) expected.stream().filter(e -> e != null).count();
        if (!mismatches.isEmpty()) {
            StringBuilder report = new StringBuilder();
            report.append(mismatches.size()).append(" of ").append(compared)
                    .append(" stdlib files differ from CPython's ast.dump; first ones:\n");
            mismatches.stream().limit(25).forEach(m -> report.append(describe(m)).append('\n'));
            fail(report.toString());
        }
    }

    static List<Mismatch> compare(List<Path> files, List<String> expected) {
        ConcurrentLinkedQueue<Mismatch> found = new ConcurrentLinkedQueue<>();
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            String theirs = expected.get(i);
            if (theirs == null) {
                return;
            }
            theirs = theirs.stripTrailing();
            Path file = files.get(i);
            String ours;
            try {
                ours = AstDump.dump(SourceParser.parse(Files.readAllBytes(file), file.toString()));
            } catch (PythonSyntaxError e) {
                ours = e.oracleLine();
            } catch (IOException | RuntimeException | StackOverflowError e) {
                ours = e.toString();
            }
            if (!ours.equals(theirs)) {
                int at = 0;
                int n = Math.min(ours.length(), theirs.length());
                while (at < n && ours.charAt(at) == theirs.charAt(at)) {
                    at++;
                }
                found.add(new Mismatch(file, at, ours, theirs));
            }
        });
        List<Mismatch> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> a.file().compareTo(b.file()));
        return sorted;
    }

    static String describe(Mismatch m) {
        int from = Math.max(0, m.offset() - 60);
        return m.file() + " @" + m.offset() + "\n  ours:    " + snippet(m.ours(), from, m.offset())
                + "\n  cpython: " + snippet(m.theirs(), from, m.offset());
    }

    private static String snippet(String s, int from, int at) {
        int to = Math.min(s.length(), at + 80);
        return from < s.length() ? s.substring(Math.min(from, s.length()), to) : "";
    }
}
