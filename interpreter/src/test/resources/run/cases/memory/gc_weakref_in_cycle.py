# A weakref that is itself garbage in the same cycle does not get its callback called.
import gc, weakref
class N:
    pass
gc.collect()
a = N()
a.wr = weakref.ref(a, lambda r: print("never printed"))
del a
print("collected:", gc.collect())
