# gc.callbacks see start and stop phases with collection info.
import gc
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info.get("collected"), info.get("uncollectable")))
gc.collect()
gc.callbacks.append(cb)
class N:
    pass
a, b = N(), N()
a.b, b.a = b, a
del a, b
print(gc.collect())
gc.callbacks.remove(cb)
print(events)
print(gc.collect(0), gc.collect(1), gc.collect(2))
