package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.modules.sre.PatternError;
import dev.heapscope.interpreter.modules.sre.Program;
import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyList;
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

    /**
     * A compiled pattern as a Python object; it holds no Python references. Its findall,
     * split and subt run their whole loop here, so a match costs no Python objects beyond
     * the pieces of the result; they follow _sre's rule for empty matches (after an empty
     * match the next one must not be empty at the same position).
     */
    static final class PyProgram extends PyObject {
        final Program program;
        /** The code points of the last subject, kept while the same text is matched again (finditer, sub). */
        private Object lastSubject;
        private int[] lastCodes;

        PyProgram(PyType type, Program program) {
            super(type);
            this.program = program;
        }

        PyObject findall(PyObject subject, long pos0, long endpos0) {
            int[] codes = codes(subject);
            int pos = clamp(pos0, codes.length);
            int endpos = clamp(endpos0, codes.length);
            int groups = program.groups;
            PyList result = Heap.allocate(new PyList(Types.LIST));
            boolean mustAdvance = false;
            while (pos <= endpos) {
                int[] spans = program.exec(codes, pos, endpos, Program.MODE_SEARCH, mustAdvance);
                if (spans == null) {
                    break;
                }
                if (groups == 0) {
                    result.appendOwned(slice(subject, codes, spans[1], spans[2]));
                } else if (groups == 1) {
                    result.appendOwned(groupOrEmpty(subject, codes, spans, 1));
                } else {
                    PyObject[] items = new PyObject[groups];
                    for (int g = 1; g <= groups; g++) {
                        items[g - 1] = groupOrEmpty(subject, codes, spans, g);
                    }
                    result.appendOwned(Heap.allocate(new PyTuple(Types.TUPLE, items)));
                }
                mustAdvance = spans[2] == spans[1];
                pos = spans[2];
            }
            return result;
        }

        PyObject split(PyObject subject, long maxsplit) {
            int[] codes = codes(subject);
            int groups = program.groups;
            PyList result = Heap.allocate(new PyList(Types.LIST));
            int last = 0;
            int pos = 0;
            long n = 0;
            boolean mustAdvance = false;
            while (maxsplit <= 0 || n < maxsplit) {
                int[] spans = program.exec(codes, pos, codes.length, Program.MODE_SEARCH, mustAdvance);
                if (spans == null) {
                    break;
                }
                result.appendOwned(slice(subject, codes, last, spans[1]));
                for (int g = 1; g <= groups; g++) {
                    int a = spans[2 * g + 1];
                    result.appendOwned(a < 0 ? incref(Types.NONE) : slice(subject, codes, a, spans[2 * g + 2]));
                }
                n++;
                mustAdvance = spans[2] == spans[1];
                last = pos = spans[2];
            }
            result.appendOwned(slice(subject, codes, last, codes.length));
            return result;
        }

        /**
         * sub with a parsed template: items are literal pieces (str or bytes) and group
         * numbers (int). Returns (result, count).
         */
        PyObject subTemplate(PyTuple items, PyObject subject, long count) {
            int[] codes = codes(subject);
            boolean text = subject instanceof PyStr;
            StringBuilder out = text ? new StringBuilder() : null;
            java.io.ByteArrayOutputStream bytesOut = text ? null : new java.io.ByteArrayOutputStream();
            PyStr strSubject = text ? (PyStr) subject : null;
            int last = 0;
            int pos = 0;
            long n = 0;
            boolean mustAdvance = false;
            while (count <= 0 || n < count) {
                if (pos > codes.length) {
                    break;
                }
                int[] spans = program.exec(codes, pos, codes.length, Program.MODE_SEARCH, mustAdvance);
                if (spans == null) {
                    break;
                }
                int pieces = last < spans[1] ? 1 : 0;
                append(out, bytesOut, strSubject, codes, last, spans[1]);
                for (PyObject item : items.items) {
                    // A literal of the other kind fails as the join of the pieces fails in _sre.
                    if (text ? item instanceof PyBytes : item instanceof PyStr) {
                        throw Errors.typeError("sequence item " + pieces + ": expected "
                                + (text ? "str instance" : "a bytes-like object") + ", " + item.type.name + " found");
                    }
                    if (item instanceof PyInt g) {
                        int gi = (int) g.value;
                        int a = spans[2 * gi + 1];
                        if (a >= 0) {
                            append(out, bytesOut, strSubject, codes, a, spans[2 * gi + 2]);
                        }
                    } else if (item instanceof PyStr lit) {
                        out.append(lit.value);
                    } else {
                        byte[] b = ((PyBytes) item).value;
                        bytesOut.write(b, 0, b.length);
                    }
                }
                n++;
                mustAdvance = spans[2] == spans[1];
                last = pos = spans[2];
            }
            append(out, bytesOut, strSubject, codes, last, codes.length);
            PyObject result = text ? Types.newStr(out.toString()) : PyBytes.of(bytesOut.toByteArray());
            return Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {result, Types.newInt(n)}));
        }

        private static void append(StringBuilder out, java.io.ByteArrayOutputStream bytesOut, PyStr subject,
                int[] codes, int a, int b) {
            if (a >= b) {
                return;
            }
            if (out != null) {
                if (subject.isBmp()) {
                    out.append(subject.value, a, b);
                } else {
                    out.append(subject.substring(a, b));
                }
            } else {
                for (int i = a; i < b; i++) {
                    bytesOut.write(codes[i]);
                }
            }
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
        Methods.method(PROGRAM_TYPE, "findall", (self, args, kw) -> {
            Args.noKeywords("findall", kw);
            Args.range("findall", args, kw, 3, 3);
            return ((PyProgram) self).findall(args[0], index(args[1]), index(args[2]));
        });
        Methods.method(PROGRAM_TYPE, "split", (self, args, kw) -> {
            Args.noKeywords("split", kw);
            Args.range("split", args, kw, 2, 2);
            return ((PyProgram) self).split(args[0], index(args[1]));
        });
        Methods.method(PROGRAM_TYPE, "subt", (self, args, kw) -> {
            Args.noKeywords("subt", kw);
            Args.range("subt", args, kw, 3, 3);
            return ((PyProgram) self).subTemplate((PyTuple) args[0], args[1], index(args[2]));
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

    /** subject[a:b] as _sre's getslice makes it: str for str, bytes for any bytes-like subject. */
    private static PyObject slice(PyObject subject, int[] codes, int a, int b) {
        if (subject instanceof PyStr str) {
            return Types.newStr(str.substring(a, b));
        }
        byte[] out = new byte[b - a];
        for (int i = a; i < b; i++) {
            out[i - a] = (byte) codes[i];
        }
        return PyBytes.of(out);
    }

    private static PyObject groupOrEmpty(PyObject subject, int[] codes, int[] spans, int g) {
        int a = spans[2 * g + 1];
        return a < 0 ? slice(subject, codes, 0, 0) : slice(subject, codes, a, spans[2 * g + 2]);
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
