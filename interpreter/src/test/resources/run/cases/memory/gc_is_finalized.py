# is_finalized tells whether an object's __del__ has run (PEP 442).
import gc
class F:
    def __del__(self):
        keep.append(self)
keep = []
f = F()
print(gc.is_finalized(f))
del f
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(1), gc.is_finalized([]))
