# With the collector disabled, cycles pile up until an explicit collect.
import gc
class N:
    pass
gc.collect()
gc.disable()
print("enabled:", gc.isenabled())
for _ in range(2000):
    n = N()
    n.me = n
del n
print("explicit collect finds them all:", gc.collect())
gc.enable()
print("enabled:", gc.isenabled())
