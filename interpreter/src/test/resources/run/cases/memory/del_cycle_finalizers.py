# In a collected cycle each __del__ runs once, before anything is cleared.
import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, "partner alive:", self.partner.name)
gc.collect()
a, b = N("a"), N("b")
a.partner, b.partner = b, a
del a, b
print("collected:", gc.collect())
