# traceback.format_exception_only for SyntaxError and its subclasses: file and line, the
# text with leading whitespace removed, carets from offset to end_offset, missing fields.
import traceback


def show(title, exc):
    print(f"--- {title}")
    print("".join(traceback.format_exception_only(exc)), end="")


for source in ["x = = 1", "print 'hello'", "def f(:\n    pass", "    indented = 1",
               "f(a for a in b, c)", "x = [1, 2", "a = 1 +", "class C:\npass",
               "1 = x", "\t\tx = $"]:
    try:
        compile(source, "<case>", "exec")
    except SyntaxError as e:
        show(repr(source), e)

show("no offset", SyntaxError("msg", ("file.py", 3, None, "some text\n")))
show("offset 0", SyntaxError("msg", ("file.py", 3, 0, "some text\n")))
show("offset past end", SyntaxError("msg", ("file.py", 3, 40, "short\n")))
show("no lineno", SyntaxError("msg", ("file.py", None, None, None)))
show("no filename", SyntaxError("msg", (None, 2, 1, "abc")))
show("end offset", SyntaxError("msg", ("f.py", 1, 2, "abcdef", 1, 5)))
show("end offset -1", SyntaxError("msg", ("f.py", 1, 2, "abcdef", 1, -1)))
show("end before start", SyntaxError("msg", ("f.py", 1, 4, "abcdef", 1, 2)))
show("leading spaces", SyntaxError("msg", ("f.py", 1, 7, "      xyz = 1\n", 1, 10)))
show("offset in stripped part", SyntaxError("msg", ("f.py", 1, 2, "      xyz", 1, 3)))
show("no msg", SyntaxError())
show("empty msg", SyntaxError("", ("f.py", 1, 1, "x")))
show("IndentationError", IndentationError("expected an indented block", ("f.py", 2, 5, "pass\n")))
show("TabError", TabError("inconsistent", ("f.py", 2, 1, "\tpass\n")))


class MySyntax(SyntaxError):
    pass


e = MySyntax("custom", ("mine.py", 4, 2, "oops\n"))
e.add_note("a note after the carets")
show("subclass with note", e)
te = traceback.TracebackException.from_exception(e)
print(te.filename, te.lineno, te.offset, te.end_offset, repr(te.text), te.msg, te.end_lineno)
try:
    exec("def broken(\n")
except SyntaxError as e:
    show("exec", e)
    print(repr(traceback.format_exc().splitlines()[-1]))
