# Allocating past the generation-0 threshold triggers a collection.
import gc
class N:
    pass
runs = []
def cb(phase, info):
    if phase == "stop":
        runs.append(info["generation"])
gc.collect()
gc.set_threshold(50, 10, 10)
gc.callbacks.append(cb)
keep = [N() for _ in range(49)]
print("below threshold:", runs)
keep += [N() for _ in range(10)]
print("past threshold, generation 0 ran:", runs[:1])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
