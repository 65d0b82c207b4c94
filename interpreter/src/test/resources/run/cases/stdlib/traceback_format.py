# traceback: print_exc, format_exc, print_exception, format_exception(_only) with 3.11's
# signatures, carets, chains, limits, notes, SyntaxError, recursion and exception groups.
import sys
import traceback


def inner(x):
    return x[1] + 1 / 0


def outer():
    return inner([1, 2])


def show(title, lines):
    print(f"--- {title}")
    print("".join(lines), end="")


try:
    outer()
except Exception:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    error = sys.exc_info()[1]
print(text == "".join(traceback.format_exception(error)))
show("format_exception(type, value, tb)", traceback.format_exception(type(error), error, error.__traceback__))
show("limit=1", traceback.format_exception(error, limit=1))
show("limit=-1", traceback.format_exception(error, limit=-1))
show("limit=0", traceback.format_exception(error, limit=0))
show("only", traceback.format_exception_only(error))
show("only (type, value)", traceback.format_exception_only(type(error), error))
print(traceback.format_exc())          # no exception being handled
traceback.print_exception(error)       # to stderr
traceback.print_exception(error, file=sys.stdout, limit=2)

try:
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad value") from k
except ValueError as v:
    show("cause", traceback.format_exception(v))
    show("cause, chain=False", traceback.format_exception(v, chain=False))

try:
    try:
        int("x")
    except ValueError:
        [][0]
except IndexError as ie:
    show("context", traceback.format_exception(ie))

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as te:
    show("from None", traceback.format_exception(te))


class Custom(Exception):
    pass


class Silent(Exception):
    def __str__(self):
        return ""


class Broken(Exception):
    def __str__(self):
        raise RuntimeError


for exc in (Custom("custom"), Silent(), Broken(), KeyError("k"), StopIteration(), SystemExit(3)):
    show(type(exc).__name__, traceback.format_exception_only(exc))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
show("notes", traceback.format_exception(e))

try:
    compile("x = (1,\n  2 +)", "<snippet>", "exec")
except SyntaxError as se:
    show("SyntaxError", traceback.format_exception_only(se))
try:
    compile("def f():\n\tpass\n\t  return", "tabs.py", "exec")
except SyntaxError as se:
    show("IndentationError", traceback.format_exception_only(se))
show("SyntaxError no location", traceback.format_exception_only(SyntaxError("plain")))


def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError as r:
    show("recursion", traceback.format_exception(r))

try:
    raise ExceptionGroup("many", [ValueError("one"), TypeError("two"),
                                  ExceptionGroup("nested", [KeyError("three")])])
except ExceptionGroup as eg:
    show("group", traceback.format_exception(eg))

for bad in [lambda: traceback.format_exception(error, error), lambda: traceback.format_exception(5),
            lambda: traceback.print_exception(ValueError, error)]:
    try:
        bad()
    except (ValueError, TypeError) as x:
        print(type(x).__name__ + ":", x)
