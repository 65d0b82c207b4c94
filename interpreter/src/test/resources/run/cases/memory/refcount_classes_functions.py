# Refcounts of classes, functions and modules themselves.
import sys
def f():
    pass
print("function:", sys.getrefcount(f))
g = f
print("function, two names:", sys.getrefcount(f))
del g
class C:
    def m(self):
        pass
print("class:", sys.getrefcount(C))
c1 = C()
c2 = C()
print("class with two instances:", sys.getrefcount(C))
del c1, c2
print("instances gone:", sys.getrefcount(C))
class D(C):
    pass
print("class with a subclass:", sys.getrefcount(C))
bm = C().m
print("bound method:", sys.getrefcount(bm), bm.__self__.__class__ is C)
print("None is immortal-ish, its count is huge:", sys.getrefcount(None) > 1000)
x = 1234567
print("a big int constant:", sys.getrefcount(x))
