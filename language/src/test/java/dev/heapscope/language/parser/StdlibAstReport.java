package dev.heapscope.language.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Development aid: compares against oracle output already on disk, so that iterating on
 * the parser does not re-run CPython each time.
 *
 * <p>Usage: {@code StdlibAstReport FILE_LIST ORACLE_DIR [N]}, where ORACLE_DIR was written by
 * {@code batch_oracle.py ast SHARED ORACLE_DIR < FILE_LIST}. Prints the count of identical
 * files and the first N mismatches.
 */
public final class StdlibAstReport {
    private StdlibAstReport() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(args[0]))) {
            if (!line.isEmpty()) {
                files.add(Paths.get(line));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path out = Paths.get(args[1], i + ".out");
            expected.add(Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : null);
        }
        int show = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long start = System.nanoTime();
        List<StdlibAstConformanceTest.Mismatch> mismatches = StdlibAstConformanceTest.compare(files, expected);
        long ms = (System.nanoTime() - start) / 1_000_000;
        long compared = expected.stream().filter(e -> e != null).count();
        System.out.println((compared - mismatches.size()) + " of " + compared + " identical (" + ms + " ms)");
        mismatches.stream().limit(show).forEach(m -> System.out.println(StdlibAstConformanceTest.describe(m)));
    }
}
