# __repr__ vs __str__ on user classes, and which one containers use.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr as str"
    def __repr__(self):
        return "<OnlyStr>"
class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Both({self.v!r})"
    def __str__(self):
        return f"both with {self.v}"
    def __format__(self, spec):
        return f"Both formatted [{spec}]"
r, s, b = OnlyRepr(), OnlyStr(), Both("x")
print(r, s, b)
print(repr(r), repr(s), repr(b))
print([r, s, b])
print(f"{r} {s} {b} {b!r} {b!s} {b:spec}")
print("%s %r" % (b, b), "{} {!r} {:abc}".format(b, b, b))
print(str([b]), str((b,)), {"k": b})
print(format(b, ""), format(r), str(s), ascii(Both("é")))
