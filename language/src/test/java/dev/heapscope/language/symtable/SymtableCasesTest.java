package dev.heapscope.language.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.heapscope.language.ast.Expr;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases recorded from CPython 3.11 by language/tools/record_symtable_cases.py: each
 * case's tree (CPython's own, so the parser is not under test here) must give the table
 * CPython's symtable module gives, or the same SyntaxError; and the parameters of each
 * function code object CPython makes must be those of one of our function blocks, in the
 * order of its co_varnames.
 */
class SymtableCasesTest {
    private static final Path CASES = Paths.get("src", "test", "resources", "symtable", "cases");

    @TestFactory
    Stream<DynamicTest> tablesAndErrorsMatchCpython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : caseSources()) {
            String name = caseName(source);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String expected = read(CASES.resolve(name + ".expected"));
                assertEquals(expected, ourView(source));
            }));
        }
        assertFalse(tests.isEmpty(), "no recorded cases in " + CASES.toAbsolutePath());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> parametersInFrameSlotOrder() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : caseSources()) {
            String name = caseName(source);
            Path params = CASES.resolve(name + ".params");
            if (!Files.exists(params)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(name, () -> {
                SymbolTable table = build(source);
                List<String> ours = new ArrayList<>();
                functions(table.module(), ours);
                // Every code object CPython made must match one of our function blocks. Not
                // the converse: annotations inside a function body get symbol tables but
                // are never compiled, so lambdas there have no code object.
                for (String line : read(params).split("\n")) {
                    if (!line.isEmpty() && !ours.remove(line)) {
                        fail("no function block with parameters \"" + line + "\"; ours: " + ours);
                    }
                }
            }));
        }
        return tests.stream();
    }

    /** One line per function block, named as CPython names its code object. */
    private static void functions(Scope scope, List<String> out) {
        for (Scope child : scope.children()) {
            if (child.type() == ScopeType.FUNCTION) {
                String name = child.comprehension() != null || child.node() instanceof Expr.Lambda
                        ? "<" + child.name() + ">" : child.name();
                StringBuilder line = new StringBuilder(name).append(' ').append(firstLine(child)).append(':');
                for (String parameter : child.parameters()) {
                    line.append(' ').append(parameter);
                }
                out.add(line.toString());
            }
            functions(child, out);
        }
    }

    /** A code object's first line is its first decorator's line, if it has decorators. */
    private static int firstLine(Scope function) {
        if (function.node() instanceof Stmt.FunctionDef def && !def.decoratorList.isEmpty()) {
            return def.decoratorList.get(0).lineno;
        }
        if (function.node() instanceof Stmt.AsyncFunctionDef def && !def.decoratorList.isEmpty()) {
            return def.decoratorList.get(0).lineno;
        }
        return function.lineno();
    }

    static List<Path> caseSources() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static String caseName(Path source) {
        String file = source.getFileName().toString();
        return file.substring(0, file.length() - 3);
    }

    static SymbolTable build(Path source) throws IOException, PythonSyntaxError {
        String name = caseName(source);
        Mod module = (Mod) CpythonAstReader.read(read(CASES.resolve(name + ".ast.json")).trim());
        return SymbolTable.build(module, source.getFileName().toString(), read(source));
    }

    private static String ourView(Path source) throws IOException {
        try {
            return SymbolTablePrinter.print(build(source).module());
        } catch (PythonSyntaxError e) {
            return e.oracleLine() + "\n";
        }
    }

    static String read(Path path) throws IOException {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    }
}
