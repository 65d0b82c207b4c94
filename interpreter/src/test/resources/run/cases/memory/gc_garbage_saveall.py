# DEBUG_SAVEALL keeps collected objects in gc.garbage instead of freeing them.
import gc
class N:
    pass
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
n = N()
n.me = n
del n
found = gc.collect()
print("found:", found, "garbage:", len(gc.garbage))
print("kinds:", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("cleared:", len(gc.garbage), gc.collect())
