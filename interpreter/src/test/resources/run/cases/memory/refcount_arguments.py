# References held by call frames: Python functions, builtins, methods.
import sys
class Obj:
    pass
o = Obj()
def inspect_arg(x):
    return sys.getrefcount(x)
def inspect_two(x, y):
    return sys.getrefcount(x)
def inspect_nested(x):
    inner = x
    return sys.getrefcount(x)
print("module level:", sys.getrefcount(o))
print("inside a function:", inspect_arg(o))
print("passed twice:", inspect_two(o, o))
print("arg plus local:", inspect_nested(o))
print("via lambda:", (lambda v: sys.getrefcount(v))(o))
class Holder:
    def method(self):
        return sys.getrefcount(self)
h = Holder()
print("self in a method:", h.method())
print("after the calls:", sys.getrefcount(o), sys.getrefcount(h))
def keeps(x, store=[]):
    store.append(x)
keeps(o)
print("after a function stored it:", sys.getrefcount(o))
keeps.__defaults__[0].clear()
print("after clearing the store:", sys.getrefcount(o))
