# Two instances referring to each other: each with its dict.
import gc
class Node:
    pass
gc.collect()
a, b = Node(), Node()
a.other = b
b.other = a
del a, b
print("collected (two instances):", gc.collect())
class Slotted:
    __slots__ = ("other",)
x, y = Slotted(), Slotted()
x.other, y.other = y, x
del x, y
print("collected (two slotted):", gc.collect())
