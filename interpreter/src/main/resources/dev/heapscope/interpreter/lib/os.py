"""OS routines for POSIX: the file system (listdir, scandir, walk, stat, mkdir, makedirs,
remove, rename), the environment (environ, getenv) and os.path (posixpath).

Heapscope's os, over the Java posix module, with CPython 3.11's behaviour for what it has.
"""

import sys as _sys
import posix as _posix
import posixpath as path
from posix import (getcwd, listdir, mkdir, rmdir, remove, unlink, rename, replace,
                   getpid, urandom, cpu_count)

sys = _sys
_sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
sep = path.sep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "environ", "getenv", "getcwd", "listdir",
           "mkdir", "makedirs", "rmdir", "removedirs", "remove", "unlink", "rename", "replace",
           "stat", "lstat", "stat_result", "scandir", "DirEntry", "walk", "getpid", "urandom",
           "cpu_count", "fspath", "PathLike", "getcwdb"]


class stat_result:
    """stat_result: Result from stat, fstat, or lstat.

    A structseq: st_mode ... st_size, then the three times, as a sequence of 10 (the
    times as ints there) and as attributes (the times as floats)."""

    __slots__ = ("_values", "_times")
    n_sequence_fields = 10
    n_fields = 10
    n_unnamed_fields = 0
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __init__(self, values):
        values = tuple(values)
        if len(values) != 10:
            raise TypeError(f"os.stat_result() takes a 10-sequence ({len(values)}-sequence given)")
        self._values = values[:7] + tuple(int(t) for t in values[7:10])
        self._times = values[7:10]

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._values == other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    st_mode = property(lambda self: self._values[0])
    st_ino = property(lambda self: self._values[1])
    st_dev = property(lambda self: self._values[2])
    st_nlink = property(lambda self: self._values[3])
    st_uid = property(lambda self: self._values[4])
    st_gid = property(lambda self: self._values[5])
    st_size = property(lambda self: self._values[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 10**9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 10**9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 10**9))

    def __repr__(self):
        fields = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._values))
        return f"os.stat_result({fields})"

    def __reduce__(self):
        return stat_result, (self._values,)


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The stat_result of path."""
    return stat_result(_posix.stat(fspath(path), follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """The stat_result of path itself, not of what a symbolic link points to."""
    return stat_result(_posix.lstat(fspath(path)))


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__") or NotImplemented


def fspath(path):
    """The file system representation of path: str and bytes as they are, else __fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def getcwdb():
    return getcwd().encode()


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    return open(fd, mode, buffering, encoding, *args, **kwargs)


class _Environ:
    """os.environ: the process environment as a mapping of str to str."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[self._check(key)] = self._check(value)

    def __delitem__(self, key):
        try:
            del self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def clear(self):
        self._data.clear()

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        return dict(self.items()) == (dict(other.items()) if isinstance(other, _Environ) else other)

    def __repr__(self):
        return "environ({{{}}})".format(", ".join(f"{k!r}: {v!r}" for k, v in self._data.items()))

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get("PATH", defpath)
    return path_list.split(pathsep)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: make the directory and every missing parent; FileExistsError unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove the directory, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class DirEntry:
    """An entry of a directory listed by scandir()."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (path.isdir(self.path) and not path.islink(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (path.isfile(self.path) and not path.islink(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory (. by default)."""
    return _ScandirIterator("." if path is None else fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each directory under top: (dirpath, dirnames, filenames), parents before children
    when topdown (and dirnames may then be edited to prune the walk)."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks or not entry.is_symlink():
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)
