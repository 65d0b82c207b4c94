# gc.get_count(): generation 0 counts allocations of GC-tracked objects minus their frees.
# Free lists would hide allocations (an object reused from a free list is not counted,
# one returned to a free list is not uncounted), so first drain the free lists this
# case uses, so the figures do not depend on what ran before the program.
import gc
drain_lists = [[] for _ in range(200)]
drain_tuples = [(i, i, i) for i in range(2100)]
gc.collect()
gc.disable()
start = gc.get_count()
print("after collect:", start)
keep = [[] for _ in range(10)]
print("ten lists plus the outer list:", gc.get_count()[0] - start[0])
del keep
print("after freeing them:", gc.get_count()[0] - start[0])
ints = [i for i in range(100)]
print("a list of ints (ints are untracked):", gc.get_count()[0] - start[0])
del ints
class C:
    pass
objs = [C() for _ in range(5)]
print("five instances plus a list:", gc.get_count()[0] - start[0])
del objs
print("after freeing them:", gc.get_count()[0] - start[0])
gc.collect()
print("collect resets:", gc.get_count())
gc.enable()
