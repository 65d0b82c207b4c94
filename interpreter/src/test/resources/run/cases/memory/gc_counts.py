# gc.get_count(): generation 0 counts allocations of GC-tracked objects minus their frees.
# Free lists hide allocations: an object reused from a free list is not counted, one
# returned to a free list is not uncounted. So first drain the free lists this case uses,
# so the figures do not depend on what ran before the program, and print only at the end
# (writing to stdout allocates inside the io module, which is not what is measured here).
import gc
class C:
    pass
drain_lists = [[] for _ in range(200)]
drain_tuples = [(i, i, i) for i in range(2100)]
gc.collect()
gc.disable()
start = gc.get_count()
figures = []
figures.append(("after collect", start))
keep = [[] for _ in range(10)]
figures.append(("ten lists plus the outer list", gc.get_count()[0] - start[0]))
del keep
figures.append(("after freeing them (lists go to the free list)", gc.get_count()[0] - start[0]))
again = [[] for _ in range(10)]
figures.append(("ten lists again, from the free list", gc.get_count()[0] - start[0]))
del again
ints = [i for i in range(100)]
figures.append(("a list of ints (ints are untracked)", gc.get_count()[0] - start[0]))
del ints
objs = [C() for _ in range(5)]
figures.append(("five instances plus a list", gc.get_count()[0] - start[0]))
del objs
figures.append(("after freeing them", gc.get_count()[0] - start[0]))
pairs = [(i, i) for i in range(5)]
figures.append(("five pairs", gc.get_count()[0] - start[0]))
del pairs
figures.append(("after freeing the pairs", gc.get_count()[0] - start[0]))
gc.collect()
figures.append(("collect resets", gc.get_count()))
gc.enable()
for label, value in figures:
    print(label + ":", value)
