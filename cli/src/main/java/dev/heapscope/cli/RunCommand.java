package dev.heapscope.cli;

import dev.heapscope.interpreter.runtime.Interpreter;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code heapscope run FILE [ARGS...]} and {@code heapscope run -c CODE [ARGS...]}: runs a
 * program as python3 does. Everything after FILE (or CODE) belongs to the program, options
 * included, so {@link Main} hands the raw arguments here before picocli parses them.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a Python program as python3 FILE [ARGS] does: same output, tracebacks and exit status.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE [ARGS...]", description = "the program and its arguments, or -c CODE [ARGS...]")
    List<String> program;

    @Override
    public Integer call() {
        return 0;
    }

    /** Runs with the raw arguments that followed "run". */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("heapscope run: a FILE or -c CODE is needed (see 'heapscope run --help')");
            return Main.USAGE_ERROR;
        }
        if (args[0].equals("-h") || args[0].equals("--help")) {
            return -1;
        }
        if (args[0].equals("-c")) {
            if (args.length < 2) {
                err.println("heapscope run: argument expected for the -c option");
                return Main.USAGE_ERROR;
            }
            return Interpreter.runCommand(args[1], Arrays.asList(args).subList(2, args.length), in, out, err);
        }
        if (args[0].startsWith("-") && !args[0].equals("-")) {
            err.println("heapscope run: unknown option " + args[0] + " (see 'heapscope run --help')");
            return Main.USAGE_ERROR;
        }
        return Interpreter.runFile(Path.of(args[0]), Arrays.asList(args).subList(1, args.length), in, out, err);
    }
}
