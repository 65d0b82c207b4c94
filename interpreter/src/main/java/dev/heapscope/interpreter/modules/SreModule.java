package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.sre.PatternError;
import dev.heapscope.interpreter.modules.sre.Program;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Types;

/**
 * _sre: the regular-expression engine behind the shipped re module. compile() parses
 * and compiles a pattern once; the program's exec() runs it and returns the group spans,
 * from which re.py builds its Match objects.
 */
public final class SreModule {
    private SreModule() {
    }

    /** A compiled pattern as a Python object; it holds no Python references. */
    static final class PyProgram extends PyObject {
        final Program program;
        /** The code points of the last subject, kept while the same text is matched again (finditer, sub). */
        private Object lastSubject;
        private int[] lastCodes;

        PyProgram(PyType type, Program program) {
            super(type);
            this.program = program;
        }

        int[] codes(PyObject subject) {
            if (subject instanceof PyStr str) {
                if (!program.isText) {
                    throw Errors.typeError("cannot use a bytes pattern on a string-like object");
                }
                if (lastSubject != str.value) {
                    lastCodes = str.value.codePoints().toArray();
                    lastSubject = str.value;
                }
                return lastCodes;
            }
            byte[] bytes;
            if (subject instanceof PyBytes b) {
                bytes = b.value;
            } else if (subject instanceof ByteArrayMethods.PyByteArray a) {
                bytes = a.bytes();
            } else {
                throw Errors.typeError("expected string or bytes-like object, got '" + subject.type.name + "'");
            }
            if (program.isText) {
                throw Errors.typeError("cannot use a string pattern on a bytes-like object");
            }
            if (lastSubject != bytes) {
                int[] codes = new int[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    codes[i] = bytes[i] & 0xff;
                }
                lastCodes = codes;
                lastSubject = subject instanceof PyBytes ? bytes : null;
            }
            return lastCodes;
        }
    }

    static final PyType PROGRAM_TYPE = Types.builtin("_sre.Program", Types.OBJECT);

    static {
        Methods.method(PROGRAM_TYPE, "exec", (self, args, kw) -> {
            Args.noKeywords("exec", kw);
            Args.range("exec", args, kw, 5, 5);
            PyProgram p = (PyProgram) self;
            int[] codes = p.codes(args[0]);
            int n = codes.length;
            int pos = clamp(index(args[1]), n);
            int endpos = clamp(index(args[2]), n);
            int mode = (int) index(args[3]);
            boolean mustAdvance = ((PyInt) args[4]).value != 0;
            if (endpos < pos) {
                return incref(Types.NONE);
            }
            int[] spans = p.program.exec(codes, pos, endpos, mode, mustAdvance);
            if (spans == null) {
                return incref(Types.NONE);
            }
            PyObject[] items = new PyObject[spans.length];
            for (int i = 0; i < spans.length; i++) {
                items[i] = Types.newInt(i == 0 && spans[0] < 0 ? -1 : spans[i]);
            }
            return Heap.allocate(new PyTuple(Types.TUPLE, items));
        });
        Methods.getter(PROGRAM_TYPE, "groups", self -> Types.newInt(((PyProgram) self).program.groups));
        Methods.getter(PROGRAM_TYPE, "flags", self -> Types.newInt(((PyProgram) self).program.flags));
        Methods.getter(PROGRAM_TYPE, "groupindex", self -> {
            PyDict d = Heap.allocate(new PyDict(Types.DICT));
            ((PyProgram) self).program.groupIndex.forEach((name, g) -> {
                PyStr key = Types.newStr(name);
                PyObject value = Types.newInt(g);
                d.putOwned(key, key.hash(), value);
            });
            return d;
        });
    }

    private static long index(PyObject o) {
        if (o instanceof PyInt i) {
            return i.big == null ? i.value : i.big.signum() * (long) Integer.MAX_VALUE;
        }
        throw Errors.typeError("'" + o.type.name + "' object cannot be interpreted as an integer");
    }

    /** pos and endpos as _sre adjusts them: negative counts as 0, beyond the end as the end. */
    private static int clamp(long v, int n) {
        return (int) Math.max(0, Math.min(v, n));
    }

    static PyModule create() {
        PyModule m = Importer.newModule("_sre", null);
        Builtins.function(m.dict, "compile", (self, args, kw) -> {
            Args.noKeywords("compile", kw);
            Args.range("compile", args, kw, 2, 2);
            PyObject pattern = args[0];
            int flags = (int) index(args[1]);
            int[] codes;
            boolean isText;
            if (pattern instanceof PyStr str) {
                codes = str.value.codePoints().toArray();
                isText = true;
            } else if (pattern instanceof PyBytes b) {
                codes = new int[b.value.length];
                for (int i = 0; i < codes.length; i++) {
                    codes[i] = b.value[i] & 0xff;
                }
                isText = false;
            } else {
                throw Errors.typeError("first argument must be string or compiled pattern");
            }
            try {
                return Heap.allocate(new PyProgram(PROGRAM_TYPE, Program.compile(codes, isText, flags)));
            } catch (PatternError e) {
                if ("ValueError".equals(e.pythonType)) {
                    throw Errors.valueError(e.msg);
                }
                if ("OverflowError".equals(e.pythonType)) {
                    throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, e.msg);
                }
                PyObject pos = e.pos < 0 ? incref(Types.NONE) : Types.newInt(e.pos);
                return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {Types.newStr(e.msg), pos}));
            }
        });
        return m;
    }
}
