#!/usr/bin/env python3
"""Record which strings CPython 3.11 allocates statically, for Heapscope's interned table.

Run with CPython 3.11:  python3 interpreter/tools/record_static_strings.py
Writes interpreter/src/main/resources/dev/heapscope/interpreter/static_strings.txt: one
string per line, sorted, with backslash, newline, tab and carriage return written as \\\\,
\\n, \\t and \\r.

In CPython 3.11 an interned string is counted like any object and freed when its count
reaches zero (the interned dict's key and value references are not counted), except the
strings the runtime allocates statically: its _Py_ID/_Py_STR identifiers and the string
constants of the deep-frozen start-up modules. Those start with a count of 999999999 (less
the two the interned dict does not count) and so never reach zero. They cannot be listed
from Python directly, so this script probes: every candidate string is interned in a fresh
interpreter and those whose count is far above any real number of references are static.

Candidates: the identifiers and string constants of every module of the standard library
(source files under sys.prefix's lib directory), the names in the namespaces of the builtins,
of every builtin module and of their types, and the strings in the code objects of the
frozen modules. One-character latin-1 strings are left out: Heapscope shares them as
CPython's latin-1 singletons do, whether interned or not.
"""
import ast
import os
import subprocess
import sys
import tokenize

if sys.version_info[:2] != (3, 11):
    sys.exit("record_static_strings.py must run on CPython 3.11")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "dev", "heapscope", "interpreter", "static_strings.txt")

# A count this high is no real number of references: the object started at 999999999.
STATIC_COUNT = 500_000_000


def stdlib_sources():
    lib = os.path.dirname(os.__file__)
    for root, dirs, files in os.walk(lib):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "dist-packages", "__pycache__"))
        for f in sorted(files):
            if f.endswith(".py"):
                yield os.path.join(root, f)


def strings_of_source(path, out):
    try:
        with tokenize.open(path) as f:
            source = f.read()
        tree = ast.parse(source)
    except (SyntaxError, UnicodeDecodeError, ValueError, OSError):
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.add(node.value)
        elif isinstance(node, ast.Name):
            out.add(node.id)
        elif isinstance(node, ast.Attribute):
            out.add(node.attr)
        elif isinstance(node, ast.arg):
            out.add(node.arg)
        elif isinstance(node, ast.keyword) and node.arg:
            out.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, ast.alias):
            out.update(node.name.split("."))
            out.add(node.name)
            if node.asname:
                out.add(node.asname)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.update(node.module.split("."))
            out.add(node.module)


def strings_of_code(code, out):
    out.add(code.co_name)
    out.add(code.co_qualname)
    out.add(code.co_filename)
    out.update(code.co_names)
    out.update(code.co_varnames)
    out.update(code.co_cellvars)
    out.update(code.co_freevars)
    for c in code.co_consts:
        if isinstance(c, str):
            out.add(c)
        elif isinstance(c, type(code)):
            strings_of_code(c, out)
        elif isinstance(c, (tuple, frozenset)):
            out.update(x for x in c if isinstance(x, str))


def runtime_names(out):
    import importlib
    seen = set()

    def names_of(obj):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        try:
            d = vars(obj)
        except TypeError:
            return
        for k, v in list(d.items()):
            if isinstance(k, str):
                out.add(k)
            if isinstance(v, str):
                out.add(v)
            if isinstance(v, type):
                out.add(v.__name__)
                out.add(v.__qualname__)
                names_of(v)

    import builtins
    names_of(builtins)
    for name in sorted(sys.builtin_module_names) + sorted(getattr(sys, "stdlib_module_names", ())):
        out.add(name)
        if name in sys.builtin_module_names:
            try:
                names_of(importlib.import_module(name))
            except ImportError:
                pass
    import _imp
    for name in sorted(getattr(_imp, "_frozen_module_names", lambda: ())()):
        out.add(name)
        try:
            strings_of_code(_imp.get_frozen_object(name), out)
        except ImportError:
            pass


# The probe runs in a fresh interpreter: candidates on stdin (one repr per line), the static
# ones back on stdout. The probe's own strings are created after start-up, so none of them
# can pass for static.
PROBE = r"""
import ast, sys
limit = int(sys.argv[1])
for line in sys.stdin:
    s = ast.literal_eval(line)
    if sys.getrefcount(sys.intern(s)) > limit:
        print(ascii(s))
"""


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def main():
    candidates = set()
    for path in stdlib_sources():
        strings_of_source(path, candidates)
    runtime_names(candidates)
    candidates = sorted(s for s in candidates if not (len(s) == 1 and ord(s) < 256)
                        and not any(0xD800 <= ord(c) <= 0xDFFF for c in s))
    probe = subprocess.run([sys.executable, "-I", "-c", PROBE, str(STATIC_COUNT)],
                           input="".join(ascii(s) + "\n" for s in candidates),
                           capture_output=True, text=True, check=True)
    static = sorted(ast.literal_eval(line) for line in probe.stdout.splitlines())
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for s in static:
            f.write(escape(s) + "\n")
    print(f"probed {len(candidates)} candidates: {len(static)} static strings written to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
