package dev.heapscope.language.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every file of python3's standard library: our symbol table, printed in the oracle's
 * format, must equal what CPython 3.11's symtable module gives for the same file. The tree
 * fed to our builder is CPython's own (via cpython_tables.py), so this measures the symbol
 * table alone, independent of our parser. Files CPython cannot parse are not counted.
 * Optional system property {@code heapscope.stdlib.limit} caps the number of files.
 */
class StdlibSymtableConformanceTest {

    @Test
    void everyStdlibFileMatchesCpython() throws Exception {
        assumeTrue(CpythonTables.python311Available(), "python3 is not CPython 3.11");
        List<Path> files = CpythonTables.stdlibFiles();
        String limit = System.getProperty("heapscope.stdlib.limit");
        if (limit != null) {
            files = files.subList(0, Math.min(files.size(), Integer.parseInt(limit)));
        }
        List<String> mismatches = new ArrayList<>();
        int[] counts = new int[2];
        CpythonTables.run(files, record -> {
            if (record.astJson() == null) {
                return;
            }
            counts[0]++;
            String actual = ourView(record);
            if (actual.equals(record.expected())) {
                counts[1]++;
            } else {
                mismatches.add(record.path() + "\n" + firstDifference(record.expected(), actual));
            }
        });
        System.out.printf("symtable: %d of %d stdlib files identical to CPython%n", counts[1], counts[0]);
        mismatches.stream().limit(20).forEach(System.out::println);
        assertEquals(List.of(), mismatches.stream().limit(20).toList(),
                (counts[0] - counts[1]) + " of " + counts[0] + " files differ");
    }

    private static String ourView(CpythonTables.Record record) {
        try {
            String source = new String(Files.readAllBytes(record.path()), StandardCharsets.UTF_8);
            Mod module = (Mod) CpythonAstReader.read(record.astJson());
            SymbolTable table = SymbolTable.build(module, record.path().toString(), source);
            return SymbolTablePrinter.print(table.module());
        } catch (PythonSyntaxError e) {
            return e.oracleLine() + "\n";
        } catch (IOException e) {
            return "cannot read: " + e + "\n";
        } catch (RuntimeException e) {
            return "crash: " + e + "\n";
        }
    }

    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end>";
            String g = i < got.length ? got[i] : "<end>";
            if (!w.equals(g)) {
                return "  line " + (i + 1) + "\n  expected: " + w + "\n  actual:   " + g;
            }
        }
        return "  (no line differs)";
    }
}
