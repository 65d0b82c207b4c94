# collect() returns the number of unreachable objects it found.
import gc
class N:
    pass
class S:
    __slots__ = ("x",)
gc.collect()
a = N(); a.x = a
print("instance with its dict:", gc.collect())
s = S(); s.x = s
print("slotted instance:", gc.collect())
l = []; l.append(l)
print("list:", gc.collect())
d = {}; d[1] = d
print("dict:", gc.collect())
del a, s, l, d
print("all four cycles:", gc.collect())
