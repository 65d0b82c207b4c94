# Finalizers in a collected cycle run in the order the collector finds the objects.
import gc
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("finalize", self.n)
gc.collect()
nodes = [N(i) for i in range(4)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 4]
del nodes, n
print("collected:", gc.collect())
