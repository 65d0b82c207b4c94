"""Weak references: refer to an object without keeping it alive.

A weakref does not count in the refcount: when the last strong reference goes, the
object is freed, the weakref starts returning None and its callback runs.
"""
import sys
import weakref


class Image:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


photo = Image("photo")
ref = weakref.ref(photo, lambda r: print("  callback: the photo was freed"))
print("through the weakref:", ref())
print("refcount, the weakref not counted:", sys.getrefcount(photo) - 1)
print("weak references to it:", weakref.getweakrefcount(photo))

del photo
print("after del photo, ref() is:", ref())

cache = weakref.WeakValueDictionary()
logo, icon = Image("logo"), Image("icon")
cache["logo"], cache["icon"] = logo, icon
print("cached:", sorted(cache.keys()))
del icon
print("after del icon:", sorted(cache.keys()))

try:
    weakref.ref([1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
