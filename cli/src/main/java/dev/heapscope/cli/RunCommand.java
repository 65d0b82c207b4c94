package dev.heapscope.cli;

import dev.heapscope.interpreter.runtime.Interpreter;
import dev.heapscope.interpreter.runtime.RefcountAudit;
import dev.heapscope.interpreter.runtime.RunOptions;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code heapscope run [OPTIONS] FILE [ARGS...]} and {@code heapscope run [OPTIONS] -c CODE
 * [ARGS...]}: runs a program as python3 does. As with python3, Heapscope's options come
 * before FILE (or -c CODE) and everything after it belongs to the program, options
 * included, so {@link Main} hands the raw arguments here: the options before the program
 * are parsed by picocli, the rest is passed on untouched.
 */
@Command(name = "run", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = "Run a Python program as python3 FILE [ARGS] does: same output, tracebacks and exit status.",
        footer = {"",
            "Options go before FILE; everything after FILE (or -c CODE) is the program's.",
            "",
            "--trace-gc: one line on stderr per collection, once it has finished:",
            "  heapscope gc: generation 0, counts before 701 3 0, collected 12, uncollectable 0, 0.052 ms",
            "  the generation collected, gc.get_count() as the collection began, the objects",
            "  it freed, those it found uncollectable, and its time (gc.callbacks excluded).",
            "",
            "--memory-report: a table on stderr at exit: objects allocated, freed by",
            "  reference counting and by the collector, alive at exit; peak live objects;",
            "  peak bytes in pymalloc blocks; collections of each generation; arenas and",
            "  pools in use; the survivors by type.",
            "",
            "--audit-refs: recounts every reference from the roots and all live objects",
            "  at exit, and after each collection (over-releases only then: the program",
            "  still runs). Each object whose refcount differs is reported on stderr with",
            "  its type, id, both counts and its holders; the exit status is then 1 (or",
            "  the program's own if that is not 0)."})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--trace-gc", description = "one line on stderr per collection (see below)")
    boolean traceGc;

    @Option(names = "--memory-report", description = "a table of the run's allocations and collections on stderr at exit")
    boolean memoryReport;

    @Option(names = "--audit-refs", description = "recount every reference at exit and after each collection; "
            + "report each refcount that differs")
    boolean auditRefs;

    @Option(names = "-c", paramLabel = "CODE", description = "run CODE instead of a file")
    String code;

    @Parameters(paramLabel = "FILE [ARGS...]", arity = "0..*", description = "the program and its arguments")
    List<String> program;

    @Override
    public Integer call() {
        return 0;
    }

    /**
     * Runs with the raw arguments that followed "run"; returns the exit status, or -1 when
     * help was asked for (Main's picocli prints it).
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        // Heapscope's options are the leading arguments up to the program: FILE, "-" or -c.
        int first = 0;
        while (first < args.length && args[first].startsWith("-") && !args[first].equals("-")
                && !args[first].startsWith("-c")) {
            first++;
        }
        RunCommand options = new RunCommand();
        if (!onlyKnownFlags(args, first, options)) {
            CommandLine cli = new CommandLine(options);
            try {
                cli.parseArgs(Arrays.copyOfRange(args, 0, first));
            } catch (CommandLine.ParameterException e) {
                String message = e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                        ? "unknown option " + u.getUnmatched().get(0) : e.getMessage();
                err.println("heapscope run: " + message + " (see 'heapscope run --help')");
                return Main.USAGE_ERROR;
            }
            if (cli.isUsageHelpRequested() || cli.isVersionHelpRequested()) {
                return -1;
            }
        }
        RunOptions runOptions = new RunOptions(options.traceGc, options.memoryReport,
                options.auditRefs ? new RefcountAudit(true) : null);
        if (first == args.length) {
            err.println("heapscope run: a FILE or -c CODE is needed (see 'heapscope run --help')");
            return Main.USAGE_ERROR;
        }
        if (args[first].startsWith("-c")) {
            // -c CODE, or -cCODE as python3 also accepts.
            String source = args[first].length() > 2 ? args[first].substring(2) : null;
            int rest = first + 1;
            if (source == null) {
                if (rest == args.length) {
                    err.println("heapscope run: argument expected for the -c option");
                    return Main.USAGE_ERROR;
                }
                source = args[rest++];
            }
            return Interpreter.runCommand(source, Arrays.asList(args).subList(rest, args.length), in, out, err,
                    runOptions);
        }
        return Interpreter.runFile(Path.of(args[first]), Arrays.asList(args).subList(first + 1, args.length), in, out,
                err, runOptions);
    }

    /**
     * Sets the options when each of the leading {@code count} arguments is exactly one of the
     * three flags; false (options untouched) for anything else, which picocli then parses,
     * with its help, version and error messages. picocli's classes are Java 5 class files,
     * which class-data sharing cannot archive, and building its command model costs about a
     * third of a hello-world run, so the common command lines go without it.
     */
    private static boolean onlyKnownFlags(String[] args, int count, RunCommand options) {
        for (int i = 0; i < count; i++) {
            switch (args[i]) {
                case "--trace-gc", "--memory-report", "--audit-refs" -> { }
                default -> {
                    return false;
                }
            }
            // A repeated flag is picocli's to reject.
            for (int j = 0; j < i; j++) {
                if (args[j].equals(args[i])) {
                    return false;
                }
            }
        }
        for (int i = 0; i < count; i++) {
            switch (args[i]) {
                case "--trace-gc" -> options.traceGc = true;
                case "--memory-report" -> options.memoryReport = true;
                default -> options.auditRefs = true;
            }
        }
        return true;
    }
}
