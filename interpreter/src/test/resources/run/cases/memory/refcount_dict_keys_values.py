# A dict holds one reference to each key and one to each value.
import sys
k = ("key", 1000)
v = object()
bk, bv = sys.getrefcount(k), sys.getrefcount(v)
d = {k: v}
print("key +1:", sys.getrefcount(k) - bk, "value +1:", sys.getrefcount(v) - bv)
d[k] = v
print("same key again:", sys.getrefcount(k) - bk, sys.getrefcount(v) - bv)
d2 = dict(d)
print("copied dict:", sys.getrefcount(k) - bk, sys.getrefcount(v) - bv)
del d[k]
print("after del d[k]:", sys.getrefcount(k) - bk, sys.getrefcount(v) - bv)
d2.clear()
print("after clear:", sys.getrefcount(k) - bk, sys.getrefcount(v) - bv)
