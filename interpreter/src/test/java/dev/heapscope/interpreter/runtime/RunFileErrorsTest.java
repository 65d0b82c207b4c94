package dev.heapscope.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `heapscope run` reports, as python3 does, when the program cannot be run or runs from -c. */
class RunFileErrorsTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run runFile(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Interpreter.runFile(file, List.of(), new ByteArrayInputStream(new byte[0]), out, err);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingFileIsStatusTwo() {
        Path missing = dir.resolve("absent.py");
        Run r = runFile(missing);
        assertEquals(2, r.status());
        assertEquals("heapscope: can't open file '" + missing.toAbsolutePath().normalize()
                + "': [Errno 2] No such file or directory\n", r.err());
    }

    @Test
    void directoryWithoutMainIsStatusOne() {
        Run r = runFile(dir);
        assertEquals(1, r.status());
        assertEquals("heapscope: can't find '__main__' module in '" + dir + "'\n", r.err());
    }

    @Test
    void commandRunsAsStringFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Interpreter.runCommand("import sys\nprint(sys.argv)\n1/0", List.of("a"),
                new ByteArrayInputStream(new byte[0]), out, err);
        assertEquals(1, status);
        assertEquals("['-c', 'a']\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n"
                + "ZeroDivisionError: division by zero\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void systemExitWithMessage() throws Exception {
        Path p = dir.resolve("exit.py");
        Files.writeString(p, "import sys\nsys.exit('bye')\n");
        Run r = runFile(p);
        assertEquals(1, r.status());
        assertEquals("bye\n", r.err());
    }
}
