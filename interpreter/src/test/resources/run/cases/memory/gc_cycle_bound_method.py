# An instance storing its own bound method forms a cycle.
import gc
class C:
    def m(self):
        pass
gc.collect()
c = C()
c.cb = c.m
del c
print("collected:", gc.collect())
