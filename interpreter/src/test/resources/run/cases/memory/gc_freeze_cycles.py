# Frozen cycles are not collected until unfrozen.
import gc
class N:
    pass
gc.collect()
n = N()
n.me = n
del n
gc.freeze()
print("collect while frozen:", gc.collect())
gc.unfreeze()
print("collect after unfreeze:", gc.collect())
