# A string interned during a run is counted like any object in CPython 3.11: the interned
# table's own entry is no reference, and sys.intern returns a new reference to the one copy.
import sys


def fresh(*parts):
    # A new str object each call (a join of several items is never a cached constant).
    return "".join(parts)


s = fresh("alpha", "_", "beta")
print(sys.getrefcount(s))
t = sys.intern(s)
print(t is s, sys.getrefcount(s))
u = sys.intern(fresh("alpha", "_", "beta"))
print(u is s, sys.getrefcount(s))
del t, u
print(sys.getrefcount(s))
holder = {s: [s, s]}
print(sys.getrefcount(s))
del holder
print(sys.getrefcount(s))
# Interning an interned string again changes nothing but the new reference.
print(sys.intern(s) is s, sys.getrefcount(s))
# A string that is not interned stays apart from the interned one of equal text.
other = fresh("alpha", "_", "beta")
print(other is s, other == s, sys.getrefcount(other))
print(sys.intern(other) is s, sys.getrefcount(s), sys.getrefcount(other))
