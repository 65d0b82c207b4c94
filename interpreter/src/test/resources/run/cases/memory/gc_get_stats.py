# get_stats: one dict per generation with collections, collected, uncollectable.
import gc
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
before = gc.get_stats()[2]["collections"]
gc.collect()
print("one more full collection:", gc.get_stats()[2]["collections"] - before)
class N:
    pass
n = N()
n.me = n
del n
c0 = gc.get_stats()[2]["collected"]
gc.collect()
print("collected instance and its dict:", gc.get_stats()[2]["collected"] - c0)
