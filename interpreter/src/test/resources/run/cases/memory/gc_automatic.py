# Automatic collections: generation 0 is collected after threshold[0] net tracked
# allocations; every threshold[1] gen-0 collections, generation 1 is collected.
import gc
gc.collect()
seen = []
def on_gc(phase, info):
    if phase == "start":
        seen.append(info["generation"])
class Cell:
    pass
gc.set_threshold(50, 3, 1000)
gc.callbacks.append(on_gc)
keep = []
for i in range(1000):
    keep.append(Cell())
gc.callbacks.remove(on_gc)
gc.set_threshold(700, 10, 10)
print("collections:", len(seen), "by generation:", {g: seen.count(g) for g in sorted(set(seen))})
print("pattern of the first ten:", seen[:10])
gc.collect()
