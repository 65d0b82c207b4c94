package dev.heapscope.language.symtable;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code cpython_tables.py} (one python3 process for any number of files) and hands
 * each file's record to a consumer: CPython's tree as JSON, and what the oracle prints for
 * its symbol table (or the SyntaxError line). Test support only.
 */
final class CpythonTables {
    /** One file as CPython sees it; {@code astJson} is null when CPython cannot parse it. */
    record Record(Path path, String astJson, String expected) {
    }

    static Path shared() {
        String configured = System.getProperty("heapscope.shared");
        if (configured != null) {
            return Paths.get(configured);
        }
        return Paths.get("..", "..", "shared").toAbsolutePath().normalize();
    }

    static Path script() {
        return Paths.get("src", "test", "resources", "symtable", "cpython_tables.py").toAbsolutePath();
    }

    static boolean python311Available() {
        try {
            Process process = new ProcessBuilder("python3", "-c",
                    "import sys; print(sys.version_info[:2] == (3, 11))").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 && out.equals("True");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Path stdlib() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("python3", "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return Paths.get(out);
    }

    /** Every .py file of the standard library outside site-packages, sorted. */
    static List<Path> stdlibFiles() throws IOException, InterruptedException {
        Path root = stdlib();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    static void run(List<Path> files, Consumer<Record> consumer) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("python3", script().toString());
        builder.environment().put("HEAPSCOPE_SHARED", shared().toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        Thread feeder = new Thread(() -> {
            try (BufferedWriter in = new BufferedWriter(
                    new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8))) {
                for (Path file : files) {
                    in.write(file.toString());
                    in.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        feeder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            Path path = null;
            String ast = null;
            StringBuilder expected = new StringBuilder();
            while ((line = out.readLine()) != null) {
                if (line.startsWith("### FILE ")) {
                    path = Paths.get(line.substring(9));
                    ast = null;
                    expected.setLength(0);
                } else if (line.startsWith("### AST ")) {
                    String json = line.substring(8);
                    ast = json.equals("-") ? null : json;
                } else if (line.equals("### END")) {
                    consumer.accept(new Record(path, ast, expected.toString()));
                } else {
                    expected.append(line).append('\n');
                }
            }
        }
        feeder.join();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("cpython_tables.py failed");
        }
    }
}
