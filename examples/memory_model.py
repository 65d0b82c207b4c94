"""A tour of CPython's memory model: references, refcounts, cycles, id reuse, interning."""
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

    def __del__(self):
        print(f"  freed {self.name}")


# A name holds a reference, never the object: two names, one object.
a = [1, 2, 3]
b = a
print("a is b:", a is b)
print("refcount of the list:", sys.getrefcount(a) - 1)  # minus getrefcount's own argument
del b
print("after del b:", sys.getrefcount(a) - 1)

# Refcounting frees an object the moment its last reference goes.
print("dropping a lone node:")
n = Node("lonely")
n = None

# A cycle keeps both counts above zero: only the cyclic collector can free it.
print("building a cycle:")
x, y = Node("x"), Node("y")
x.next, y.next = y, x
del x, y
print("collector found", gc.collect(), "unreachable objects")

# Freed memory is reused: a new list can land exactly where the old one was.
print("id([]) == id([]):", id([]) == id([]))

# Small ints and identifier-like strings are shared.
i, j = 256, 256
print("256 is 256:", i is j)
s, t = "heap_scope", "heap_" + "scope"
print("interned:", s is sys.intern(t))
