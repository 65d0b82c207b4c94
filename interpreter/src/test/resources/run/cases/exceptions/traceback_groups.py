# traceback and exception groups: nested boxes, notes on members, max_group_width and
# max_group_depth, causes inside groups, and the same group printed uncaught by the runtime.
import sys
import traceback


def show(title, lines):
    print(f"--- {title}")
    print("".join(lines), end="")


def fail(exc):
    raise exc


def make_group():
    errors = []
    for i, exc in enumerate([ValueError("v"), TypeError("t"), KeyError("k")]):
        try:
            fail(exc)
        except Exception as e:
            if i == 1:
                e.add_note("note on member")
            errors.append(e)
    try:
        raise ExceptionGroup("inner", [OSError("o")])
    except ExceptionGroup as inner:
        errors.append(inner)
    return ExceptionGroup("outer", errors)


try:
    raise make_group()
except ExceptionGroup as eg:
    group = eg
show("nested", traceback.format_exception(group))
show("only", traceback.format_exception_only(group))
te = traceback.TracebackException.from_exception(group)
print(len(te.exceptions), [str(x) for x in te.exceptions], te.exceptions[3].exceptions[0].exc_type)
print(te.max_group_width, te.max_group_depth)

wide = ExceptionGroup("wide", [ValueError(i) for i in range(20)])
show("width 15 (default)", traceback.format_exception(wide))
show("width 3", traceback.TracebackException.from_exception(wide, max_group_width=3).format())
show("width 2 of 3", traceback.TracebackException.from_exception(
    ExceptionGroup("three", [ValueError(1), ValueError(2), ValueError(3)]), max_group_width=2).format())

deep = ValueError("bottom")
for level in range(13):
    deep = ExceptionGroup(f"level {level}", [deep])
show("depth", traceback.format_exception(deep))
show("depth 2", traceback.TracebackException.from_exception(deep, max_group_depth=2).format())

try:
    try:
        raise ExceptionGroup("first", [ValueError("a")])
    except ExceptionGroup as first:
        raise ExceptionGroup("second", [TypeError("b")]) from first
except ExceptionGroup as second:
    show("cause of a group", traceback.format_exception(second))

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("ctx", [z, RuntimeError("r")])
except ExceptionGroup as g:
    show("member with context", traceback.format_exception(g))

base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("x")])
print(type(base).__name__)
show("base group", traceback.format_exception(base))
g = ExceptionGroup("noted", [ValueError(1)])
g.add_note("group note")
g.__notes__.append("second group note")
show("group notes", traceback.format_exception(g))
traceback.print_exception(make_group(), file=sys.stdout)
raise make_group()
