#!/usr/bin/env python3
"""Records CPython's builtins for the language server: name, kind, signature, docstring.

The server treats a name as builtin exactly when it is in ``dir(builtins)`` of the
CPython that recorded this file, and shows the recorded signature and docstring on hover
and in signature help. Run with CPython 3.11:

    python3 server/tools/record_builtins.py > server/src/main/resources/dev/heapscope/server/analysis/builtins.tsv

One line per name, tab-separated: name, kind (class, exception, function, constant),
signature (empty when CPython knows none), docstring with backslash, tab and newline
escaped as \\\\, \\t and \\n.
"""
import builtins
import inspect
import sys


def kind_of(value):
    if isinstance(value, type):
        return "exception" if issubclass(value, BaseException) else "class"
    if callable(value):
        return "function"
    return "constant"


def signature_of(name, value):
    if not callable(value):
        return ""
    try:
        return name + str(inspect.signature(value))
    except (ValueError, TypeError):
        pass
    doc = getattr(value, "__doc__", None) or ""
    first = doc.split("\n", 1)[0].strip()
    # Docstrings of builtins without a text signature start with their call forms.
    if first.startswith(name + "(") and first.endswith(")"):
        return first
    if " -> " in first and first.startswith(name + "("):
        return first.split(" -> ")[0]
    return ""


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record with CPython 3.11, not " + sys.version.split()[0])
    print("# Recorded from CPython " + sys.version.split()[0] + " by server/tools/record_builtins.py; do not edit.")
    for name in dir(builtins):
        value = getattr(builtins, name)
        doc = inspect.getdoc(value) if not isinstance(value, (str, bool, type(None), type(Ellipsis), type(NotImplemented))) else ""
        if kind_of(value) == "constant" and name not in ("None", "True", "False", "Ellipsis", "NotImplemented", "__debug__"):
            doc = ""
        print("\t".join([name, kind_of(value), signature_of(name, value), escape(doc or "")]))


main()
