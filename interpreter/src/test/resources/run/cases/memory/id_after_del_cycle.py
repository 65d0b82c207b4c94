# After the collector frees a cycle, its memory is reused.
import gc
class N:
    pass
gc.collect()
a = N()
a.me = a
ida = id(a)
del a
gc.collect()
b = N()
print("the next instance reuses the block:", id(b) == ida)
