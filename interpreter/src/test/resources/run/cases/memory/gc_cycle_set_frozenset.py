# Cycles through a set need an object that is hashable and refers back.
import gc
class H:
    def __hash__(self):
        return 1
gc.collect()
s = set()
h = H()
h.s = s
s.add(h)
del s, h
print("collected:", gc.collect())
