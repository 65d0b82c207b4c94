# Instance attributes, slots and class attributes each hold a reference.
import sys
class P:
    pass
class S:
    __slots__ = ("v",)
x = object()
base = sys.getrefcount(x)
p = P()
p.a = x
p.b = x
print("two attributes:", sys.getrefcount(x) - base)
s = S()
s.v = x
print("plus a slot:", sys.getrefcount(x) - base)
P.shared = x
print("plus a class attribute:", sys.getrefcount(x) - base)
del p.a
s.v = None
del P.shared
print("left:", sys.getrefcount(x) - base)
del p
print("instance freed:", sys.getrefcount(x) - base)
