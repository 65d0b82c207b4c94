# A bound method holds its function and its instance.
import sys
class C:
    def m(self):
        return self
c = C()
base = sys.getrefcount(c)
bm = c.m
print("bound method holds the instance:", sys.getrefcount(c) - base)
bm2 = c.m
print("each access makes a new bound method:", bm is bm2, sys.getrefcount(c) - base)
print("its __self__ is the instance:", bm.__self__ is c)
print("its __func__ is the function:", bm.__func__ is C.__dict__["m"])
del bm, bm2
print("released:", sys.getrefcount(c) - base)
fn = C.__dict__["m"]
fbase = sys.getrefcount(fn)
bm = c.m
print("bound method holds the function:", sys.getrefcount(fn) - fbase)
