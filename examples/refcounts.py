"""Reference counts: a name holds a reference to an object, never the object itself.

sys.getrefcount(x) reports one more than you expect: its own argument is a reference too.
Pause on the `del b` line: both `a` and `b` show the same id and the refcount counts both.
"""
import sys


def refs(obj):
    # Minus one for getrefcount's argument and one for this function's parameter.
    return sys.getrefcount(obj) - 2


a = [1, 2, 3]
print("one name:", refs(a))
b = a
print("two names, one object:", refs(a), "| a is b:", a is b)
holder = {"key": a, "again": a}
print("plus two dict values:", refs(a))
del holder
print("dict gone:", refs(a))
del b
print("b deleted:", refs(a))

print("copies of the list in a tuple:", refs(a), end=" -> ")
t = (a, a, a)
print(refs(a))
del t


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  {self.name} freed: its refcount reached zero")


print("rebinding the only name frees the object at once:")
r = Resource("first")
r = Resource("second")
print("the first is already gone; now dropping the second:")
del r
print("done")
