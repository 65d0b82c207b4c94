# io.StringIO and io.BytesIO: writing, reading, lines, seek/tell/truncate past the end,
# print(file=...), iteration, context managers, and the errors of closed streams.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(2)
s.write("LL")
print(repr(s.getvalue()), s.tell())
s.seek(15)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.readable(), s.writable(), s.seekable(), s.closed)
buf = io.StringIO("line 1\nline 2\nline 3")
print([line for line in buf])
buf.seek(0)
print(buf.readlines(), buf.read(), buf.readline())
out = io.StringIO()
print("a", 1, [2], sep="-", end="!\n", file=out)
print("second", file=out)
print(repr(out.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for bad in [lambda: c.read(), lambda: c.write("x"), lambda: c.getvalue(), lambda: io.StringIO().write(5),
            lambda: io.StringIO(5), lambda: io.StringIO().seek(-1), lambda: io.StringIO("x").seek(1, 1),
            lambda: io.StringIO().seek(0, 5)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readlines(), b.read(), b.tell())
b.seek(1)
print(b.write(b"XYZW"), b.getvalue(), b.seek(-2, 2), b.read())
b.seek(12)
b.write(bytearray(b"!"))
print(b.getvalue(), b.truncate(3), b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.open is open, io.SEEK_END, type(io.StringIO()).__name__)
