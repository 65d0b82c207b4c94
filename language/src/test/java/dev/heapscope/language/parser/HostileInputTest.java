package dev.heapscope.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heapscope.language.ast.AstDump;
import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.CompilerRecursionError;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to break a front end (NUL and undecodable bytes, thousands of nested brackets,
 * expressions nested past the compiler's limits, files of megabytes) get CPython 3.11's
 * answer, recorded by language/tools/record_hostile_inputs.py: a tree, or CPython's error,
 * never a Java exception. The inputs are generated here from the recorded recipe.
 */
class HostileInputTest {
    private static final Path CASES = Path.of("src/test/resources/hostile/cases.txt");

    record HostileCase(String name, String pieces, String compile, String parse) {
        @Override
        public String toString() {
            return name;
        }

        byte[] source() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String piece : pieces.split(" ")) {
                int star = piece.lastIndexOf('*');
                byte[] chunk = HexFormat.of().parseHex(piece.substring(0, star));
                int count = Integer.parseInt(piece.substring(star + 1));
                for (int i = 0; i < count; i++) {
                    out.writeBytes(chunk);
                }
            }
            return out.toByteArray();
        }
    }

    static Stream<HostileCase> cases() throws IOException {
        return Files.readAllLines(CASES, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(f -> new HostileCase(f[0], f[1], f[2], f[3]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void compileGivesCPythonsAnswer(HostileCase c) {
        byte[] source = c.source();
        String outcome;
        try {
            PythonSyntaxError error = CompileCheck.checkTree(SourceParser.parse(source, "<hostile>"), source,
                    "<hostile>");
            outcome = error == null ? "ok" : error.oracleLine();
        } catch (PythonSyntaxError e) {
            outcome = e.oracleLine();
        } catch (CompilerRecursionError e) {
            outcome = e.displayLine();
        }
        assertEquals(c.compile(), outcome);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parseGivesCPythonsAnswer(HostileCase c) {
        String outcome;
        try {
            AstDump.dump(SourceParser.parse(c.source(), "<hostile>"));
            outcome = "ok";
        } catch (PythonSyntaxError e) {
            outcome = e.kind() + ": " + e.msg();
        } catch (CompilerRecursionError e) {
            outcome = e.displayLine();
        }
        assertEquals(c.parse(), outcome);
    }
}
