# Refcounts while a function runs, after it returns, and through its return value.
import sys
class Obj:
    pass
def identity(x):
    return x
def counts_inside(x):
    return sys.getrefcount(x)
o = Obj()
print("base:", sys.getrefcount(o))
r = identity(o)
print("returned object bound to a second name:", sys.getrefcount(o))
del r
print("counted from inside a call:", counts_inside(o))
def make():
    return Obj()
m = make()
print("fresh object returned from a function, one name:", sys.getrefcount(m))
def nested(x):
    def inner():
        return sys.getrefcount(x)
    return inner()
print("seen through a closure cell in a nested call:", nested(o))
print("args tuple for *args:", (lambda *a: sys.getrefcount(a[0]))(o))
print("kwargs dict for **kw:", (lambda **k: sys.getrefcount(k["v"]))(v=o))
print("after all calls:", sys.getrefcount(o))
items = [o]
print("map over a list:", list(map(sys.getrefcount, items))[0])
print("via a list comprehension:", [sys.getrefcount(x) for x in items][0])
