package dev.heapscope.language.literals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.heapscope.language.ast.AstDump;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Builds the string atom of every snippet recorded by language/tools/record_literal_cases.py
 * and compares it with CPython 3.11's ast.dump of the same atom, or with the SyntaxError
 * CPython's compile() raised, and the invalid-escape warnings with CPython's.
 * {@code -Dheapscope.literalCases=FILE} reads another recorded corpus instead (fuzzing).
 */
class LiteralCasesTest {

    /** One recorded snippet: its atom's STRING tokens, the token after it, and CPython's verdict. */
    private record Case(String name, String source, List<StringToken> tokens, int[] next, String expected) {
    }

    static String resource(String path) throws IOException {
        try (InputStream in = LiteralCasesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        String name = null;
        String source = null;
        List<StringToken> tokens = new ArrayList<>();
        int[] next = null;
        StringBuilder expected = new StringBuilder();
        String given = System.getProperty("heapscope.literalCases");
        String text = given != null ? Files.readString(Path.of(given)) : resource("/literals/cases.txt");
        for (String line : text.split("\n")) {
            String[] f = line.split(" ", 6);
            switch (f[0]) {
                case "case" -> {
                    name = "case " + f[1];
                    tokens = new ArrayList<>();
                    expected.setLength(0);
                }
                case "warn" -> expected.append(line).append('\n');
                case "src" -> source = Json.string(line.substring(4));
                case "tok" -> tokens.add(new StringToken(Json.string(f[5]), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                case "next" -> next = new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), Integer.parseInt(f[4])};
                case "ast", "error" -> cases.add(new Case(name + ": " + source.strip(), source, tokens, next,
                    expected + line));
                default -> throw new IllegalStateException("unexpected line in cases.txt: " + line);
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> atomsMatchCPython() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name, () -> {
            String actual;
            MiniExpressionParser parser = new MiniExpressionParser(c.next, new ArrayList<>());
            try {
                Expr node = StringAtoms.build(c.tokens, parser);
                actual = "ast " + AstDump.dump(node);
            } catch (PythonSyntaxError e) {
                actual = "error " + e.oracleLine();
            }
            actual = String.join("", parser.warnings.stream().map(w -> w + "\n").toList()) + actual;
            assertEquals(c.expected, actual, c.source);
        }));
    }

    @TestFactory
    Stream<DynamicTest> numbersMatchCPython() throws IOException {
        return Stream.of(resource("/literals/numbers.txt").split("\n")).map(line -> {
            int split = line.indexOf('\t');
            String token = Json.string(line.substring(0, split));
            String expected = line.substring(split + 1);
            return DynamicTest.dynamicTest(token.length() > 40 ? token.substring(0, 40) + "..." : token, () -> {
                String limit = NumberLiterals.digitLimitMessage(token);
                if (expected.startsWith("error ")) {
                    assertEquals(expected, "error " + limit);
                } else {
                    assertEquals(null, limit);
                    assertEquals(expected, NumberLiterals.parse(token).repr());
                }
            });
        });
    }
}
