package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Types;
import java.io.IOException;
import java.io.Writer;

/** sys.stdout and sys.stderr: text streams over the interpreter's output writers. */
public final class TextStream extends PyObject {
    public static final PyType TYPE = Types.builtin("_io.TextIOWrapper", Types.OBJECT);

    /**
     * Loads the class, whose initialiser fills the type's dict, while the runtime
     * initialises: filled during a run, the dict's keys table would be a block of that
     * run's heap, and the next run's heap would differ from a fresh process's.
     */
    public static void register() {
    }

    static {
        TYPE.name = "TextIOWrapper";
        Methods.method(TYPE, "write", (self, args, kw) -> {
            PyObject s = Args.one("write", args, kw);
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("write() argument must be str, not " + s.type.name);
            }
            ((TextStream) self).write(str.value);
            return Types.newInt(str.length);
        });
        Methods.method(TYPE, "flush", (self, args, kw) -> {
            ((TextStream) self).flush();
            return incref(Types.NONE);
        });
        Methods.method(TYPE, "isatty", (self, args, kw) -> Types.newBool(false));
        Methods.method(TYPE, "fileno", (self, args, kw) -> Types.newInt(((TextStream) self).fd));
        Methods.slot(TYPE, "__repr__", (self, args, kw) -> Types.newStr("<_io.TextIOWrapper name='<"
                + ((TextStream) self).name + ">' mode='" + (((TextStream) self).fd == 0 ? "r" : "w")
                + "' encoding='utf-8'>"));
        Methods.method(TYPE, "readable", (self, args, kw) -> Types.newBool(((TextStream) self).fd == 0));
        Methods.method(TYPE, "writable", (self, args, kw) -> Types.newBool(((TextStream) self).fd != 0));
        Methods.method(TYPE, "read", (self, args, kw) -> {
            Args.range("read", args, kw, 0, 1);
            ((TextStream) self).checkReadable();
            return Types.newStr(dev.heapscope.interpreter.runtime.Interpreter.readAll());
        });
        Methods.method(TYPE, "readline", (self, args, kw) -> {
            Args.range("readline", args, kw, 0, 1);
            ((TextStream) self).checkReadable();
            return Types.newStr(dev.heapscope.interpreter.runtime.Interpreter.readLineWithEnd());
        });
        Methods.slot(TYPE, "__iter__", (self, args, kw) -> incref(self));
        Methods.slot(TYPE, "__next__", (self, args, kw) -> {
            ((TextStream) self).checkReadable();
            String line = dev.heapscope.interpreter.runtime.Interpreter.readLineWithEnd();
            if (line.isEmpty()) {
                throw Errors.stopIteration();
            }
            return Types.newStr(line);
        });
        Methods.getter(TYPE, "encoding", self -> Types.newStr("utf-8"));
        Methods.getter(TYPE, "name", self -> Types.newStr("<" + ((TextStream) self).name + ">"));
    }

    private final Writer out;
    final String name;
    final int fd;
    /** Line buffered: an interactive stream flushes at each newline; otherwise only when full or asked. */
    private final boolean lineBuffered;

    public TextStream(Writer out, String name, int fd, boolean lineBuffered) {
        super(TYPE);
        this.out = out;
        this.name = name;
        this.fd = fd;
        this.lineBuffered = lineBuffered;
    }

    /** io.UnsupportedOperation is an OSError; reading is only for stdin. */
    void checkReadable() {
        if (fd != 0) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.OS_ERROR, "not readable");
        }
    }

    public void write(String s) {
        try {
            out.write(s);
            if (lineBuffered && s.indexOf('\n') >= 0) {
                out.flush();
            }
        } catch (IOException e) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw Errors.raise(dev.heapscope.interpreter.runtime.ExceptionTypes.OS_ERROR, e.getMessage());
        }
    }

    @Override
    public long allocationRequest() {
        return 16 + 200;
    }
}
