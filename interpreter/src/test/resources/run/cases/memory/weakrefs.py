# weakref.ref: dereferencing, death, callbacks, and what can be weakly referenced.
import weakref
class Target:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Target({self.name!r})"
t = Target("t")
r = weakref.ref(t)
print(r() is t, r(), weakref.getweakrefcount(t))
del t
print("after del:", r())
def on_death(ref):
    print("  callback: referent died; ref() now returns", ref())
u = Target("u")
r2 = weakref.ref(u, on_death)
print("deleting u")
del u
print("after deletion")
v = Target("v")
refs = [weakref.ref(v) for _ in range(3)]
print("same ref object reused when no callback:", refs[0] is refs[1], weakref.getweakrefcount(v))
cb = weakref.ref(v, lambda r: print("  second callback"))
print("a ref with a callback is a new object:", cb is refs[0], weakref.getweakrefcount(v))
v = None
print([x() for x in refs])
for obj in (1, "s", [], {}, (), None):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "weakref ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
class Slotted:
    __slots__ = ("a",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
