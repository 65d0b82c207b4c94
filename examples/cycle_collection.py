"""A reference cycle and its collection.

Two objects that refer to each other keep each other's refcount above zero after the last
name is gone: only the cyclic garbage collector frees them. Turn on the "GC: Unreachable
Objects Found" breakpoint in the Breakpoints view and run: the debugger stops inside
gc.collect() with the two nodes listed as unreachable.
"""
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print(f"  finalizing {self.name}")


gc.disable()  # so that only our explicit collection runs
gc.collect()

a, b = Node("a"), Node("b")
a.partner, b.partner = b, a
print("refcount of a with its name and b's reference:", sys.getrefcount(a) - 1)

del a, b
print("names deleted; nothing was freed, the cycle holds itself up")
print("collecting:")
found = gc.collect()
print("unreachable objects found:", found)  # the two Nodes: in 3.11 their attributes live inline, not in separate dicts
print("a second collection finds nothing:", gc.collect())

# gc.garbage stays empty: since Python 3.4 cycles with __del__ are collected too.
print("gc.garbage:", gc.garbage)
gc.enable()
