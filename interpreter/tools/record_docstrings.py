#!/usr/bin/env python3
"""Record CPython 3.11's docstrings of the builtins for Heapscope's __doc__ attributes.

Run with CPython 3.11:  python3 interpreter/tools/record_docstrings.py
Writes interpreter/src/main/resources/dev/heapscope/interpreter/docstrings.tsv: one line
per documented object, KEY<TAB>DOC, where KEY is a builtin function's name (`len`), a
builtin type's name (`int`, `ValueError`) or TYPE.ATTRIBUTE for the methods and
attributes a builtin type defines itself (`list.append`); DOC has backslash, newline,
tab and carriage return written as \\\\, \\n, \\t and \\r. Objects without a docstring
are left out (their __doc__ is None).
"""
import builtins
import os
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("record_docstrings.py must run on CPython 3.11")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "dev", "heapscope", "interpreter", "docstrings.tsv")


def escape(doc):
    return doc.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def main():
    rows = []
    for name in sorted(vars(builtins)):
        obj = getattr(builtins, name)
        if isinstance(obj, type):
            if obj.__name__ != name:
                continue  # an alias such as IOError: the type is recorded under its own name
            if isinstance(obj.__dict__.get("__doc__"), str):
                rows.append((name, obj.__doc__))
            for attr, value in sorted(vars(obj).items()):
                doc = getattr(value, "__doc__", None)
                if attr != "__doc__" and isinstance(doc, str) and not isinstance(value, (str, int, type)):
                    rows.append((f"{name}.{attr}", doc))
        elif type(obj).__name__ == "builtin_function_or_method" and isinstance(obj.__doc__, str):
            rows.append((name, obj.__doc__))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for key, doc in rows:
            f.write(f"{key}\t{escape(doc)}\n")
    print(f"wrote {len(rows)} docstrings to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
