package dev.heapscope.language.literals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.heapscope.language.ast.AstDump;
import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.ExprContext;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every string atom and number of CPython 3.11's standard library, built by StringAtoms and
 * NumberLiterals and compared with CPython's own node or value (language/tools/dump_string_atoms.py records them live).
 * Replacement-field expressions are compared by position only, through a placeholder.
 *
 * <p>Takes a minute of python3 time, so it runs only when asked:
 * {@code mvn -B -q -pl language test -Dtest=StdlibStringAtomsTest -Dheapscope.stdlib=true}
 * ({@code -Dheapscope.atoms=FILE} reuses a dump made earlier). Every mismatch is written to
 * target/stdlib-atoms-mismatches.txt.
 */
class StdlibStringAtomsTest {

    /**
     * Stands in for the parser: returns Name('<expr>') located where the real parser would
     * put the expression's node, from the position StringAtoms hands over.
     */
    private static final class PlaceholderParser implements ExpressionParser {
        @Override
        public String filename() {
            return "stdlib";
        }

        @Override
        public Expr parseFStringExpression(String text, int lineno, int colOffset) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            int start = 1;
            int end = b.length - 1;
            // A parenthesized group is its inner expression, unless it is a tuple or a generator.
            while (true) {
                start = skipSpace(b, start, end);
                end = skipSpaceBack(b, start, end);
                if (end - start >= 2 && b[start] == '(' && matching(b, start) == end - 1
                        && !isTupleOrGenerator(b, start + 1, end - 1)) {
                    start++;
                    end--;
                    continue;
                }
                break;
            }
            if (isTupleOrGenerator(b, start, end)) {
                start = 0;
                end = b.length;
            }
            int[] from = position(b, start, lineno, colOffset);
            int[] to = position(b, end, lineno, colOffset);
            return new Expr.Name("<expr>", ExprContext.Load, from[0], from[1], to[0], to[1]);
        }

        private static int skipSpace(byte[] b, int i, int end) {
            while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\f')) {
                i++;
            }
            return i;
        }

        private static int skipSpaceBack(byte[] b, int start, int end) {
            while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t' || b[end - 1] == '\n'
                    || b[end - 1] == '\f')) {
                end--;
            }
            return end;
        }

        /** Index of the bracket closing the one at {@code open}, skipping strings. */
        private static int matching(byte[] b, int open) {
            int depth = 0;
            for (int i = open; i < b.length; i++) {
                int c = b[i];
                if (c == '\'' || c == '"') {
                    i = stringEnd(b, i) - 1;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (--depth == 0) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private static int stringEnd(byte[] b, int i) {
            byte q = b[i];
            boolean triple = i + 2 < b.length && b[i + 1] == q && b[i + 2] == q;
            i += triple ? 3 : 1;
            while (i < b.length) {
                if (b[i] == q && (!triple || i + 2 < b.length && b[i + 1] == q && b[i + 2] == q)) {
                    return i + (triple ? 3 : 1);
                }
                i++;
            }
            return i;
        }

        /** Whether {@code [start, end)} has a comma or a 'for' outside brackets and strings. */
        private static boolean isTupleOrGenerator(byte[] b, int start, int end) {
            int depth = 0;
            for (int i = start; i < end; i++) {
                int c = b[i];
                if (c == '\'' || c == '"') {
                    i = stringEnd(b, i) - 1;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (depth == 0 && c == ',') {
                    return true;
                } else if (depth == 0 && c == 'f' && i + 3 < end && b[i + 1] == 'o' && b[i + 2] == 'r'
                        && b[i + 3] == ' ' && i > start && b[i - 1] == ' ') {
                    return true;
                }
            }
            return false;
        }

        /** Line and column of byte {@code i} of the text, shifted as ExpressionParser specifies. */
        private static int[] position(byte[] b, int i, int lineno, int colOffset) {
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < i; k++) {
                if (b[k] == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            int col = i - lineStart;
            return new int[] {line + lineno - 1, line == 1 ? col + colOffset : col};
        }
    }

    @Test
    void everyStdlibAtomMatchesCPython() throws IOException, InterruptedException {
        Path atoms;
        String given = System.getProperty("heapscope.atoms");
        if (given != null) {
            atoms = Path.of(given);
        } else {
            assumeTrue(Boolean.getBoolean("heapscope.stdlib"), "set -Dheapscope.stdlib=true to run");
            atoms = Files.createTempFile("stdlib-atoms", ".txt");
            Process python = new ProcessBuilder("python3", Path.of("tools", "dump_string_atoms.py").toString(),
                atoms.toString()).inheritIO().start();
            assumeTrue(python.waitFor(10, TimeUnit.MINUTES) && python.exitValue() == 0, "python3 3.11 is needed");
        }
        List<String> mismatches = new ArrayList<>();
        int total = 0;
        String file = null;
        List<StringToken> tokens = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(atoms, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(" ", 6);
                switch (f[0]) {
                    case "file" -> file = line.substring(5);
                    case "num" -> {
                        total++;
                        String token = Json.string(f[1]);
                        String actual = NumberLiterals.parse(token).repr();
                        if (!actual.equals(f[2])) {
                            mismatches.add(file + ": number " + token + " expected " + f[2] + " actual " + actual);
                        }
                    }
                    case "tok" -> tokens.add(new StringToken(Json.string(f[5]), Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                    case "ast" -> {
                        total++;
                        String actual;
                        try {
                            actual = "ast " + AstDump.dump(StringAtoms.build(tokens, new PlaceholderParser()));
                        } catch (PythonSyntaxError e) {
                            actual = "error " + e.oracleLine();
                        }
                        if (!actual.equals(line)) {
                            mismatches.add(file + ":" + tokens.get(0).lineno() + "\n  expected " + line
                                + "\n  actual   " + actual);
                        }
                        tokens = new ArrayList<>();
                    }
                    default -> throw new IllegalStateException("unexpected line: " + line);
                }
            }
        }
        Files.write(Path.of("target", "stdlib-atoms-mismatches.txt"), mismatches, StandardCharsets.UTF_8);
        assertEquals(List.of(), mismatches.subList(0, Math.min(10, mismatches.size())),
            mismatches.size() + " of " + total + " atoms and numbers differ");
    }
}
