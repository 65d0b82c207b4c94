package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;

import dev.heapscope.interpreter.compiler.Calls;
import dev.heapscope.interpreter.compiler.Compiler;
import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.modules.Builtins;
import dev.heapscope.interpreter.modules.Importer;
import dev.heapscope.interpreter.modules.Sys;
import dev.heapscope.interpreter.modules.TextStream;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.errors.SyntaxErrorDisplay;
import dev.heapscope.language.parser.SourceDecoder;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a Python program as {@code python3 FILE ARGS} does: same output, same tracebacks,
 * same exit status. One program runs at a time per JVM; it runs on a thread with a large
 * stack so that deep recursion ends in RecursionError, as in CPython, not a Java error.
 */
public final class Interpreter {
    private Interpreter() {
    }

    /** Stack of the interpreter thread: room for sys.setrecursionlimit(100000) and more. */
    private static final long MAIN_STACK = 4L << 30;

    private static BufferedReader stdin;
    private static TextStream stderrStream;
    private static boolean initialised;

    /** Registers every builtin type's methods and the builtin modules, once per JVM. */
    public static synchronized void initialise() {
        if (initialised) {
            return;
        }
        initialised = true;
        ExceptionTypes.linkSubclasses();
        ObjectMethods.register();
        CoreTypeConstructors.register();
        NumberMethods.register();
        ComplexMethods.register();
        UnionTypes.register();
        MappingProxy.register();
        GenericAliases.register();
        NumberRatios.register();
        dev.heapscope.interpreter.modules.Slices.register();
        dev.heapscope.interpreter.modules.StrMethods.register();
        dev.heapscope.interpreter.modules.ContainerMethods.register();
        ExceptionMethods.register();
        FrameMethods.register();
        Builtins.dict();
        dev.heapscope.interpreter.modules.BuiltinModules.register();
        dev.heapscope.interpreter.compiler.GeneratorMethods.register();
        dev.heapscope.interpreter.modules.TextStream.register();
        Heap.markStaticBaseline();
        Types.endRuntimeInitialisation();
    }

    /** What a run did: its exit status. */
    public static int runFile(Path script, List<String> args, InputStream in, OutputStream out, OutputStream err) {
        return runFile(script, args, in, out, err, RunOptions.NONE);
    }

    /** Runs a file, observing its memory as {@code options} ask (heapscope run's memory flags). */
    public static int runFile(Path script, List<String> args, InputStream in, OutputStream out, OutputStream err,
            RunOptions options) {
        Path absolute = script.toAbsolutePath().normalize();
        byte[] source;
        try {
            source = Files.readAllBytes(absolute);
        } catch (IOException e) {
            if (Files.isDirectory(absolute)) {
                // python3 runs a directory's __main__.py; without one it reports this, with status 1.
                writeRaw(err, "heapscope: can't find '__main__' module in '" + script + "'\n");
                return 1;
            }
            String reason = Files.isDirectory(absolute) ? "[Errno 21] Is a directory"
                    : Files.exists(absolute) ? "[Errno 13] Permission denied" : "[Errno 2] No such file or directory";
            writeRaw(err, "heapscope: can't open file '" + absolute + "': " + reason + "\n");
            return 2;
        }
        List<String> argv = new java.util.ArrayList<>();
        argv.add(script.toString());
        argv.addAll(args);
        return run(source, absolute.toString(), absolute.getParent().toString(), argv, in, out, err, options);
    }

    /** {@code -c CODE}: the program's file name is "<string>" and sys.path[0] the current directory. */
    public static int runCommand(String code, List<String> args, InputStream in, OutputStream out, OutputStream err) {
        return runCommand(code, args, in, out, err, RunOptions.NONE);
    }

    /** {@code -c CODE}, observing its memory as {@code options} ask. */
    public static int runCommand(String code, List<String> args, InputStream in, OutputStream out, OutputStream err,
            RunOptions options) {
        List<String> argv = new java.util.ArrayList<>();
        argv.add("-c");
        argv.addAll(args);
        SourceLines.register("<string>", code);
        return run(code.getBytes(StandardCharsets.UTF_8), "<string>", "", argv, in, out, err, options);
    }

    private static int run(byte[] source, String filename, String dir, List<String> argv, InputStream in,
            OutputStream out, OutputStream err, RunOptions options) {
        int[] status = new int[1];
        Thread t = new Thread(null, () -> {
            try {
                status[0] = runHere(source, filename, dir, argv, in, out, err, options);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                status[0] = internalError(e, err);
            }
        }, "python", MAIN_STACK);
        t.start();
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return status[0];
    }

    private static int runHere(byte[] source, String filename, String dir, List<String> argv, InputStream in,
            OutputStream out, OutputStream err, RunOptions options) {
        initialise();
        Heap.reset(options);
        dev.heapscope.interpreter.objects.PyType.forgetHeapSubclasses();
        dev.heapscope.interpreter.compiler.Coroutines.reset();
        ThreadState.reset();
        boolean console = System.console() != null;
        Writer outWriter = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Writer errWriter = new OutputStreamWriter(err, StandardCharsets.UTF_8);
        TextStream stdout = new TextStream(new java.io.BufferedWriter(outWriter, 8192), "stdout", 1, console);
        TextStream stderr = new TextStream(errWriter, "stderr", 2, true);
        Heap.allocate(stdout);
        Heap.allocate(stderr);
        stderrStream = stderr;
        stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        TextStream stdinStream = Heap.allocate(new TextStream(new java.io.StringWriter(), "stdin", 0, false));
        Sys.create(argv, dir, stdout, stderr, stdinStream);
        int status;
        PyModule main = Importer.newModule("__main__", filename.startsWith("<") ? null : filename);
        Sys.modules().put(Types.intern("__main__"), main);
        try {
            PyCode code;
            try {
                code = compile(source, filename, true);
            } catch (PythonSyntaxError e) {
                stderr.write(SyntaxErrorDisplay.format(e, filename, null));
                stdout.flush();
                stderr.flush();
                return 1;
            }
            try {
                execCode(code, main.dict);
                status = 0;
            } catch (PyException e) {
                // pyrun_file frees the parse arena before the error is printed.
                code.freeArena();
                Tracing.Listener listener = Tracing.listener;
                if (listener != null) {
                    listener.uncaught(e.value);
                }
                status = handleUncaught(e, stdout, stderr);
            }
            code.freeArena();
            status = shutdown(main, status, stdout, stderr);
            status = reportMemory(options, status, stderr);
        } finally {
            try {
                stdout.flush();
            } catch (PyException ignored) {
                decref(ignored.value);
            }
            stderr.flush();
        }
        return status;
    }

    /** Parses, checks and compiles a module as compile(source, filename, "exec") does. */
    public static PyCode compile(byte[] source, String filename) throws PythonSyntaxError {
        return compile(source, filename, false);
    }

    /**
     * Parses, checks and compiles a module; with {@code keepArena} the code keeps the parse
     * arena (the literals' objects) until {@link PyCode#freeArena}, as a script run does.
     */
    public static PyCode compile(byte[] source, String filename, boolean keepArena) throws PythonSyntaxError {
        Mod.Module module = SourceParser.parse(source, filename);
        PythonSyntaxError error = CompileCheck.checkTree(module, source, filename);
        if (error != null) {
            throw error;
        }
        String text = SourceDecoder.decode(source, filename);
        SymbolTable table = SymbolTable.build(module, filename, text);
        return Compiler.compileModule(module, table, filename, keepArena);
    }

    /** Runs module code with {@code globals} as its namespace. */
    public static void execCode(PyCode code, PyDict globals) {
        Frame frame = new Frame(code, null, globals, Builtins.dict(), ThreadState.current);
        frame.locals = Heap.incref(globals);
        decref(Calls.run(frame));
    }

    /** Executes a module file into {@code module}'s dict (import). */
    public static void execFile(Path file, PyModule module) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Errors.raise(ExceptionTypes.IMPORT_ERROR, "cannot read " + file);
        }
        execSource(source, file.toString(), module);
    }

    /** Compiles {@code source} as file {@code filename} and runs it in the module's namespace. */
    public static void execSource(byte[] source, String filename, PyModule module) {
        PyCode code;
        try {
            code = compile(source, filename);
        } catch (PythonSyntaxError e) {
            throw ExceptionMethods.syntaxError(e);
        }
        execCode(code, module.dict);
    }

    /** The SyntaxError object Python code sees for a compile-time error found at run time. */
    public static PyException syntaxErrorObject(PythonSyntaxError e) {
        return ExceptionMethods.syntaxError(e);
    }

    /** sys.excepthook's default, and SystemExit's exit status. */
    static int handleUncaught(PyException e, TextStream stdout, TextStream stderr) {
        PyBaseException v = e.value;
        if (v.type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            PyObject code = v.args != null && v.args.items.length > 0
                    ? (v.args.items.length == 1 ? v.args.items[0] : v.args) : Types.NONE;
            int status;
            if (code == Types.NONE) {
                status = 0;
            } else if (code instanceof PyInt i) {
                status = i.isSmall() ? (int) i.value : -1;
            } else {
                stdout.flush();
                stderr.write(Ops.strString(code) + "\n");
                status = 1;
            }
            decref(v);
            return status;
        }
        try {
            stdout.flush();
        } catch (PyException ignored) {
            decref(ignored.value);
        }
        stderr.write(TracebackPrinter.format(v, true));
        boolean interrupt = v.type.isSubtypeOf(ExceptionTypes.KEYBOARD_INTERRUPT);
        decref(v);
        return interrupt ? 130 : 1;
    }

    /**
     * Interpreter shutdown as CPython 3.11 does it for what programs can see: __main__'s
     * names are cleared (those starting with one underscore first), so finalizers of
     * objects still alive run, then a last collection.
     */
    private static int shutdown(PyModule main, int status, TextStream stdout, TextStream stderr) {
        RefcountAudit audit = Heap.options().audit();
        if (audit != null) {
            audit.atExit(main);
        }
        try {
            clearModuleDict(main.dict);
        } catch (PyException e) {
            decref(e.value);
        }
        try {
            stdout.flush();
        } catch (PyException e) {
            decref(e.value);
        }
        return status;
    }

    /**
     * After shutdown: the memory report and the audit's summary on stderr, as the run's
     * options ask. Returns the exit status, 1 in place of 0 when the audit found a difference.
     */
    private static int reportMemory(RunOptions options, int status, TextStream stderr) {
        if (options.memoryReport()) {
            stderr.write(MemoryReport.format(Heap.collector(), Heap.pymalloc()));
        }
        RefcountAudit audit = options.audit();
        if (audit != null && audit.reportsOnStderr()) {
            stderr.write(audit.report());
            if (status == 0 && !audit.differences().isEmpty()) {
                status = 1;
            }
        }
        return status;
    }

    /** _PyModule_ClearDict: None for names starting with '_' (but not __builtins__), then for the rest. */
    static void clearModuleDict(PyDict d) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < d.entryLimit(); i++) {
                PyObject k = d.keyAt(i);
                if (!(k instanceof PyStr s) || d.valueAt(i) == Types.NONE) {
                    continue;
                }
                boolean underscore = s.value.startsWith("_") && !s.value.startsWith("__");
                if ((pass == 0) != underscore || s.value.equals("__builtins__")) {
                    continue;
                }
                d.put(k, Types.NONE);
            }
        }
    }

    /** The process's own stderr (sys.__stderr__), whatever the program assigned to sys.stderr. */
    static TextStream originalStderr() {
        return stderrStream;
    }

    /** The stream unraisable errors go to. */
    public static TextStream stderr() {
        PyObject s = Sys.stderr();
        return s instanceof TextStream ts ? ts : stderrStream;
    }

    /** A line of standard input without its newline, or null at end of file. */
    public static String readLine() {
        try {
            return stdin == null ? null : stdin.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    /** sys.stdin.readline(): a line with its newline, "" at end of file. */
    public static String readLineWithEnd() {
        StringBuilder line = new StringBuilder();
        try {
            int c;
            while (stdin != null && (c = stdin.read()) >= 0) {
                if (c == '\r') {
                    // Universal newlines: \r\n and a lone \r read as \n.
                    stdin.mark(1);
                    if (stdin.read() != '\n') {
                        stdin.reset();
                    }
                    c = '\n';
                }
                line.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            // A failing stdin reads as end of file.
        }
        return line.toString();
    }

    /** sys.stdin.read(): the rest of standard input. */
    public static String readAll() {
        StringBuilder all = new StringBuilder();
        String line;
        while (!(line = readLineWithEnd()).isEmpty()) {
            all.append(line);
        }
        return all.toString();
    }

    /**
     * A failure of Heapscope itself, not of the program: one clear line for the user (and
     * the Java trace only when HEAPSCOPE_DEBUG is set), exit status 70 (EX_SOFTWARE).
     */
    static int internalError(Throwable e, OutputStream err) {
        if (e instanceof OutOfMemoryError) {
            writeRaw(err, "MemoryError: the program exhausted Heapscope's Java heap\n");
            return 1;
        }
        StringBuilder message = new StringBuilder("heapscope: internal error: ").append(e);
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            message.append(" at ").append(trace[0]);
        }
        writeRaw(err, message.append('\n').toString());
        if (System.getenv("HEAPSCOPE_DEBUG") != null) {
            e.printStackTrace();
        }
        return 70;
    }

    private static void writeRaw(OutputStream err, String text) {
        try {
            err.write(text.getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException ignored) {
            // Nothing can be reported when the error stream itself fails.
        }
    }
}
