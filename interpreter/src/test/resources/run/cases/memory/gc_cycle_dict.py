# A dict that refers to itself.
import gc
gc.collect()
d = {}
d["self"] = d
del d
print("collected:", gc.collect())
