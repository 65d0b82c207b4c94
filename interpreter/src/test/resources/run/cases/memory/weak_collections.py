# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize.
import weakref
import gc
class Item:
    def __init__(self, n):
        self.n = n
cache = weakref.WeakValueDictionary()
a, b = Item(1), Item(2)
cache["a"], cache["b"] = a, b
print(sorted(cache.keys()), len(cache))
del a
print("after del a:", sorted(cache.keys()))
meta = weakref.WeakKeyDictionary()
k = Item(3)
meta[k] = "info"
print(len(meta), meta[k])
del k
print("key died:", len(meta))
ws = weakref.WeakSet()
items = [Item(i) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws))
del items[:2], it
print(len(ws))
x = Item(9)
f = weakref.finalize(x, print, "  finalize callback for item", 9)
print("alive:", f.alive)
del x
print("alive:", f.alive)
y = Item(10)
y.self = y
weakref.finalize(y, print, "  finalizer of an object in a cycle")
del y
print("before collect")
gc.collect()
print("after collect")
