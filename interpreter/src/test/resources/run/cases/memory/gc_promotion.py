# Survivors of a collection move to the next generation.
import gc
gc.collect()
gc.disable()
obj = [1]
def where(o):
    for g in range(3):
        if any(x is o for x in gc.get_objects(g)):
            return g
    return None
print("new object in generation:", where(obj))
gc.collect(0)
print("after collect(0):", where(obj))
gc.collect(1)
print("after collect(1):", where(obj))
gc.collect(2)
print("after collect(2):", where(obj))
gc.enable()
