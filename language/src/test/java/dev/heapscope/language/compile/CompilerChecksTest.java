package dev.heapscope.language.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stages after parsing (future statements, symbol table, compiler) on CPython's own
 * tree of every corpus case that CPython parses, compared with what CPython's compile()
 * said. Independent of our parser: a mismatch here is a compiler-stage (or symbol table) bug.
 */
class CompilerChecksTest {

    @Test
    void compilerStageMatchesCpythonOnCpythonTrees() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (CorpusCase c : CorpusCase.all()) {
            if (c.astDump() == null) {
                continue;
            }
            checked++;
            Mod.Module module = (Mod.Module) AstDumpReader.read(c.astDump());
            PythonSyntaxError error = CompileCheck.checkTree(module, c.source(), c.filename());
            String actual = error == null ? "ok" : error.oracleLine();
            if (!actual.equals(c.expected())) {
                mismatches.add(c.name() + "\n    expected: " + c.expected() + "\n    actual:   " + actual);
            }
        }
        assertTrue(checked >= 200, "the corpus should hold at least 200 compiler-stage cases, found " + checked);
        assertEquals("", String.join("\n", mismatches),
                mismatches.size() + " of " + checked + " compiler-stage cases differ from CPython");
    }
}
