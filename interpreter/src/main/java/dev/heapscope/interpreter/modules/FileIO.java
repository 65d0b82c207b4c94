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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * open(): files read whole on opening and written on close or flush, as bytes or as text. Text
 * is decoded on the first read and encoded as it is written, with the encoding and error
 * handler given (Codecs: UTF-8 by default, latin-1, ASCII, UTF-16, UTF-32), and newlines
 * translated as TextIOWrapper does: newline=None reads every line ending as "\n" and writes
 * "\n" as os.linesep; '' reads every ending untranslated; '\n', '\r' and '\r\n' end lines
 * only there, and written "\n" becomes them.
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
        /** Text decoded from bytes (for reading) on the first read; null until then. */
        String text;
        byte[] bytes;
        String encoding = "utf-8";
        String errors = "strict";
        /** The newline argument; null is None. */
        String newline;
        /** Whether text has been written, after which a UTF-16 or UTF-32 BOM is not repeated. */
        boolean wroteText;
        int position;
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

        /** The file's text, decoded (and, with newline=None, translated) on the first read. */
        String text() {
            if (text == null) {
                String decoded = Codecs.decode(bytes, encoding, errors);
                text = newline == null ? decoded.replace("\r\n", "\n").replace('\r', '\n') : decoded;
                bytes = null;
            }
            return text;
        }

        /** The end (exclusive) of the line starting at from, by the newline mode's endings. */
        int lineEnd(String t, int from) {
            if (newline == null || newline.equals("\n") || newline.equals("\r") || newline.equals("\r\n")) {
                String ending = newline == null ? "\n" : newline;
                int at = t.indexOf(ending, from);
                return at < 0 ? t.length() : at + ending.length();
            }
            // newline='': any of \r\n, \r and \n ends a line.
            for (int i = from; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < t.length() && t.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return t.length();
        }

        /** Text as written: "\n" translated to the newline mode's ending, then encoded. */
        byte[] encodeWritten(String s) {
            String translated = newline != null && (newline.equals("\r") || newline.equals("\r\n"))
                    ? s.replace("\n", newline) : s;
            String codec = encoding;
            if (wroteText || (appending && position > 0)) {
                // Only the file's first text carries the byte order mark.
                Codecs.Codec c = Codecs.lookup(encoding);
                if (c == Codecs.Codec.UTF_16) {
                    codec = "utf-16-le";
                } else if (c == Codecs.Codec.UTF_32) {
                    codec = "utf-32-le";
                } else if (c == Codecs.Codec.UTF_8_SIG) {
                    codec = "utf-8";
                }
            }
            byte[] b = Codecs.encode(translated, codec, errors);
            wroteText = wroteText || !s.isEmpty();
            return b;
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
            String t = text();
            int end = lineEnd(t, position);
            if (limit >= 0 && end - position > limit) {
                end = position + (int) limit;
            }
            String line = t.substring(position, end);
            position = end;
            return Types.newStr(line);
        }

        void flushPending() {
            if (!writing) {
                return;
            }
            try {
                byte[] data = pendingBytes.toByteArray();
                Files.write(path, data, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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

    /** open()'s encoding, errors or newline argument: a str, or null for None or absent. */
    private static String textOption(PyObject[] args, String[] kw, int npos, int index, String name) {
        PyObject v = npos > index ? args[index] : Args.keyword(args, kw, name);
        if (v == null || v == Types.NONE) {
            return null;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("open() argument '" + name + "' must be str or None, not " + v.type.name);
        }
        return s.value;
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
            String encoding = textOption(args, kw, npos, 3, "encoding");
            String errors = textOption(args, kw, npos, 4, "errors");
            String newline = textOption(args, kw, npos, 5, "newline");
            boolean binaryMode = mode.contains("b");
            if (binaryMode && encoding != null) {
                throw Errors.valueError("binary mode doesn't take an encoding argument");
            }
            if (binaryMode && errors != null) {
                throw Errors.valueError("binary mode doesn't take an errors argument");
            }
            if (binaryMode && newline != null) {
                throw Errors.valueError("binary mode doesn't take a newline argument");
            }
            if (newline != null && !(newline.isEmpty() || newline.equals("\n") || newline.equals("\r")
                    || newline.equals("\r\n"))) {
                throw Errors.valueError("illegal newline value: " + newline);
            }
            if (encoding != null) {
                Codecs.lookup(encoding);
            }
            Path path = Path.of(fs.value);
            PyFile f = new PyFile(binaryMode ? BINARY : TEXT, path, fs.value, mode);
            if (encoding != null) {
                f.encoding = encoding;
            }
            if (errors != null) {
                f.errors = errors;
            }
            f.newline = newline;
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
                    } else {
                        // Where appending starts: at a non-empty file no byte order mark is written.
                        f.position = (int) Math.min(Integer.MAX_VALUE, Files.size(path));
                    }
                } else {
                    f.bytes = Files.readAllBytes(path);
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
                String content = f.text();
                int end = n < 0 ? content.length() : (int) Math.min(content.length(), f.position + n);
                String out = content.substring(f.position, end);
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
                byte[] b = f.encodeWritten(str.value);
                f.pendingBytes.write(b, 0, b.length);
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
        Methods.getter(TEXT, "encoding", self -> Types.newStr(((PyFile) self).encoding));
        Methods.getter(TEXT, "errors", self -> Types.newStr(((PyFile) self).errors));
        TEXT.name = "TextIOWrapper";
        BINARY.name = "BufferedReader";
    }
}
