# Tuples and sets hold references to their items; a frozenset too.
import sys
a = object()
base = sys.getrefcount(a)
t = (a, a)
print("tuple of two:", sys.getrefcount(a) - base)
s = {a}
print("set adds one:", sys.getrefcount(a) - base)
s.add(a)
print("adding again changes nothing:", sys.getrefcount(a) - base)
f = frozenset([a])
print("frozenset:", sys.getrefcount(a) - base)
s.discard(a)
del t, f
print("all released:", sys.getrefcount(a) - base)
