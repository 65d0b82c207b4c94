package dev.heapscope.cli;

import dev.heapscope.language.errors.CompilerRecursionError;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.SyntaxErrorDisplay;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/** A subcommand that reads one Python source file, reporting unreadable files as python3 does. */
abstract class FileCommand implements Callable<Integer> {
    PrintStream out = System.out;
    PrintStream err = System.err;

    @Parameters(index = "0", paramLabel = "FILE", description = "a Python source file")
    Path file;

    @Override
    public final Integer call() {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] source;
        try {
            if (Files.isDirectory(absolute)) {
                return cannotOpen(absolute, "[Errno 21] Is a directory");
            }
            source = Files.readAllBytes(absolute);
        } catch (NoSuchFileException e) {
            return cannotOpen(absolute, "[Errno 2] No such file or directory");
        } catch (AccessDeniedException e) {
            return cannotOpen(absolute, "[Errno 13] Permission denied");
        } catch (IOException e) {
            return cannotOpen(absolute, e.getMessage());
        }
        try {
            return process(source, file.toString());
        } catch (PythonSyntaxError e) {
            // The oracle's traceback names the file as it was given.
            err.print(SyntaxErrorDisplay.format(e, file.toString(), lineOf(source, e.lineno())));
            return 1;
        } catch (CompilerRecursionError e) {
            // python3 prints a traceback ending in this line; there is no Python frame to show.
            err.println(e.displayLine());
            return 1;
        }
    }

    /** Handles a readable file; {@code filename} is the name as given on the command line. */
    abstract int process(byte[] source, String filename) throws PythonSyntaxError;

    private int cannotOpen(Path path, String reason) {
        err.println("heapscope: can't open file '" + path + "': " + reason);
        return Main.USAGE_ERROR;
    }

    /** The text of 1-based line {@code lineno}, for errors that carry no text of their own. */
    private static String lineOf(byte[] source, int lineno) {
        String text = new String(source, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n|\r|\n", -1);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
    }
}
