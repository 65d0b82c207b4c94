# Which objects the collector tracks.
import gc
print("int:", gc.is_tracked(1), "str:", gc.is_tracked("a"), "float:", gc.is_tracked(1.5))
print("list:", gc.is_tracked([]), "set:", gc.is_tracked(set()), "object():", gc.is_tracked(object()))
print("empty dict:", gc.is_tracked({}), "dict of ints:", gc.is_tracked({1: 2}))
print("dict holding a list:", gc.is_tracked({1: []}))
d = {}
d["x"] = []
print("dict after storing a list:", gc.is_tracked(d))
class C:
    pass
print("instance:", gc.is_tracked(C()), "class:", gc.is_tracked(C))
def f():
    pass
print("function:", gc.is_tracked(f))
print("tuple of ints (tracked until a collection):", gc.is_tracked((1, int("2"))))
