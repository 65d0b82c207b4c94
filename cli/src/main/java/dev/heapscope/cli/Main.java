package dev.heapscope.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `heapscope` command: dispatches to one subcommand per tool. */
@Command(name = "heapscope",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Python 3.11's execution and memory model, made visible.",
        subcommands = {RunCommand.class, AstCommand.class, SymtableCommand.class, CompileCommand.class, LspCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Runnable {

    /** Exit status for command-line mistakes, as python3 uses for them. */
    static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed");
    }

    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int status = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line, writing to the given streams; returns the exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("run")) {
            int status = RunCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.in, out, err);
            if (status >= 0) {
                return status;
            }
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println("heapscope: " + oneLine(ex.getMessage()) + " (see 'heapscope --help')");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            throw ex;
        });
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommand() instanceof FileCommand command) {
                command.out = out;
                command.err = err;
            }
        }
        return cli.execute(args);
    }

    private static String oneLine(String message) {
        String line = message == null ? "bad command line" : message.strip();
        int newline = line.indexOf('\n');
        line = newline < 0 ? line : line.substring(0, newline);
        if (line.startsWith("Unmatched argument at index")) {
            int quote = line.indexOf('\'');
            if (quote >= 0) {
                return "unknown command or argument " + line.substring(quote);
            }
        }
        return line.substring(0, 1).toLowerCase() + line.substring(1);
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), false,
                StandardCharsets.UTF_8);
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"heapscope " + (version == null ? "(development build)" : version)
                    + ", Python 3.11 model, Java " + System.getProperty("java.version")};
        }
    }
}
