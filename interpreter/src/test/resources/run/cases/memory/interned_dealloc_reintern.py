# When an interned string's last reference goes, CPython 3.11 frees it and removes it from
# the interned table: interning the same text again makes a new object the interned one.
import sys


def fresh(*parts):
    return "".join(parts)


first = sys.intern(fresh("zq", "_gam", "ma"))
first_id = id(first)
print(sys.getrefcount(first))
del first
second = fresh("zq", "_gam", "ma")
# The freed block is the next one of its size class, so the new str takes its address.
print(id(second) == first_id)
print(sys.intern(second) is second, sys.getrefcount(second))
# Two names for one interned object, released one at a time: it lives until the last.
a = sys.intern(fresh("zq", "_de", "lta"))
b = sys.intern(fresh("zq", "_de", "lta"))
print(a is b, sys.getrefcount(a))
del a
print(sys.getrefcount(b))
b_id = id(b)
del b
c = sys.intern(fresh("zq", "_de", "lta"))
print(id(c) == b_id, sys.getrefcount(c))
# An interned string held only by a container dies with the container.
box = [sys.intern(fresh("zq", "_eps", "ilon"))]
box_item_id = id(box[0])
del box
again = sys.intern(fresh("zq", "_eps", "ilon"))
print(sys.getrefcount(again))
