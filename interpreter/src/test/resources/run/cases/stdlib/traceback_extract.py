# traceback: extract_tb, extract_stack, FrameSummary, StackSummary, format_list, print_stack,
# walk_tb/walk_stack, TracebackException.
import sys
import traceback


def divide(a, b):
    return a / b


def compute():
    values = [1, 2, 3]
    return divide(values[0], 0) + 1


try:
    compute()
except ZeroDivisionError as e:
    error = e

stack = traceback.extract_tb(error.__traceback__)
print(type(stack).__name__, len(stack))
for fs in stack:
    print(repr(fs), fs.filename == __file__, fs.lineno, fs.name, repr(fs.line))
    print("   ", fs.colno, fs.end_colno, fs.end_lineno, len(fs), list(fs)[1:], fs[2])
print(stack[0] == (stack[0].filename, stack[0].lineno, stack[0].name, stack[0].line))
print("".join(stack.format()), end="")
print("".join(traceback.format_tb(error.__traceback__)), end="")
print("".join(traceback.format_tb(error.__traceback__, limit=1)), end="")
traceback.print_tb(error.__traceback__, file=sys.stdout)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(error.__traceback__)])


def where():
    return traceback.extract_stack()


def caller():
    return where()


s = caller()
print([(f.name, f.lineno, f.line) for f in s])
print([(f.name, f.lineno) for f in traceback.extract_stack(limit=1)])


def printer():
    traceback.print_stack(file=sys.stdout)
    print("".join(traceback.format_stack(limit=1)), end="")
    frame = sys._getframe()
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(frame)])


printer()

print(traceback.format_list([("a.py", 3, "fn", "x = 1"), ("b.py", 4, "gn", None),
                             traceback.FrameSummary("c.py", 5, "hn", line="  y = 2  ")]))
traceback.print_list([("a.py", 3, "fn", "x = 1")], file=sys.stdout)
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "pass")])
print(type(summary).__name__, summary[0], summary[0].line)
fs = traceback.FrameSummary("nowhere.py", 10, "func", lookup_line=False)
print(fs.line, fs == traceback.FrameSummary("nowhere.py", 10, "func"))
fs = traceback.FrameSummary("x.py", 2, "g", locals={"a": [1], "b": "s"}, line="a = b")
print(fs.locals, traceback.StackSummary.from_list([fs]).format())

te = traceback.TracebackException.from_exception(error)
print(str(te), te.exc_type.__name__, len(te.stack), te.__cause__, te.__context__)
print("".join(te.format()), end="")
print(list(te.format_exception_only()))
te2 = traceback.TracebackException(type(error), error, error.__traceback__)
print(te == te2)


def with_locals():
    number = 42
    text = "hello"
    raise KeyError(number)


try:
    with_locals()
except KeyError as k:
    te = traceback.TracebackException(type(k), k, k.__traceback__.tb_next, capture_locals=True)
    print("".join(te.format()), end="")
te.print(file=sys.stdout)
