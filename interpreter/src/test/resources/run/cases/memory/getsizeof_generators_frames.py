# Generators embed their frame: the size grows with locals.
import sys
def g0():
    yield
def g3(a, b, c):
    yield a
g = g0()
h = g3(1, 2, 3)
print("more locals, larger:", sys.getsizeof(h) > sys.getsizeof(g))
print("generator larger than a function:", sys.getsizeof(g) > 100)
