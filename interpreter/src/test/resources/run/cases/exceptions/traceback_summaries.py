# traceback's data classes: FrameSummary (fields, lazy line, repr, equality, unpacking),
# StackSummary (extract, from_list, format, limit, capture_locals, recursion folding),
# TracebackException (attributes, chaining, equality, print), walk_*, clear_frames.
import sys
import traceback

fs = traceback.FrameSummary(__file__, 3, "name", lookup_line=False)
print(repr(fs), fs._line if hasattr(fs, "_line") else None)
print(repr(fs.line))
print(fs.locals, fs.colno, fs.end_colno, fs.end_lineno)
filename, lineno, name, line = fs
print(lineno, name, line, fs[0] == __file__, fs[-1], fs[1:3])
print(fs == (__file__, 3, "name", fs.line), fs == (__file__, 3, "name"), fs != fs, fs == 5)
other = traceback.FrameSummary(__file__, 3, "name", line="different text")
print(fs == other, other.line)
print(traceback.FrameSummary("f", 1, "n", locals={"x": 1}) == traceback.FrameSummary("f", 1, "n"))
none_line = traceback.FrameSummary("f", None, "n")
print(repr(none_line.line), repr(none_line))
print(traceback.FrameSummary("f", 1, "n", line="  spaced\t ").line)
print(hash(fs) is not None if type(fs).__hash__ else "unhashable")
print(sorted(traceback.FrameSummary.__slots__) if hasattr(traceback.FrameSummary, "__slots__") else None)


def recurse(n):
    if n == 0:
        return traceback.extract_stack()
    return recurse(n - 1)


stack = recurse(6)
print(type(stack).__name__, len(stack), [f.name for f in stack][:3])
print("".join(stack.format()), end="")
print(len(traceback.extract_stack(limit=3)), len(traceback.format_stack(limit=2)))


def locals_here():
    alpha = [1, 2]
    beta = "two"
    return traceback.StackSummary.extract(traceback.walk_stack(None), limit=1, capture_locals=True)


summary = locals_here()
print(summary[0].name, summary[0].locals)
print("".join(summary.format()), end="")
gen = traceback.walk_stack(sys._getframe())
frame, line = next(gen)
print(frame.f_code.co_name, line == sys._getframe().f_lineno - 2)
lazy = traceback.StackSummary.extract(iter([(frame, 5)]), lookup_lines=False)
print(lazy[0].lineno, lazy[0]._line if hasattr(lazy[0], "_line") else None, repr(lazy[0].line))
print(traceback.StackSummary.from_list([]).format(), traceback.format_list([]))


def deep(n):
    if n == 0:
        raise RuntimeError("at the bottom")
    deep(n - 1)


try:
    deep(30)
except RuntimeError as e:
    error = e
te = traceback.TracebackException.from_exception(error)
print(len(te.stack), te.exc_type.__name__, str(te), te.__suppress_context__, te.exceptions)
print("".join(te.format()), end="")
print("".join(traceback.TracebackException.from_exception(error, limit=2).format()), end="")
print("".join(traceback.format_tb(error.__traceback__, limit=-2)), end="")
print(len(traceback.extract_tb(error.__traceback__, limit=0)))
sys.tracebacklimit = 2
print("".join(traceback.format_exception(error)), end="")
del sys.tracebacklimit
print([n for _, n in traceback.walk_tb(error.__traceback__)][:3])

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as v:
    chained = v
te = traceback.TracebackException.from_exception(chained)
print(te.__cause__, type(te.__context__).__name__, str(te.__context__), te.__context__.exc_type)
print(traceback.TracebackException.from_exception(chained, compact=True).__context__ is not None)
chained.__suppress_context__ = True
te = traceback.TracebackException.from_exception(chained)
print(te.__suppress_context__, te.__context__ is not None)
print("".join(te.format()), end="")
te_compact = traceback.TracebackException.from_exception(chained, compact=True)
print(te_compact.__context__)
te1 = traceback.TracebackException.from_exception(chained)
te2 = traceback.TracebackException(type(chained), chained, chained.__traceback__)
print(te1 == te2, te1 == 5)
te1.print(file=sys.stdout, chain=False)
print(list(te1.format(chain=False)) == traceback.format_exception(chained, chain=False))

cycle_a, cycle_b = ValueError("a"), ValueError("b")
cycle_a.__context__ = cycle_b
cycle_b.__context__ = cycle_a
print("".join(traceback.format_exception(cycle_a)), end="")

none_te = traceback.TracebackException(type(None), None, None)
print(list(none_te.format_exception_only()), list(none_te.format()))
print(traceback.format_exception_only(None), traceback.format_exception(None, None, None))
e = ValueError("with a dict note")
e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e.__notes__ = ["ok", 42, b"bytes"]
print(traceback.format_exception_only(e))


class BadNote:
    def __str__(self):
        raise ValueError


e.__notes__ = [BadNote()]
print(traceback.format_exception_only(e))


class BadRepr:
    def __repr__(self):
        raise ValueError


e.__notes__ = BadRepr()
print(traceback.format_exception_only(e))


def clearable():
    local_value = [1, 2, 3]
    raise KeyError("clear me")


try:
    clearable()
except KeyError as k:
    tb = k.__traceback__
print(traceback.clear_frames(tb))


class Module:
    class Nested(Exception):
        pass


Module.Nested.__module__ = "some.module"
print(traceback.format_exception_only(Module.Nested("qualname")))
Module.Nested.__module__ = None
print(traceback.format_exception_only(Module.Nested("no module")))
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError:", e)
print(traceback.__all__ == sorted(traceback.__all__), len(traceback.__all__))
