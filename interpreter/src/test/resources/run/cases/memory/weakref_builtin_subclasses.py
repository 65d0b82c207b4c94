# Instances of list, dict, set and frozenset subclasses take weak references (they get a
# weakref list; __weakref__ where the builtin base has none); int and tuple subclasses do not.
import weakref
class L(list): pass
class D(dict): pass
class S(set): pass
class T(tuple): pass
class I(int): pass
class St(str): pass
class F(frozenset): pass
for cls in (L, D, S, F):
    o = cls()
    r = weakref.ref(o, lambda r: print("callback for", cls.__name__))
    print(cls.__name__, r() is o, weakref.getweakrefcount(o), '__weakref__' in cls.__dict__)
    del o
    print("after del:", r())
class C(complex): pass
class Fl(float): pass
for cls in (T, I, St, C, Fl):
    try:
        weakref.ref(cls())
    except TypeError as e:
        print(e)
for base in (list, dict, set):
    try:
        weakref.ref(base())
    except TypeError as e:
        print(e)
class Slotted(list):
    __slots__ = ()
try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
