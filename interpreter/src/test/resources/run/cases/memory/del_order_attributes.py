# An instance releases its attributes in insertion order when freed.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    pass
h = Holder()
h.x = T("x")
h.y = T("y")
h.z = T("z")
del h
print("---")
class S:
    __slots__ = ("a", "b")
s = S()
s.a, s.b = T("a"), T("b")
del s
