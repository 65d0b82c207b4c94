# A finalizer can resurrect its object; __del__ then never runs again.
import gc
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ runs")
        saved.append(self)
p = Phoenix()
del p
print("resurrected:", len(saved))
p = saved.pop()
del p
print("second release: no second __del__")
print("is_finalized:", gc.is_finalized(saved[0]) if saved else "gone")
