package dev.heapscope.language.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.parser.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The display of an uncaught SyntaxError against what CPython 3.11 printed for the same
 * file (recorded by language/tools/record_error_display.py).
 */
class SyntaxErrorDisplayTest {
    private static final Path CASES = Paths.get("src/test/resources/error-display");

    static Stream<Path> cases() throws IOException {
        return Files.list(CASES).filter(p -> p.toString().endsWith(".py")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesCPython(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String expected = Files.readString(CASES.resolve(name.replace(".py", ".stderr")), StandardCharsets.UTF_8);
        PythonSyntaxError error = compileError(source);
        assertNotNull(error, name + " should not compile");
        String[] lines = new String(source, StandardCharsets.UTF_8).split("\n", -1);
        String lineText = error.lineno() >= 1 && error.lineno() <= lines.length ? lines[error.lineno() - 1] : null;
        assertEquals(expected, SyntaxErrorDisplay.format(error, "<FILE>", lineText));
    }

    private static PythonSyntaxError compileError(byte[] source) {
        try {
            return CompileCheck.checkTree(SourceParser.parse(source, "<FILE>"), source, "<FILE>");
        } catch (PythonSyntaxError e) {
            return e;
        }
    }
}
