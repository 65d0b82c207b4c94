# dict.copy, set.copy and copy.copy of containers.
import copy
d = {"a": [1]}
d2 = d.copy()
print(d2 is d, d2["a"] is d["a"])
s = {1, 2}
print(s.copy() is s, copy.copy(s) == s)
f = frozenset([1])
print("frozenset copy is itself:", copy.copy(f) is f, f.copy() is f)
l = [1]
print("list(l) is a new list:", list(l) is l, l[:] is l)
