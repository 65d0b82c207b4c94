# gc.get_objects by generation and gc.freeze, on objects we create.
import gc
class Marker:
    pass
gc.collect()
gc.disable()
m = Marker()
print("new object in generation 0:", any(o is m for o in gc.get_objects(0)))
gc.collect(0)
print("after collect(0) it moved to generation 1:", any(o is m for o in gc.get_objects(1)),
      any(o is m for o in gc.get_objects(0)))
gc.collect(1)
print("after collect(1) it is in generation 2:", any(o is m for o in gc.get_objects(2)))
gc.freeze()
print("frozen objects counted:", gc.get_freeze_count() > 0, "m not in gen 2 any more:",
      not any(o is m for o in gc.get_objects(2)))
gc.unfreeze()
print("unfrozen:", gc.get_freeze_count(), any(o is m for o in gc.get_objects(2)))
holder = [m]
print("referrers of m include the holder list:", any(r is holder for r in gc.get_referrers(m)))
print("referents of the holder:", gc.get_referents(holder) == [m])
gc.enable()
