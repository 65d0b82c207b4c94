package dev.heapscope.language.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the syntax-error corpus (src/test/resources/syntax-errors): its source, the
 * line CPython's compile() gave for it, and, when the compiler stage decided the outcome,
 * CPython's ast.dump of it. All recorded by language/tools/record_syntax_errors.py.
 */
record CorpusCase(String name, byte[] source, String expected, String astDump) {

    static final Path ROOT = Paths.get("src/test/resources/syntax-errors");

    static List<CorpusCase> all() {
        List<CorpusCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("cases"))) {
            for (Path file : files.sorted().toList()) {
                String stem = file.getFileName().toString().replaceFirst("\\.py$", "");
                Path expected = ROOT.resolve("expected").resolve(stem + ".txt");
                Path ast = ROOT.resolve("ast").resolve(stem + ".txt");
                cases.add(new CorpusCase(stem, Files.readAllBytes(file),
                        Files.readString(expected, StandardCharsets.UTF_8).strip(),
                        Files.exists(ast) ? Files.readString(ast, StandardCharsets.UTF_8) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The file name the recording passed to compile(), which errors carry. */
    String filename() {
        return name + ".py";
    }
}
