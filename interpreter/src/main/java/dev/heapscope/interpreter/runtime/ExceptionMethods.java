package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.language.errors.PythonSyntaxError;

/** BaseException and the attributes of its builtin subclasses. */
final class ExceptionMethods {
    private ExceptionMethods() {
    }

    static final PyStr NOTES = Types.intern("__notes__");

    static void register() {
        PyType b = ExceptionTypes.BASE_EXCEPTION;
        Methods.constructor(b, (type, args, kw) -> {
            PyObject[] items = new PyObject[Args.positional(args, kw)];
            for (int i = 0; i < items.length; i++) {
                items[i] = incref(args[i]);
            }
            PyTuple t = items.length == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
            if (type.heapType) {
                incref(type);
            }
            return Heap.allocate(new PyBaseException(type, t));
        });
        // The subclasses were defined before BaseException's tp_new existed; they inherit it.
        for (PyType t : ExceptionTypes.ALL.values()) {
            if (t.constructor == null) {
                t.constructor = b.constructor;
            }
            // BaseException has a __dict__ (tp_dictoffset), so every exception takes attributes.
            t.instancesHaveDict = true;
        }
        ExceptionGroups.register();
        OSErrors.register();
        registerUnicodeDecodeError();
        Traceback.register();
        Methods.slot(b, "__init__", (self, args, kw) -> {
            PyBaseException e = (PyBaseException) self;
            int npos = Args.positional(args, kw);
            if (kw != null && kw.length > 0 && !self.type.heapType) {
                throw Errors.typeError(self.type.name + "() takes no keyword arguments");
            }
            PyObject[] items = new PyObject[npos];
            for (int i = 0; i < npos; i++) {
                items[i] = incref(args[i]);
            }
            PyTuple old = e.args;
            e.args = items.length == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
            if (old != null) {
                decref(old);
            }
            return incref(Types.NONE);
        });
        Methods.slot(b, "__str__", (self, args, kw) -> {
            PyTuple a = ((PyBaseException) self).args;
            if (a == null || a.items.length == 0) {
                return incref(Types.EMPTY_STR);
            }
            if (a.items.length == 1) {
                return Ops.str(a.items[0]);
            }
            return Ops.str(a);
        });
        Methods.slot(b, "__repr__", (self, args, kw) -> {
            PyTuple a = ((PyBaseException) self).args;
            String name = self.type.name;
            if (a == null || a.items.length == 0) {
                return Types.newStr(name + "()");
            }
            if (a.items.length == 1) {
                return Types.newStr(name + "(" + Ops.reprString(a.items[0]) + ")");
            }
            return Types.newStr(name + Ops.reprString(a));
        });
        Methods.getset(b, "args", self -> incref(((PyBaseException) self).args), (self, v) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject[] items = dev.heapscope.interpreter.modules.Builtins.toArray(v);
            PyTuple old = e.args;
            e.args = Heap.allocate(new PyTuple(Types.TUPLE, items));
            if (old != null) {
                decref(old);
            }
        });
        Methods.getset(b, "__traceback__", self -> incref(orNone(((PyBaseException) self).traceback)), (self, v) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject old = e.traceback;
            e.traceback = v == Types.NONE || v == null ? null : incref(v);
            if (old != null) {
                decref(old);
            }
        });
        Methods.getset(b, "__cause__", self -> incref(orNone(((PyBaseException) self).cause)), (self, v) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject old = e.cause;
            e.cause = v == Types.NONE || v == null ? null : incref(v);
            e.suppressContext = true;
            if (old != null) {
                decref(old);
            }
        });
        Methods.getset(b, "__context__", self -> incref(orNone(((PyBaseException) self).context)), (self, v) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject old = e.context;
            e.context = v == Types.NONE || v == null ? null : incref(v);
            if (old != null) {
                decref(old);
            }
        });
        Methods.getset(b, "__suppress_context__", self -> Types.newBool(((PyBaseException) self).suppressContext),
                (self, v) -> ((PyBaseException) self).suppressContext = Ops.isTrue(v));
        Methods.getter(b, "__dict__", self -> {
            PyBaseException e = (PyBaseException) self;
            if (e.dict == null) {
                e.dict = Heap.allocateUntracked(new PyDict(Types.DICT));
            }
            return incref(e.dict);
        });
        Methods.method(b, "with_traceback", (self, args, kw) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject tb = Args.one("with_traceback", args, kw);
            PyObject old = e.traceback;
            e.traceback = tb == Types.NONE ? null : incref(tb);
            if (old != null) {
                decref(old);
            }
            return incref(self);
        });
        Methods.method(b, "add_note", (self, args, kw) -> {
            PyObject note = Args.one("add_note", args, kw);
            if (!(note instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + note.type.name + "'");
            }
            // As CPython: the notes live in the instance's __dict__ as __notes__, a list made on first use.
            PyObject notes = Ops.getattrOrNull(self, NOTES);
            if (notes == null) {
                notes = Heap.allocate(new dev.heapscope.interpreter.objects.PyList(Types.LIST));
                try {
                    Ops.setattr(self, NOTES, notes);
                } catch (PyException e) {
                    decref(notes);
                    throw e;
                }
            }
            try {
                if (!(notes instanceof dev.heapscope.interpreter.objects.PyList list)) {
                    throw Errors.typeError("Cannot add note: __notes__ is not a list");
                }
                list.append(note);
            } finally {
                decref(notes);
            }
            return incref(Types.NONE);
        });
        PyType stop = ExceptionTypes.STOP_ITERATION;
        Methods.getter(stop, "value", self -> dev.heapscope.interpreter.modules.Builtins.stopIterationValue(
                (PyBaseException) self));
        PyType exit = ExceptionTypes.SYSTEM_EXIT;
        Methods.getter(exit, "code", self -> {
            PyTuple a = ((PyBaseException) self).args;
            if (a.items.length == 0) {
                return incref(Types.NONE);
            }
            return incref(a.items.length == 1 ? a.items[0] : a);
        });
        PyType key = ExceptionTypes.KEY_ERROR;
        Methods.slot(key, "__str__", (self, args, kw) -> {
            PyTuple a = ((PyBaseException) self).args;
            if (a.items.length == 1) {
                return Ops.repr(a.items[0]);
            }
            return Ops.callMethod(b.dict.getStr(Names.__str__), self, args, kw);
        });
        for (PyType t : new PyType[] {ExceptionTypes.NAME_ERROR, ExceptionTypes.ATTRIBUTE_ERROR,
                ExceptionTypes.IMPORT_ERROR}) {
            Methods.getter(t, "name", self -> incref(orNone(((PyBaseException) self).name)));
        }
        Methods.getter(ExceptionTypes.ATTRIBUTE_ERROR, "obj", self -> incref(orNone(((PyBaseException) self).obj)));
        Methods.getter(ExceptionTypes.SYNTAX_ERROR, "msg", self -> {
            PyTuple a = ((PyBaseException) self).args;
            return incref(a.items.length > 0 ? a.items[0] : Types.NONE);
        });
        for (String field : new String[] {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}) {
            int index = java.util.List.of("filename", "lineno", "offset", "text", "end_lineno", "end_offset").indexOf(field);
            Methods.getter(ExceptionTypes.SYNTAX_ERROR, field, self -> {
                PyTuple a = ((PyBaseException) self).args;
                if (a.items.length == 2 && a.items[1] instanceof PyTuple details && index < details.items.length) {
                    return incref(details.items[index]);
                }
                return incref(Types.NONE);
            });
        }
        Methods.slot(ExceptionTypes.SYNTAX_ERROR, "__str__", (self, args, kw) -> {
            PyTuple a = ((PyBaseException) self).args;
            if (a.items.length == 2 && a.items[1] instanceof PyTuple details && details.items.length >= 2) {
                String msg = Ops.strString(a.items[0]);
                String file = details.items[0] instanceof PyStr f ? f.value : null;
                String line = details.items[1] instanceof dev.heapscope.interpreter.objects.PyInt l ? l.toString() : null;
                if (file != null) {
                    String base = java.nio.file.Path.of(file).getFileName().toString();
                    return Types.newStr(msg + " (" + base + (line != null ? ", line " + line : "") + ")");
                }
                if (line != null) {
                    return Types.newStr(msg + " (line " + line + ")");
                }
                return Types.newStr(msg);
            }
            return Ops.callMethod(b.dict.getStr(Names.__str__), self, args, kw);
        });
    }

    /** UnicodeDecodeError.__str__: the codec, the offending byte(s) and the reason, once the five args are there. */
    private static void registerUnicodeDecodeError() {
        Methods.slot(ExceptionTypes.UNICODE_DECODE_ERROR, "__str__", (self, args, kw) -> {
            PyTuple a = ((PyBaseException) self).args;
            if (a.items.length == 5 && a.items[1] instanceof dev.heapscope.interpreter.objects.PyBytes object
                    && a.items[2] instanceof dev.heapscope.interpreter.objects.PyInt start
                    && a.items[3] instanceof dev.heapscope.interpreter.objects.PyInt end) {
                String head = "'" + Ops.strString(a.items[0]) + "' codec can't decode ";
                String reason = Ops.strString(a.items[4]);
                if (end.value == start.value + 1 && start.value >= 0 && start.value < object.value.length) {
                    return Types.newStr(head + String.format("byte 0x%02x in position %d: ", object.value[(int) start.value] & 0xff,
                            start.value) + reason);
                }
                return Types.newStr(head + "bytes in position " + start.value + "-" + (end.value - 1) + ": " + reason);
            }
            return Ops.callMethod(ExceptionTypes.BASE_EXCEPTION.dict.getStr(Names.__str__), self, args, kw);
        });
        Methods.slot(ExceptionTypes.UNICODE_ENCODE_ERROR, "__str__", (self, args, kw) -> {
            PyTuple a = ((PyBaseException) self).args;
            if (a.items.length == 5 && a.items[1] instanceof dev.heapscope.interpreter.objects.PyStr object
                    && a.items[2] instanceof dev.heapscope.interpreter.objects.PyInt start
                    && a.items[3] instanceof dev.heapscope.interpreter.objects.PyInt end) {
                String head = "'" + Ops.strString(a.items[0]) + "' codec can't encode ";
                String reason = Ops.strString(a.items[4]);
                int[] cps = object.value.codePoints().toArray();
                if (end.value == start.value + 1 && start.value >= 0 && start.value < cps.length) {
                    String shown = dev.heapscope.interpreter.modules.Codecs.backslashed(cps[(int) start.value]);
                    return Types.newStr(head + "character '" + shown + "' in position " + start.value + ": " + reason);
                }
                return Types.newStr(head + "characters in position " + start.value + "-" + (end.value - 1) + ": " + reason);
            }
            return Ops.callMethod(ExceptionTypes.BASE_EXCEPTION.dict.getStr(Names.__str__), self, args, kw);
        });
        // encoding, object, start, end and reason: the five arguments the codecs pass.
        String[] fields = {"encoding", "object", "start", "end", "reason"};
        for (PyType t : new PyType[] {ExceptionTypes.UNICODE_ENCODE_ERROR, ExceptionTypes.UNICODE_DECODE_ERROR}) {
            for (int i = 0; i < fields.length; i++) {
                int index = i;
                Methods.getter(t, fields[i], self -> {
                    PyTuple a = ((PyBaseException) self).args;
                    return incref(a.items.length == 5 ? a.items[index] : Types.NONE);
                });
            }
        }
    }

    /** A SyntaxError object for an error found while compiling code at run time (import, compile()). */
    static PyException syntaxError(PythonSyntaxError e) {
        PyType type = switch (e.kind()) {
            case IndentationError -> ExceptionTypes.INDENTATION_ERROR;
            case TabError -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        PyObject[] details = {
            Types.newStr(e.filename()), Types.newInt(e.lineno()), Types.newInt(Math.max(e.offset(), 0)),
            e.text() == null ? incref(Types.NONE) : Types.newStr(e.text()),
            Types.newInt(e.endLineno()), Types.newInt(Math.max(e.endOffset(), 0))};
        PyTuple detailTuple = Heap.allocate(new PyTuple(Types.TUPLE, details));
        return new PyException(Errors.newException(type, new PyObject[] {Types.newStr(e.msg()), detailTuple}));
    }

    static PyObject orNone(PyObject o) {
        return o == null ? Types.NONE : o;
    }
}
