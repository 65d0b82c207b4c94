# __slots__: no instance __dict__, fixed attributes, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p.x
print(hasattr(p, "x"))
class Child(P):
    pass
c = Child(1, 2)
c.extra = "child has a dict"
print(c.extra, c.__dict__)
class Child2(P):
    __slots__ = ("z",)
c2 = Child2(1, 2)
c2.z = 3
print(c2.x, c2.z, hasattr(c2, "__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1; w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
