# Reference cycles are freed only by the cyclic collector; gc.collect returns how many it found.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.collect()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("two nodes in a cycle, each with a __dict__:", gc.collect())
print("nothing left:", gc.collect())
lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())
ring = [Node(f"n{i}") for i in range(5)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % 5]
del ring, n
print("ring of five nodes:", gc.collect())
d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())
class Slotted:
    __slots__ = ("other",)
s1, s2 = Slotted(), Slotted()
s1.other, s2.other = s2, s1
del s1, s2
print("two slotted objects:", gc.collect())
x = Node("kept")
x.other = x
print("still referenced, not collected:", gc.collect(), x.other.name)
