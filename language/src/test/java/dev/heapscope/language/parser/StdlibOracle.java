package dev.heapscope.language.parser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CPython 3.11 as the reference for whole-stdlib tests: lists the standard library's .py
 * files and runs src/test/resources/oracle/batch_oracle.py over them in one python3 process.
 */
public final class StdlibOracle {
    private StdlibOracle() {
    }

    /** The python3 version, e.g. "3.11", or null when python3 cannot be run. */
    public static String pythonVersion() {
        try {
            return run(List.of("python3", "-c", "import sys; print('%d.%d' % sys.version_info[:2])")).trim();
        } catch (IOException e) {
            return null;
        }
    }

    /** Every .py file of the standard library, site-packages left out, in a stable order. */
    public static List<Path> stdlibFiles() throws IOException {
        Path root = Paths.get(run(List.of("python3", "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])")).trim());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** The directory holding cpython_oracle.py's parent, from -Dheapscope.shared. */
    public static Path sharedDir() {
        String shared = System.getProperty("heapscope.shared");
        if (shared != null) {
            return Paths.get(shared);
        }
        // Default: ../shared beside the repository root (the module runs in language/).
        Path here = Paths.get("").toAbsolutePath();
        Path root = Files.exists(here.resolve("language")) ? here : here.getParent();
        return root.resolveSibling("shared");
    }

    /**
     * Runs the oracle in {@code mode} (ast, symtable, compile) over {@code files}; entry i
     * is CPython's output for file i, or null when CPython rejects the file.
     */
    public static List<String> run(String mode, List<Path> files) throws IOException {
        Path out = Files.createTempDirectory("heapscope-oracle-" + mode);
        try {
            Path script = Paths.get("src/test/resources/oracle/batch_oracle.py");
            if (!Files.exists(script)) {
                script = Paths.get("language/src/test/resources/oracle/batch_oracle.py");
            }
            ProcessBuilder builder = new ProcessBuilder("python3", script.toString(), mode,
                    sharedDir().toString(), out.toString());
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                StringBuilder paths = new StringBuilder();
                for (Path p : files) {
                    paths.append(p).append('\n');
                }
                stdin.write(paths.toString().getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("batch_oracle.py failed");
            }
            List<String> results = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                Path result = out.resolve(i + ".out");
                results.add(Files.exists(result) ? Files.readString(result, StandardCharsets.UTF_8) : null);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            try (Stream<Path> left = Files.list(out)) {
                for (Path p : (Iterable<Path>) left::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(out);
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return output;
    }
}
