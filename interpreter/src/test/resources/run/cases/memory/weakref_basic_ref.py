# weakref.ref does not keep its referent alive.
import weakref, sys
class T:
    pass
t = T()
base = sys.getrefcount(t)
r = weakref.ref(t)
print("no extra strong reference:", sys.getrefcount(t) - base)
print("deref:", r() is t)
print("same ref object for no callback:", weakref.ref(t) is r)
print("getweakrefcount:", weakref.getweakrefcount(t))
del t
print("dead:", r())
