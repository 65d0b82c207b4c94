# get_objects lists tracked objects, by generation when asked.
import gc
gc.collect()
marker = ["unique marker"]
print("in get_objects():", any(o is marker for o in gc.get_objects()))
print("untracked int not listed:", not any(o is 12345 for o in gc.get_objects()))
print("generation 0 holds it:", any(o is marker for o in gc.get_objects(0)))
gc.collect()
print("after a full collection, generation 2:", any(o is marker for o in gc.get_objects(2)))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
