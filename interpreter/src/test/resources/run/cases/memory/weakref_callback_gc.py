# Weakref callbacks for objects in a collected cycle run during the collection.
import gc, weakref
class N:
    pass
gc.collect()
a = N()
a.me = a
r = weakref.ref(a, lambda ref: print("callback, referent gone:", ref() is None))
del a
print("collecting")
print("collected:", gc.collect())
