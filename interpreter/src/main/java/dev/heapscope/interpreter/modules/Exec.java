package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.compiler.Calls;
import dev.heapscope.interpreter.compiler.Compiler;
import dev.heapscope.interpreter.compiler.PyCode;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Frame;
import dev.heapscope.interpreter.runtime.Interpreter;
import dev.heapscope.interpreter.runtime.Names;
import dev.heapscope.interpreter.runtime.SourceLines;
import dev.heapscope.interpreter.runtime.ThreadState;
import dev.heapscope.interpreter.runtime.Types;
import dev.heapscope.language.ast.Mod;
import dev.heapscope.language.ast.Stmt;
import dev.heapscope.language.compile.CompileCheck;
import dev.heapscope.language.errors.PythonSyntaxError;
import dev.heapscope.language.parser.SourceParser;
import dev.heapscope.language.symtable.SymbolTable;
import java.nio.charset.StandardCharsets;

/** compile(), exec() and eval(): running source text with our own compiler. */
final class Exec {
    private Exec() {
    }

    static void register(PyDict d) {
        Builtins.function(d, "compile", (self, args, kw) -> {
            Args.onlyKeywords("compile", kw, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
            int npos = Args.positional(args, kw);
            PyObject source = npos > 0 ? args[0] : Args.keyword(args, kw, "source");
            PyObject filename = npos > 1 ? args[1] : Args.keyword(args, kw, "filename");
            PyObject mode = npos > 2 ? args[2] : Args.keyword(args, kw, "mode");
            if (source == null || filename == null || mode == null) {
                throw Errors.typeError("compile() missing required argument");
            }
            String m = ((PyStr) mode).value;
            if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
                throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            return compile(sourceBytes(source, "compile"), Ops0.str(filename), m);
        });
        Builtins.function(d, "exec", (self, args, kw) -> run(args, kw, "exec"));
        Builtins.function(d, "eval", (self, args, kw) -> run(args, kw, "eval"));
    }

    /** Ops.strString without importing Ops's name clash with the local helpers. */
    private static final class Ops0 {
        static String str(PyObject o) {
            return dev.heapscope.interpreter.runtime.Ops.strString(o);
        }
    }

    static byte[] sourceBytes(PyObject source, String fn) {
        if (source instanceof PyStr s) {
            return s.value.getBytes(StandardCharsets.UTF_8);
        }
        if (source instanceof PyBytes b) {
            return b.value;
        }
        throw Errors.typeError(fn + "() arg 1 must be a string, bytes or code object");
    }

    /** A code object for {@code source}; mode "eval" requires a single expression. */
    static PyCode compile(byte[] source, String filename, String mode) {
        return compile(source, filename, mode, false);
    }

    /**
     * As {@link #compile(byte[], String, String)}; with {@code separateLocals} (exec or eval
     * given a locals mapping other than its globals) top-level names are looked up and
     * stored in the locals first, as CPython's LOAD_NAME/STORE_NAME do.
     */
    static PyCode compile(byte[] source, String filename, String mode, boolean separateLocals) {
        try {
            if (separateLocals) {
                String text = new String(source, StandardCharsets.UTF_8);
                boolean expression = mode.equals("eval");
                if (expression) {
                    text = text.strip();
                }
                Mod.Module module = SourceParser.parse(text, filename);
                if (expression && (module.body.size() != 1 || !(module.body.get(0) instanceof Stmt.Expr))) {
                    throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "invalid syntax", filename, 1, 1,
                            PythonSyntaxError.NONE, PythonSyntaxError.NONE, text);
                }
                PythonSyntaxError error = CompileCheck.checkTree(module, text.getBytes(StandardCharsets.UTF_8), filename);
                if (error != null) {
                    throw error;
                }
                SourceLines.register(filename, text);
                return Compiler.compileInNamespace(module, SymbolTable.build(module, filename, text), filename, expression);
            }
            if (mode.equals("eval")) {
                String text = new String(source, StandardCharsets.UTF_8).strip();
                Mod.Module module = SourceParser.parse(text, filename);
                if (module.body.size() != 1 || !(module.body.get(0) instanceof Stmt.Expr)) {
                    throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, "invalid syntax", filename, 1, 1,
                            PythonSyntaxError.NONE, PythonSyntaxError.NONE, text);
                }
                PythonSyntaxError error = CompileCheck.checkTree(module, text.getBytes(StandardCharsets.UTF_8), filename);
                if (error != null) {
                    throw error;
                }
                SourceLines.register(filename, text);
                return Compiler.compileExpression(module, SymbolTable.build(module, filename, text), filename);
            }
            if (filename.startsWith("<")) {
                SourceLines.register(filename, new String(source, StandardCharsets.UTF_8));
            }
            return Interpreter.compile(source, filename);
        } catch (PythonSyntaxError e) {
            throw Interpreter.syntaxErrorObject(e);
        }
    }

    private static PyObject run(PyObject[] args, String[] kw, String fn) {
        Args.onlyKeywords(fn, kw, "globals", "locals");
        int npos = Args.positional(args, kw);
        if (npos < 1 || npos > 3) {
            throw Errors.typeError(fn + " expected at least 1 argument, got " + npos);
        }
        PyObject globals = npos > 1 ? args[1] : Args.keyword(args, kw, "globals");
        PyObject locals = npos > 2 ? args[2] : Args.keyword(args, kw, "locals");
        Frame caller = ThreadState.current;
        if (globals == null || globals == Types.NONE) {
            globals = caller.globals;
            if ((locals == null || locals == Types.NONE) && caller.locals != null) {
                locals = caller.locals;
            }
        }
        if (!(globals instanceof PyDict g)) {
            throw Errors.typeError(fn + "() globals must be a dict, not " + globals.type.name);
        }
        if (g.getStr(Names.__builtins__) == null) {
            g.put(Names.__builtins__, Builtins.dict());
        }
        PyObject source = args[0];
        boolean separateLocals = locals != null && locals != Types.NONE && locals != g;
        PyCode code = source instanceof PyCode c ? (PyCode) incref(c)
                : compile(sourceBytes(source, fn), "<string>", fn.equals("eval") ? "eval" : "exec", separateLocals);
        try {
            Frame frame = new Frame(code, null, g, Builtins.dict(), caller);
            frame.locals = incref(locals == null || locals == Types.NONE ? g : locals);
            PyObject r = Calls.run(frame);
            if (fn.equals("exec")) {
                decref(r);
                return incref(Types.NONE);
            }
            return r;
        } finally {
            decref(code);
        }
    }
}
