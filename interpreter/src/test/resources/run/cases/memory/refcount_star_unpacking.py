# Unpacking binds names to the same objects.
import sys
x = object()
base = sys.getrefcount(x)
a, b = x, x
print("two names:", sys.getrefcount(x) - base)
first, *rest = [x, x, x]
print("first and a new list of two:", sys.getrefcount(x) - base)
del a, b, first, rest
print("released:", sys.getrefcount(x) - base)
