# References from attributes, class attributes, bound methods and closures.
import sys
class Payload:
    pass
p = Payload()
base = sys.getrefcount(p)
class Holder:
    pass
h = Holder()
h.item = p
print("instance attribute:", sys.getrefcount(p) - base)
Holder.shared = p
print("class attribute:", sys.getrefcount(p) - base)
h.item = None
del Holder.shared
print("both removed:", sys.getrefcount(p) - base)
class WithMethod:
    def m(self):
        pass
w = WithMethod()
wbase = sys.getrefcount(w)
bound = w.m
print("a bound method holds self:", sys.getrefcount(w) - wbase)
bound2 = w.m
print("each attribute access makes a new bound method:", sys.getrefcount(w) - wbase, bound is bound2)
del bound, bound2
def make_closure(obj):
    def inner():
        return obj
    return inner
c = make_closure(p)
print("closure cell:", sys.getrefcount(p) - base)
c2 = make_closure(p)
print("second closure, second cell:", sys.getrefcount(p) - base)
del c, c2
print("closures gone:", sys.getrefcount(p) - base)
def f(x=p):
    return x
print("default argument:", sys.getrefcount(p) - base)
del f
print("function gone:", sys.getrefcount(p) - base)
d = {p: 1}
print("dict key:", sys.getrefcount(p) - base)
