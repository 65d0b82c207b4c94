# Builtin exceptions: args, str and repr, with 0, 1 and many arguments.
samples = [
    Exception(), Exception("msg"), Exception("a", 1), Exception(None), Exception(""),
    ValueError("bad"), KeyError("key"), KeyError(1), KeyError(), KeyError("a", "b"),
    IndexError("list index out of range"), OSError(2, "No such file"), OSError("plain"),
    FileNotFoundError(2, "No such file or directory", "x.txt"), StopIteration(5), SystemExit(3),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), AttributeError("attr"),
    NameError("name"), ZeroDivisionError("division by zero"), RecursionError(),
]
for e in samples:
    print(type(e).__name__, "|", repr(e), "|", str(e), "|", e.args)
e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(e.errno, e.strerror, e.filename)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
try:
    {}["missing"]
except KeyError as ke:
    print(str(ke), repr(ke))
try:
    [].pop()
except IndexError as ie:
    print(ie)
try:
    None.attr
except AttributeError as ae:
    print(ae, ae.name, ae.obj)
try:
    undefined_name
except NameError as ne:
    print(ne, ne.name)
try:
    1 / 0
except ZeroDivisionError as z:
    print(z, z.args)
