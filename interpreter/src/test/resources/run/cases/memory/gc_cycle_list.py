# A list that contains itself is freed only by the collector.
import gc, weakref
class Marker:
    pass
gc.collect()
l = []
l.append(l)
m = Marker()
l.append(m)
w = weakref.ref(m)
del l, m
print("alive before collect:", w() is not None)
print("collected:", gc.collect())
print("freed:", w() is None)
