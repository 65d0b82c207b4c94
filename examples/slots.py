"""__slots__: attributes stored in fixed slots instead of a per-instance dict.

A class with __slots__ gives its instances no __dict__ (and no __weakref__ unless asked
for): each attribute is a descriptor on the class reading a fixed place in the object.
Expand `plain` and `slotted` in the Variables view and compare their sizes.
"""
import sys
import weakref


class Plain:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


plain, slotted = Plain(1, 2), Slotted(1, 2)
print("plain has a __dict__:", hasattr(plain, "__dict__"), plain.__dict__)
print("slotted has a __dict__:", hasattr(slotted, "__dict__"))
print("Slotted.x is a member descriptor:", type(Slotted.__dict__["x"]).__name__)
print("size of the slotted instance:", sys.getsizeof(slotted))

plain.z = 3
print("a plain instance takes new attributes:", plain.z)
try:
    slotted.z = 3
except AttributeError as e:
    print("AttributeError:", e)

del slotted.y
try:
    slotted.y
except AttributeError as e:
    print("an empty slot reads as AttributeError:", e)

try:
    weakref.ref(slotted)
except TypeError as e:
    print("TypeError:", e)
