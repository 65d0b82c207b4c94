# Classes are in cycles with their own MRO and dict; a deleted class is collected.
import gc
gc.collect()
class Temp:
    pass
del Temp
print("collected something:", gc.collect() > 0)
