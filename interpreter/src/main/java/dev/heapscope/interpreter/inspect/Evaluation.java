package dev.heapscope.interpreter.inspect;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.compiler.Calls;
import dev.heapscope.interpreter.compiler.Compiler;
import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.modules.FrameLocals;
import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyCell;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.PyException;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import java.nio.charset.StandardCharsets;

/**
 * Runs debugger input (watch expressions, hovers, conditions, debug-console lines) in a
 * paused frame with the interpreter's own compiler, as {@code eval(source, globals,
 * locals)} would with the frame's namespaces. This is the one inspection that runs Python
 * code, so it may allocate and change counts; it bypasses the free lists meanwhile (see
 * {@link dev.heapscope.interpreter.runtime.Heap#bypassFreeLists}). It must run on the
 * interpreter thread.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** The file name evaluated code reports in its tracebacks. */
    public static final String FILENAME = "<debug>";

    /** Compiled input: {@code expression} when it yields a value (one expression), else statements. */
    public record Compiled(PyCode code, boolean expression) {
    }

    /**
     * Compiles {@code source}: a single expression statement is compiled to return its
     * value, anything else as statements. Checks are made on the text as written, so
     * errors read as CPython's.
     */
    public static Compiled compile(String source) throws PythonSyntaxError {
        Mod.Module module = SourceParser.parse(source, FILENAME);
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        PythonSyntaxError error = CompileCheck.checkTree(module, bytes, FILENAME);
        if (error != null) {
            throw error;
        }
        boolean expression = module.body.size() == 1 && module.body.get(0) instanceof Stmt.Expr;
        SymbolTable table = SymbolTable.build(module, FILENAME, source);
        return new Compiled(Compiler.compileInNamespace(module, table, FILENAME, expression), expression);
    }

    /**
     * Runs compiled input against {@code frame}'s namespaces; returns a new reference to
     * the expression's value (None for statements). For a function frame the code sees a
     * snapshot of the frame's names; names that statements rebind are written back to
     * the frame's slots.
     */
    public static PyObject run(Compiled compiled, Frame frame) {
        boolean bypassed = dev.heapscope.interpreter.runtime.Heap.bypassFreeLists(true);
        PyObject namespace = FrameLocals.snapshot(frame);
        try {
            Frame evalFrame = new Frame(compiled.code(), null, frame.globals, frame.builtins, ThreadState.current);
            evalFrame.locals = incref(namespace);
            PyObject result = Calls.run(evalFrame);
            if (frame.locals == null && namespace instanceof PyDict snapshot) {
                writeBack(snapshot, frame);
            }
            return result;
        } finally {
            decref(namespace);
            dev.heapscope.interpreter.runtime.Heap.bypassFreeLists(bypassed);
        }
    }

    /** Stores names a statement rebound in the snapshot into the frame's fast slots or cells. */
    private static void writeBack(PyDict snapshot, Frame frame) {
        PyCode c = frame.code;
        for (int i = 0; i < c.nslots(); i++) {
            PyObject v = null;
            for (int j = 0; j < snapshot.entryLimit(); j++) {
                if (snapshot.keyAt(j) instanceof PyStr s && s.value.equals(c.slotNames[i])) {
                    v = snapshot.valueAt(j);
                    break;
                }
            }
            if (v == null) {
                continue;
            }
            if (c.isCellSlot(i) && frame.fast[i] instanceof PyCell cell) {
                if (cell.contents != v) {
                    PyObject old = cell.contents;
                    cell.contents = incref(v);
                    if (old != null) {
                        decref(old);
                    }
                }
            } else if (frame.fast[i] != v) {
                PyObject old = frame.fast[i];
                frame.fast[i] = incref(v);
                if (old != null) {
                    decref(old);
                }
            }
        }
    }

    /** "NameError: name 'x' is not defined": the last line of the exception's traceback. Releases the exception. */
    public static String describe(PyException e) {
        PyBaseException v = e.value;
        try {
            String message = Ops.strString(v);
            return message.isEmpty() ? v.type.name : v.type.name + ": " + message;
        } catch (PyException nested) {
            decref(nested.value);
            return v.type.name;
        } finally {
            decref(v);
        }
    }

    /** Whether a value is true, releasing it (conditions of breakpoints). */
    public static boolean truth(PyObject value) {
        try {
            return value == Types.TRUE || value != Types.FALSE && value != Types.NONE && Ops.isTrue(value);
        } finally {
            decref(value);
        }
    }

    /** str(value) for log messages, releasing the value. */
    public static String str(PyObject value) {
        try {
            return Ops.strString(value);
        } finally {
            decref(value);
        }
    }
}
