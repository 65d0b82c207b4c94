# Comprehension variables are local to the comprehension and released after it.
import sys
x = object()
base = sys.getrefcount(x)
lst = [x for _ in range(4)]
print("list of four:", sys.getrefcount(x) - base)
d = {i: x for i in range(3)}
print("plus dict of three:", sys.getrefcount(x) - base)
g = (x for _ in range(2))
print("generator not started:", sys.getrefcount(x) - base)
total = sum(1 for y in [x, x] if y is x)
print("counted", total, "and released:", sys.getrefcount(x) - base)
del lst, d, g
print("all gone:", sys.getrefcount(x) - base)
