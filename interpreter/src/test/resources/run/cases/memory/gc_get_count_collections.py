# Older generations count collections of the younger one.
import gc
gc.collect()
gc.disable()
print(gc.get_count()[1:])
gc.collect(0)
gc.collect(0)
print("two gen-0 collections:", gc.get_count()[1:])
gc.collect(1)
print("a gen-1 collection:", gc.get_count()[1:])
gc.collect()
print("full:", gc.get_count()[1:])
gc.enable()
