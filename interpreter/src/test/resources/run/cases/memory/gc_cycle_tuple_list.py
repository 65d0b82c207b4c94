# A cycle through a tuple and a list.
import gc
gc.collect()
l = []
t = (l,)
l.append(t)
del l, t
print("collected:", gc.collect())
