package dev.heapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Tracing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** heapscope run --trace-gc, --memory-report and --audit-refs, driven through Main as the shell does. */
class RunMemoryFlagsTest {
    @TempDir
    Path dir;

    /** Two collections, each of one cycle of an instance and a list; automatic collection off. */
    private static final String TWO_CYCLES = String.join("\n",
            "import gc",
            "gc.disable()",
            "class Node: pass",
            "for i in range(2):",
            "    n = Node(); n.items = [n]; del n",
            "    print(gc.collect())",
            "");

    private record Run(int status, String out, String err) {
    }

    private Run run(String source, String... options) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source);
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(options));
        args.add(file.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void traceGcWritesOneLinePerCollection() throws IOException {
        Run r = run(TWO_CYCLES, "--trace-gc");
        assertEquals(0, r.status);
        assertEquals("2\n2\n", r.out);
        Pattern line = Pattern.compile(
                "heapscope gc: generation 2, counts before (\\d+) 0 0, collected 2, uncollectable 0, \\d+\\.\\d{3} ms");
        String[] lines = r.err.split("\n");
        assertEquals(2, lines.length, r.err);
        for (String l : lines) {
            Matcher m = line.matcher(l);
            assertTrue(m.matches(), l);
        }
    }

    @Test
    void traceGcShowsAutomaticCollectionsOfGenerationZero() throws IOException {
        Run r = run("x = [[] for i in range(1500)]\n", "--trace-gc");
        assertEquals(0, r.status);
        assertTrue(r.err.startsWith("heapscope gc: generation 0, counts before 701 0 0, collected 0, uncollectable 0, "),
                r.err);
        assertEquals(2, r.err.lines().filter(l -> l.startsWith("heapscope gc: generation 0,")).count(), r.err);
    }

    @Test
    void memoryReportCountsAllocationsFreesCollectionsAndSurvivors() throws IOException {
        String source = TWO_CYCLES + "keep = Node(); keep.me = keep; del keep\n";
        Run r = run(source, "--memory-report");
        assertEquals(0, r.status);
        assertEquals("2\n2\n", r.out);
        long allocated = figure(r.err, "objects allocated");
        long byRefcount = figure(r.err, "freed by reference counting");
        long byCollector = figure(r.err, "freed by the collector");
        long alive = figure(r.err, "alive at exit");
        assertEquals(allocated, byRefcount + byCollector + alive, r.err);
        // Each collection freed one Node and its list (and whatever the Node's attributes need).
        assertTrue(byCollector >= 4, r.err);
        assertEquals(0, figure(r.err, "collections of generation 0"));
        assertEquals(2, figure(r.err, "collections of generation 2"));
        assertEquals(1, figure(r.err, "arenas in use"));
        assertTrue(figure(r.err, "pools in use") > 0, r.err);
        assertTrue(figure(r.err, "peak live objects") >= alive, r.err);
        // The Node left in a cycle with the collector disabled survives, and is listed by type.
        assertEquals(1, figure(r.err, "__main__.Node"), r.err);
        // The table is aligned: every figure ends in the same column.
        List<String> rows = r.err.lines().filter(l -> l.matches("\\s+\\S.*\\s\\d+")).toList();
        assertTrue(rows.size() > 10, r.err);
        assertEquals(1, rows.stream().map(String::length).distinct().count(), r.err);
    }

    @Test
    void auditRefsFindsNothingInACorrectRun() throws IOException {
        Run r = run(TWO_CYCLES, "--audit-refs");
        assertEquals(0, r.status, r.err);
        assertEquals("heapscope audit: 3 audits, every refcount matches the references found\n", r.err);
    }

    @Test
    void auditRefsReportsALeakWithItsHoldersAndFails() throws IOException {
        // A reference taken behind the program's back (as a refcount bug would) at line 3.
        Tracing.attach(new Tracing.Listener() {
            @Override
            public void line(Frame frame, int lineno) {
                if (lineno == 3) {
                    PyObject victim = frame.globals.getStr(Types.intern("victim"));
                    Heap.incref(victim);
                }
            }
        });
        Run r;
        try {
            r = run("victim = [1, 2]\nholder = {'v': victim}\npass\n", "--audit-refs");
        } finally {
            Tracing.attach(null);
        }
        assertEquals(1, r.status, r.err);
        String first = r.err.lines().findFirst().orElse("");
        assertTrue(first.matches("heapscope audit: at exit: <list at 0x[0-9a-f]+>: refcount 3, references found 2 "
                + "\\(leaked\\); held by <dict at 0x[0-9a-f]+>, <dict at 0x[0-9a-f]+>"), first);
        assertTrue(r.err.endsWith("heapscope audit: 1 audit, 1 refcount differs from the references found\n"), r.err);
    }

    @Test
    void theFlagsComeBeforeTheFileAndTheRestIsTheProgramsArguments() throws IOException {
        Path file = dir.resolve("argv.py");
        Files.writeString(file, "import sys\nprint(sys.argv[1:])\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(new String[] {"run", "--audit-refs", file.toString(), "--trace-gc", "-c"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("['--trace-gc', '-c']\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOptionIsOneLineAndStatusTwo() throws IOException {
        Run r = run("print(1)\n", "--trace-gcc");
        assertEquals(2, r.status);
        assertEquals("heapscope run: unknown option --trace-gcc (see 'heapscope run --help')\n", r.err);
        assertEquals("", r.out);
    }

    @Test
    void helpDocumentsTheFlags() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.execute(new String[] {"run", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String flag : List.of("--trace-gc", "--memory-report", "--audit-refs", "heapscope gc: generation 0")) {
            assertTrue(help.contains(flag), flag);
        }
    }

    /** The number at the end of the report row labelled {@code label}. */
    private static long figure(String report, String label) {
        Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(label) + "\\s+(\\d+)$").matcher(report);
        assertTrue(m.find(), label + " in\n" + report);
        return Long.parseLong(m.group(1));
    }
}
