package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.decref;
import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyType;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.ExceptionTypes;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Iterators.JavaIterator;
import dev.heapscope.interpreter.runtime.Methods;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * open(): files read whole on opening and written on close or flush, as text (UTF-8, universal
 * newlines on reading) or bytes. Enough for programs that read their input or write results.
 */
final class FileIO {
    private FileIO() {
    }

    static final PyType TEXT = Types.builtin("_io.TextIOWrapper", Types.OBJECT);
    static final PyType BINARY = Types.builtin("_io.BufferedReader", Types.OBJECT);

    /** An open file: the whole content for reading, or a buffer for writing. */
    static final class PyFile extends JavaIterator {
        final String name;
        final String mode;
        final boolean binary;
        final boolean writing;
        final boolean appending;
        final Path path;
        String text;
        byte[] bytes;
        int position;
        final StringBuilder pending = new StringBuilder();
        final java.io.ByteArrayOutputStream pendingBytes = new java.io.ByteArrayOutputStream();
        boolean closed;

        PyFile(PyType type, Path path, String name, String mode) {
            super(type);
            this.path = path;
            this.name = name;
            this.mode = mode;
            this.binary = mode.contains("b");
            this.writing = mode.contains("w") || mode.contains("a") || mode.contains("x");
            this.appending = mode.contains("a");
        }

        @Override
        public PyObject next() {
            PyObject line = readline(-1);
            if ((line instanceof PyStr s && s.length == 0) || (line instanceof PyBytes b && b.value.length == 0)) {
                decref(line);
                return null;
            }
            return line;
        }

        @Override
        public boolean isGcType() {
            return false;
        }

        void checkOpen() {
            if (closed) {
                throw Errors.valueError("I/O operation on closed file.");
            }
        }

        PyObject readline(long limit) {
            checkOpen();
            if (binary) {
                int end = position;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                if (end < bytes.length) {
                    end++;
                }
                byte[] line = java.util.Arrays.copyOfRange(bytes, position, end);
                position = end;
                return PyBytes.of(line);
            }
            int end = text.indexOf('\n', position);
            end = end < 0 ? text.length() : end + 1;
            if (limit >= 0 && end - position > limit) {
                end = position + (int) limit;
            }
            String line = text.substring(position, end);
            position = end;
            return Types.newStr(line);
        }

        void flushPending() {
            if (!writing) {
                return;
            }
            try {
                byte[] data = binary ? pendingBytes.toByteArray() : pending.toString().getBytes(StandardCharsets.UTF_8);
                Files.write(path, data, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                pending.setLength(0);
                pendingBytes.reset();
            } catch (IOException e) {
                throw osError(e, name);
            }
        }

        void close() {
            if (!closed) {
                flushPending();
                closed = true;
            }
        }

        @Override
        public void releaseReferences() {
            close();
        }

        @Override
        public long allocationRequest() {
            return 16 + 200;
        }
    }

    static dev.heapscope.interpreter.runtime.PyException osError(IOException e, String name) {
        if (e instanceof NoSuchFileException) {
            return osError(2, "No such file or directory", name);
        }
        if (e instanceof AccessDeniedException) {
            return osError(13, "Permission denied", name);
        }
        if (e instanceof FileAlreadyExistsException) {
            return osError(17, "File exists", name);
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return osError(39, "Directory not empty", name);
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return osError(20, "Not a directory", name);
        }
        return Errors.raise(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
    }

    /** OSError(errno, strerror, filename): the errno's subclass, with CPython's attributes and str. */
    static dev.heapscope.interpreter.runtime.PyException osError(int errno, String strerror, String filename) {
        return new dev.heapscope.interpreter.runtime.PyException(Errors.newException(ExceptionTypes.OS_ERROR,
                new PyObject[] {Types.newInt(errno), Types.newStr(strerror), Types.newStr(filename)}));
    }

    static void register(PyDict d) {
        Builtins.function(d, "open", (self, args, kw) -> {
            Args.onlyKeywords("open", kw, "file", "mode", "buffering", "encoding", "errors", "newline", "closefd");
            int npos = Args.positional(args, kw);
            PyObject file = npos > 0 ? args[0] : Args.keyword(args, kw, "file");
            PyObject modeArg = npos > 1 ? args[1] : Args.keyword(args, kw, "mode");
            if (!(file instanceof PyStr fs)) {
                throw Errors.typeError("expected str, bytes or os.PathLike object, not " + (file == null ? "NoneType" : file.type.name));
            }
            String mode = modeArg instanceof PyStr m ? m.value : "r";
            Path path = Path.of(fs.value);
            PyFile f = new PyFile(mode.contains("b") ? BINARY : TEXT, path, fs.value, mode);
            try {
                if (Files.isDirectory(path)) {
                    throw Errors.raise(ExceptionTypes.IS_A_DIRECTORY_ERROR, "[Errno 21] Is a directory: "
                            + Ops.reprString(file));
                }
                if (f.writing) {
                    if (mode.contains("x") && Files.exists(path)) {
                        throw osError(new FileAlreadyExistsException(fs.value), fs.value);
                    }
                    if (!f.appending) {
                        Files.write(path, new byte[0]);
                    } else if (!Files.exists(path)) {
                        Files.write(path, new byte[0]);
                    }
                } else {
                    byte[] data = Files.readAllBytes(path);
                    if (f.binary) {
                        f.bytes = data;
                    } else {
                        f.text = new String(data, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
                    }
                }
            } catch (IOException e) {
                throw osError(e, fs.value);
            }
            return Heap.allocate(f);
        });
        for (PyType t : new PyType[] {TEXT, BINARY}) {
            Iteration.iteratorMethods(t);
            Methods.method(t, "read", (self, args, kw) -> {
                PyFile f = (PyFile) self;
                f.checkOpen();
                long n = args.length > 0 && args[0] != Types.NONE ? Ops.asLong(args[0]) : -1;
                if (f.binary) {
                    int end = n < 0 ? f.bytes.length : (int) Math.min(f.bytes.length, f.position + n);
                    byte[] out = java.util.Arrays.copyOfRange(f.bytes, f.position, end);
                    f.position = end;
                    return PyBytes.of(out);
                }
                int end = n < 0 ? f.text.length() : (int) Math.min(f.text.length(), f.position + n);
                String out = f.text.substring(f.position, end);
                f.position = end;
                return Types.newStr(out);
            });
            Methods.method(t, "readline", (self, args, kw) -> ((PyFile) self).readline(
                    args.length > 0 ? Ops.asLong(args[0]) : -1));
            Methods.method(t, "readlines", (self, args, kw) -> {
                PyList l = Heap.allocate(new PyList(Types.LIST));
                PyObject line;
                while ((line = ((PyFile) self).next()) != null) {
                    l.appendOwned(line);
                }
                return l;
            });
            Methods.method(t, "write", (self, args, kw) -> {
                PyFile f = (PyFile) self;
                f.checkOpen();
                PyObject s = Args.one("write", args, kw);
                if (!f.writing) {
                    throw Errors.raise(ExceptionTypes.OS_ERROR, "not writable");
                }
                if (f.binary) {
                    byte[] b = ((PyBytes) s).value;
                    f.pendingBytes.write(b, 0, b.length);
                    return Types.newInt(b.length);
                }
                if (!(s instanceof PyStr str)) {
                    throw Errors.typeError("write() argument must be str, not " + s.type.name);
                }
                f.pending.append(str.value);
                return Types.newInt(str.length);
            });
            Methods.method(t, "flush", (self, args, kw) -> {
                ((PyFile) self).flushPending();
                return incref(Types.NONE);
            });
            Methods.method(t, "close", (self, args, kw) -> {
                ((PyFile) self).close();
                return incref(Types.NONE);
            });
            Methods.method(t, "__enter__", (self, args, kw) -> incref(self));
            Methods.method(t, "__exit__", (self, args, kw) -> {
                ((PyFile) self).close();
                return incref(Types.NONE);
            });
            Methods.getter(t, "closed", self -> Types.newBool(((PyFile) self).closed));
            Methods.getter(t, "name", self -> Types.newStr(((PyFile) self).name));
            Methods.getter(t, "mode", self -> Types.newStr(((PyFile) self).mode));
        }
        TEXT.name = "TextIOWrapper";
        BINARY.name = "BufferedReader";
    }
}
