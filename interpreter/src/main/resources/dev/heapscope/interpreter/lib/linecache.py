"""Heapscope's linecache: the lines of source files, read once and kept.

warnings and traceback show source lines through it. A file is read as bytes and decoded
as the compiler would: a UTF-8 byte-order mark, or a coding cookie on one of the first
two lines, else UTF-8. Source that does not decode has no lines, as for the compiler.

`cache` is public, and its entries have the shapes CPython's have, since programs and
tools look into it: filename -> (size, mtime, lines, fullname) for a file read from disk
(mtime is None for source that came from a module's loader), or filename -> (get_lines,)
for a lazy entry whose source is asked of the loader on first use.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def _is_pseudo_file(filename):
    """'<stdin>', '<string>' and other names that are not files, and the empty name."""
    return not filename or (filename.startswith("<") and filename.endswith(">"))


def _is_lazy(entry):
    return len(entry) == 1


def clearcache():
    """Forget every file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counted from 1) of the file, with its newline; '' when there is no
    such line or the file cannot be read."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ""


def getlines(filename, module_globals=None):
    """All lines of the file, each ending in a newline; read (or taken from the module's
    loader) when the cache does not hold them yet. [] when the file cannot be read."""
    entry = cache.get(filename)
    if entry is not None and not _is_lazy(entry):
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cached lines of files that changed on disk (size or modification time),
    or that are gone: of one file, or of every file when filename is None. Lazy entries
    and source from loaders are kept. Nothing is checked unless this is called."""
    import os
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if _is_lazy(entry) or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            now = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (now.st_size, now.st_mtime) != (size, mtime):
            cache.pop(name, None)


def _source_encoding(data):
    """(encoding, data without a byte-order mark): what the compiler decodes the source
    with. SyntaxError for a cookie that contradicts a byte-order mark, LookupError for a
    cookie naming no codec."""
    import re
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    cookie = re.compile(rb"[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")
    blank_or_comment = re.compile(rb"[ \t\f]*(#.*)?\r?")
    for line in data.split(b"\n", 2)[:2]:
        found = cookie.match(line)
        if found:
            name = found.group(1).decode("ascii")
            spelled = name.lower().replace("_", "-")
            if bom and spelled != "utf-8" and not spelled.startswith("utf-8-"):
                raise SyntaxError("encoding problem: utf-8")
            return name, data
        if not blank_or_comment.fullmatch(line):
            break
    return "utf-8", data


def _file_lines(text):
    """The lines a text-mode file with universal newlines reads: \r\n and \r become
    \n, lines end after each \n, and the last line is given one if it lacks it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    last = lines.pop()
    lines = [line + "\n" for line in lines]
    if last:
        lines.append(last + "\n")
    return lines


def _loader_lines(source):
    """A loader's source as lines: split by str.splitlines, each ended with \n."""
    return [line + "\n" for line in source.splitlines()]


def _find_on_disk(filename):
    """(fullname, stat) of the file: the name itself, or, for a relative name that is not
    found, the first match along sys.path; None when there is none."""
    import os
    try:
        return filename, os.stat(filename)
    except OSError:
        if os.path.isabs(filename):
            return None
    for directory in sys.path:
        try:
            candidate = os.path.join(directory, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return candidate, os.stat(candidate)
        except OSError:
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read the file's lines again and cache them; returns them, or [] (with the entry
    dropped) when the file cannot be found, read or decoded."""
    entry = cache.get(filename)
    if entry is not None and not _is_lazy(entry):
        del cache[filename]
        entry = None
    if _is_pseudo_file(filename):
        return []

    if entry is not None:
        try:
            source = entry[0]()
        except (ImportError, OSError):
            source = None
        if source is not None:
            lines = _loader_lines(source)
            cache[filename] = (len(source), None, lines, filename)
            return lines
    if lazycache(filename, module_globals):
        return updatecache(filename, module_globals)

    found = _find_on_disk(filename)
    if found is None:
        return []
    fullname, stat = found
    try:
        with open(fullname, "rb") as source_file:
            encoding, data = _source_encoding(source_file.read())
        lines = _file_lines(data.decode(encoding))
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    cache[filename] = (stat.st_size, stat.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a lazy entry for filename: its source will be asked of the loader named in
    module_globals (__loader__, else __spec__.loader) when the lines are first wanted.

    Returns True when the cache holds a lazy entry for the file afterwards; False when it
    already holds its lines, when filename is not a real file's name, or when
    module_globals has no __name__ or no loader with get_source."""
    entry = cache.get(filename)
    if entry is not None:
        return _is_lazy(entry)
    if _is_pseudo_file(filename) or not module_globals or "__name__" not in module_globals:
        return False
    name = module_globals["__name__"]
    loader = module_globals.get("__loader__")
    if loader is None:
        loader = getattr(module_globals.get("__spec__"), "loader", None)
    get_source = getattr(loader, "get_source", None)
    if not (name and get_source):
        return False

    def get_lines(name=name, *args, **kwargs):
        return get_source(name, *args, **kwargs)

    cache[filename] = (get_lines,)
    return True
