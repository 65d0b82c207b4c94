# A cycle whose finalizer resurrects an object: the collector leaves it alive.
import gc
saved = []
class N:
    def __del__(self):
        saved.append(self)
gc.collect()
a = N()
a.me = a
del a
print("collect:", gc.collect())
print("saved:", len(saved), "finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("collect again:", gc.collect())
