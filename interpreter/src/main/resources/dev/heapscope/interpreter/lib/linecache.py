"""Cache lines from Python source files.

The lines of a file are read once (as text, in the encoding its coding cookie names, else
UTF-8) and kept until clearcache() or checkcache() finds the file changed. Used by
warnings and traceback to show source lines.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# The cache: filename -> (size, mtime, lines, fullname); lazily loaded entries are 1-tuples
# holding a function that returns the source.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    import os
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # lazy cache entry, leave it lazy.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue   # no-op for files loaded via a __loader__
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def _decode(data):
    """Source bytes as text: the coding cookie of the first two lines, else UTF-8."""
    import re
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    else:
        for line in data.split(b"\n", 2)[:2]:
            m = re.match(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", line)
            if m:
                encoding = m.group(1).decode("ascii")
                break
            if not re.match(rb"^[ \t\f]*(#.*)?\r?$", line):
                break
    return data.decode(encoding, "replace")


def _splitlines(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    import os
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []

    if filename in cache and len(cache[filename]) == 1:
        try:
            source = cache[filename][0]()
        except (ImportError, OSError):
            source = None
        if source is not None:
            lines = _splitlines(source)
            cache[filename] = (len(source), None, lines, filename)
            return lines
    if lazycache(filename, module_globals):
        return updatecache(filename, module_globals)

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        # Try looking through the module search path, which is only useful
        # when handling a relative filename.
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, "rb") as fp:
            lines = _splitlines(_decode(fp.read()))
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        return False
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    # Try for a __loader__, if available
    if module_globals and "__name__" in module_globals:
        name = module_globals["__name__"]
        loader = module_globals.get("__loader__")
        if loader is None:
            spec = module_globals.get("__spec__")
            loader = getattr(spec, "loader", None)
        get_source = getattr(loader, "get_source", None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
