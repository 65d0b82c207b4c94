package dev.heapscope.interpreter.runtime;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBaseException;
import dev.heapscope.interpreter.objects.PyInt;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.objects.PyType;
import java.util.Map;

/**
 * OSError (Objects/exceptions.c, oserror_new/oserror_init): errno, strerror, filename and
 * filename2, the subclass chosen from the errno when OSError itself is called, and the
 * "[Errno N] message: 'file'" form of str().
 */
final class OSErrors {
    private OSErrors() {
    }

    /** An OSError with its four attributes (owned, null when unset). */
    static final class PyOSError extends PyBaseException {
        PyObject errno;
        PyObject strerror;
        PyObject filename;
        PyObject filename2;

        PyOSError(PyType type, PyTuple args) {
            super(type, args);
        }

        @Override
        public void traverse(Visitor visitor) {
            super.traverse(visitor);
            for (PyObject o : new PyObject[] {errno, strerror, filename, filename2}) {
                if (o != null) {
                    visitor.visit(o);
                }
            }
        }

        @Override
        public void clear() {
            super.clear();
            PyObject[] held = {errno, strerror, filename, filename2};
            errno = strerror = filename = filename2 = null;
            for (PyObject o : held) {
                if (o != null) {
                    decref(o);
                }
            }
        }
    }

    /** errno values of Linux and the OSError subclass each selects (errmap in CPython). */
    private static final Map<Long, PyType> BY_ERRNO = Map.ofEntries(
            Map.entry(1L, ExceptionTypes.PERMISSION_ERROR), Map.entry(2L, ExceptionTypes.FILE_NOT_FOUND_ERROR),
            Map.entry(3L, ExceptionTypes.PROCESS_LOOKUP_ERROR), Map.entry(4L, ExceptionTypes.INTERRUPTED_ERROR),
            Map.entry(10L, ExceptionTypes.CHILD_PROCESS_ERROR), Map.entry(11L, ExceptionTypes.BLOCKING_IO_ERROR),
            Map.entry(13L, ExceptionTypes.PERMISSION_ERROR), Map.entry(17L, ExceptionTypes.FILE_EXISTS_ERROR),
            Map.entry(20L, ExceptionTypes.NOT_A_DIRECTORY_ERROR), Map.entry(21L, ExceptionTypes.IS_A_DIRECTORY_ERROR),
            Map.entry(32L, ExceptionTypes.BROKEN_PIPE_ERROR), Map.entry(103L, ExceptionTypes.CONNECTION_ABORTED_ERROR),
            Map.entry(104L, ExceptionTypes.CONNECTION_RESET_ERROR), Map.entry(108L, ExceptionTypes.BROKEN_PIPE_ERROR),
            Map.entry(110L, ExceptionTypes.TIMEOUT_ERROR), Map.entry(111L, ExceptionTypes.CONNECTION_REFUSED_ERROR),
            Map.entry(114L, ExceptionTypes.BLOCKING_IO_ERROR), Map.entry(115L, ExceptionTypes.BLOCKING_IO_ERROR));

    static void register() {
        PyType os = ExceptionTypes.OS_ERROR;
        Methods.constructor(os, (type, args, kw) -> {
            int n = Args.positional(args, kw);
            if (type == os && n >= 2 && n <= 5 && args[0] instanceof PyInt code && code.isSmall()) {
                PyType sub = BY_ERRNO.get(code.value);
                if (sub != null) {
                    type = sub;
                }
            }
            PyObject[] items = new PyObject[n];
            for (int i = 0; i < n; i++) {
                items[i] = incref(args[i]);
            }
            PyTuple argsTuple = n == 0 ? (PyTuple) incref(Types.EMPTY_TUPLE) : Heap.allocate(new PyTuple(Types.TUPLE, items));
            if (type.heapType) {
                incref(type);
            }
            PyOSError e = Heap.allocate(new PyOSError(type, argsTuple));
            if (n >= 2 && n <= 5) {
                e.errno = incref(args[0]);
                e.strerror = incref(args[1]);
                if (n >= 3 && args[2] != Types.NONE) {
                    e.filename = incref(args[2]);
                    if (n == 5 && args[4] != Types.NONE) {
                        e.filename2 = incref(args[4]);
                    }
                    // With a filename the args are only (errno, strerror).
                    PyTuple old = e.args;
                    e.args = Heap.allocate(new PyTuple(Types.TUPLE, new PyObject[] {incref(args[0]), incref(args[1])}));
                    decref(old);
                }
            }
            return e;
        });
        for (PyType t : ExceptionTypes.ALL.values()) {
            if (t != os && t.isSubtypeOf(os)) {
                t.constructor = os.constructor;
            }
        }
        // oserror_init: the arguments were taken by __new__; BaseException.__init__ would keep all of them.
        Methods.slot(os, "__init__", (self, args, kw) -> incref(Types.NONE));
        Methods.getter(os, "errno", self -> incref(orNone(((PyOSError) self).errno)));
        Methods.getter(os, "strerror", self -> incref(orNone(((PyOSError) self).strerror)));
        Methods.getter(os, "filename", self -> incref(orNone(((PyOSError) self).filename)));
        Methods.getter(os, "filename2", self -> incref(orNone(((PyOSError) self).filename2)));
        Methods.slot(os, "__str__", (self, args, kw) -> {
            PyOSError e = (PyOSError) self;
            if (e.filename != null) {
                String head = "[Errno " + Ops.strString(orNone(e.errno)) + "] " + Ops.strString(orNone(e.strerror))
                        + ": " + Ops.reprString(e.filename);
                return Types.newStr(e.filename2 != null ? head + " -> " + Ops.reprString(e.filename2) : head);
            }
            if (e.errno != null && e.strerror != null) {
                return Types.newStr("[Errno " + Ops.strString(e.errno) + "] " + Ops.strString(e.strerror));
            }
            return Ops.callMethod(ExceptionTypes.BASE_EXCEPTION.dict.getStr(Names.__str__), self, args, kw);
        });
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Types.NONE : o;
    }
}
