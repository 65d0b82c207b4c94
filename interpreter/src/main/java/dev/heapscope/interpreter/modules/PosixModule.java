package dev.heapscope.interpreter.modules;

import static dev.heapscope.interpreter.runtime.Heap.incref;

import dev.heapscope.interpreter.objects.PyBytes;
import dev.heapscope.interpreter.objects.PyDict;
import dev.heapscope.interpreter.objects.PyList;
import dev.heapscope.interpreter.objects.PyModule;
import dev.heapscope.interpreter.objects.PyObject;
import dev.heapscope.interpreter.objects.PyStr;
import dev.heapscope.interpreter.objects.PyTuple;
import dev.heapscope.interpreter.runtime.Args;
import dev.heapscope.interpreter.runtime.Errors;
import dev.heapscope.interpreter.runtime.Heap;
import dev.heapscope.interpreter.runtime.Ops;
import dev.heapscope.interpreter.runtime.Types;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * posix: the operating-system calls behind the shipped os module (getcwd, listdir, stat,
 * mkdir, rmdir, unlink, rename, getpid, urandom, environ), through java.nio.file. Paths
 * are str; errors are the OSError subclasses open() raises, with CPython's messages.
 */
final class PosixModule {
    private PosixModule() {
    }

    static PyModule create() {
        PyModule m = Importer.newModule("posix", null);
        Builtins.function(m.dict, "getcwd", (self, args, kw) -> {
            Args.none("getcwd", args, kw);
            return Types.newStr(Path.of("").toAbsolutePath().toString());
        });
        Builtins.function(m.dict, "listdir", (self, args, kw) -> {
            Args.range("listdir", args, kw, 0, 1);
            String dir = args.length == 0 || args[0] == Types.NONE ? "." : path("listdir", args[0]);
            PyList out = Heap.allocate(new PyList(Types.LIST));
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(dir))) {
                for (Path p : entries) {
                    out.appendOwned(Types.newStr(p.getFileName().toString()));
                }
            } catch (IOException e) {
                Heap.decref(out);
                throw FileIO.osError(e, dir);
            } catch (RuntimeException e) {
                Heap.decref(out);
                throw e;
            }
            return out;
        });
        Builtins.function(m.dict, "stat", (self, args, kw) -> stat(args, kw, "stat", true));
        Builtins.function(m.dict, "lstat", (self, args, kw) -> stat(args, kw, "lstat", false));
        Builtins.function(m.dict, "mkdir", (self, args, kw) -> {
            Args.onlyKeywords("mkdir", kw, "path", "mode", "dir_fd");
            if (Args.positional(args, kw) < 1) {
                throw Errors.typeError("mkdir() missing required argument 'path' (pos 1)");
            }
            String p = path("mkdir", args[0]);
            try {
                Files.createDirectory(Path.of(p));
            } catch (IOException e) {
                throw FileIO.osError(e, p);
            }
            return incref(Types.NONE);
        });
        Builtins.function(m.dict, "rmdir", (self, args, kw) -> {
            String p = path("rmdir", Args.one("rmdir", args, kw));
            Path dir = Path.of(p);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw FileIO.osError(20, "Not a directory", p);
            }
            try {
                Files.delete(dir);
            } catch (IOException e) {
                throw FileIO.osError(e, p);
            }
            return incref(Types.NONE);
        });
        dev.heapscope.interpreter.objects.JavaMethod unlink = (self, args, kw) -> {
            String p = path("remove", Args.one("remove", args, kw));
            Path file = Path.of(p);
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw FileIO.osError(21, "Is a directory", p);
            }
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw FileIO.osError(e, p);
            }
            return incref(Types.NONE);
        };
        Builtins.function(m.dict, "remove", unlink);
        Builtins.function(m.dict, "unlink", unlink);
        dev.heapscope.interpreter.objects.JavaMethod rename = (self, args, kw) -> {
            Args.range("rename", args, kw, 2, 2);
            String src = path("rename", args[0]);
            String dst = path("rename", args[1]);
            try {
                Files.move(Path.of(src), Path.of(dst), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw FileIO.osError(e, src);
            }
            return incref(Types.NONE);
        };
        Builtins.function(m.dict, "rename", rename);
        Builtins.function(m.dict, "replace", rename);
        Builtins.function(m.dict, "getpid", (self, args, kw) -> {
            Args.none("getpid", args, kw);
            return Types.newInt(ProcessHandle.current().pid());
        });
        Builtins.function(m.dict, "cpu_count", (self, args, kw) -> {
            Args.none("cpu_count", args, kw);
            return Types.newInt(Runtime.getRuntime().availableProcessors());
        });
        Builtins.function(m.dict, "urandom", (self, args, kw) -> {
            long n = Ops.asLong(Args.one("urandom", args, kw));
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            new java.security.SecureRandom().nextBytes(b);
            return Heap.allocate(new PyBytes(Types.BYTES, b));
        });
        PyDict environ = Heap.allocate(new PyDict(Types.DICT));
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(System.getenv()).entrySet()) {
            PyStr k = Types.newStr(e.getKey());
            PyStr v = Types.newStr(e.getValue());
            environ.putOwned(k, k.hash(), v);
        }
        m.dict.putOwned(Types.intern("environ"), Types.name("environ").hash(), environ);
        return m;
    }

    /** A path argument: str only (CPython also takes bytes and os.PathLike). */
    private static String path(String fn, PyObject p) {
        if (p instanceof PyStr s) {
            return s.value;
        }
        PyObject fspath = p.type.lookup(Types.name("__fspath__"));
        if (fspath != null) {
            PyObject r = Ops.callMethod(fspath, p, new PyObject[0], null);
            try {
                if (r instanceof PyStr s) {
                    return s.value;
                }
            } finally {
                Heap.decref(r);
            }
        }
        throw Errors.typeError(fn + ": path should be string, bytes or os.PathLike, not " + p.type.name);
    }

    /** stat/lstat: (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime), times as floats. */
    private static PyObject stat(PyObject[] args, String[] kw, String fn, boolean follow) {
        Args.onlyKeywords(fn, kw, "path", "dir_fd", "follow_symlinks");
        if (Args.positional(args, kw) < 1) {
            throw Errors.typeError(fn + "() missing required argument 'path' (pos 1)");
        }
        String p = path(fn, args[0]);
        PyObject followArg = Args.keyword(args, kw, "follow_symlinks");
        if (followArg != null) {
            follow = Ops.isTrue(followArg);
        }
        Map<String, Object> a;
        try {
            LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            a = Files.readAttributes(Path.of(p), "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,"
                    + "lastModifiedTime,ctime", options);
        } catch (IOException e) {
            throw FileIO.osError(e, p);
        }
        PyObject[] items = {
            Types.newInt(((Number) a.get("mode")).longValue()),
            Types.newInt(((Number) a.get("ino")).longValue()),
            Types.newInt(((Number) a.get("dev")).longValue()),
            Types.newInt(((Number) a.get("nlink")).longValue()),
            Types.newInt(((Number) a.get("uid")).longValue()),
            Types.newInt(((Number) a.get("gid")).longValue()),
            Types.newInt(((Number) a.get("size")).longValue()),
            Types.newFloat(seconds(a.get("lastAccessTime"))),
            Types.newFloat(seconds(a.get("lastModifiedTime"))),
            Types.newFloat(seconds(a.get("ctime"))),
        };
        return Heap.allocate(new PyTuple(Types.TUPLE, items));
    }

    private static double seconds(Object time) {
        FileTime t = (FileTime) time;
        return t.to(java.util.concurrent.TimeUnit.NANOSECONDS) / 1e9;
    }
}
