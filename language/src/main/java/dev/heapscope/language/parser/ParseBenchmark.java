package dev.heapscope.language.parser;

import com.sun.management.OperatingSystemMXBean;
import dev.heapscope.language.errors.PythonSyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Heapscope's side of bench/parse (a benchmark, not a test): warm parse-to-AST throughput
 * over a standard library, in the same terms as bench/parse_cpython.py. Every file is read
 * once; each pass parses them all; the best pass counts. Files our parser rejects are left
 * out, as CPython's side leaves out the files CPython rejects.
 *
 * <p>A pass is timed in CPU time of the parsing thread, as parse_cpython.py times CPython's
 * passes with time.thread_time: the machine is shared, and wall time would count the time
 * other processes hold the cores. The JVM's compiler and collector threads are not in that
 * figure, so the process CPU time of the best pass is printed next to it.
 *
 * <p>Prints 'heapscope-parse lines=N files=F seconds=S lines_per_second=R process_cpu_seconds=P
 * wall_seconds=W', then how many files needed the full-LL second stage after SLL prediction
 * failed.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ParseBenchmark STDLIB_DIR [PASSES]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<Path> paths = pythonFiles(root);
        List<byte[]> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long lines = 0;
        for (Path path : paths) {
            byte[] source = Files.readAllBytes(path);
            try {
                SourceParser.parse(source, path.toString());
            } catch (PythonSyntaxError e) {
                continue;
            }
            sources.add(source);
            names.add(path.toString());
            lines += lineCount(source);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        double best = Double.MAX_VALUE;
        double bestProcess = 0;
        double bestWall = 0;
        for (int pass = 0; pass < passes; pass++) {
            long wallStart = System.nanoTime();
            long processStart = os.getProcessCpuTime();
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < sources.size(); i++) {
                try {
                    SourceParser.parse(sources.get(i), names.get(i));
                } catch (PythonSyntaxError e) {
                    throw new IllegalStateException(names.get(i) + " parsed once and then failed", e);
                }
            }
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            if (seconds < best) {
                best = seconds;
                bestProcess = (os.getProcessCpuTime() - processStart) / 1e9;
                bestWall = (System.nanoTime() - wallStart) / 1e9;
            }
        }
        System.out.printf("heapscope-parse lines=%d files=%d seconds=%.3f lines_per_second=%.0f"
                + " process_cpu_seconds=%.3f wall_seconds=%.3f%n", lines, sources.size(), best, lines / best,
                bestProcess, bestWall);
        System.out.printf("heapscope-parse sll_failures=%d of %d files%n", sllFailures(sources, names),
                sources.size());
    }

    /** Every .py file under the root outside site-packages, in a stable order. */
    private static List<Path> pythonFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Lines as parse_cpython.py counts them: newlines, plus an unterminated last line. */
    private static long lineCount(byte[] source) {
        long n = 0;
        for (byte b : source) {
            if (b == '\n') {
                n++;
            }
        }
        return source.length > 0 && source[source.length - 1] != '\n' ? n + 1 : n;
    }

    /** How many files the first stage (SLL prediction) cannot parse alone. */
    private static int sllFailures(List<byte[]> sources, List<String> names) {
        int failures = 0;
        for (int i = 0; i < sources.size(); i++) {
            String text;
            try {
                text = SourceDecoder.decode(sources.get(i), names.get(i));
            } catch (PythonSyntaxError e) {
                continue;
            }
            Python311Lexer lexer = new Python311Lexer(CharStreams.fromString(text, names.get(i)));
            lexer.removeErrorListeners();
            lexer.setSource(new SourceText(text), names.get(i));
            CommonTokenStream tokens = new CommonTokenStream(lexer);
            tokens.fill();
            TokenPass.markSoftKeywords(tokens.getTokens());
            Python311Parser parser = new Python311Parser(tokens);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                parser.file_input();
            } catch (ParseCancellationException e) {
                failures++;
            }
        }
        return failures;
    }
}
