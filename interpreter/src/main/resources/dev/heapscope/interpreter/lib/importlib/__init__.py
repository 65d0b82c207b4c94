"""importlib for Heapscope: import_module and invalidate_caches.

Name resolution and its errors follow CPython 3.11's Lib/importlib/__init__.py and
importlib/_bootstrap.py (_resolve_name, _sanity_check, _gcd_import); the import itself is
the interpreter's own (builtins.__import__).
"""

import sys as _sys

__all__ = ["__import__", "import_module", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name)}")
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        elif not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
    name = name[level:]
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    return _sys.modules[name]


def invalidate_caches():
    """Heapscope keeps no finder caches: nothing to invalidate."""


__import__ = __import__
