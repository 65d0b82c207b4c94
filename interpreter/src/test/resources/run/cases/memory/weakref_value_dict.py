# WeakValueDictionary drops entries whose values die.
import weakref
class T:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
a, b = T(1), T(2)
d["a"] = a
d["b"] = b
print(sorted(d.keys()))
del a
print(sorted(d.keys()))
print(d["b"].n, d.get("a"))
