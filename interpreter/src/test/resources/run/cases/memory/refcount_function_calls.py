# While a function runs, its parameters are references; they go when it returns.
import sys
x = object()
base = sys.getrefcount(x)
def one(a):
    return sys.getrefcount(x) - base
def two(a, b):
    return sys.getrefcount(x) - base
def star(*args):
    return sys.getrefcount(x) - base
def kw(**kwargs):
    return sys.getrefcount(x) - base
print("one parameter:", one(x))
print("two parameters:", two(x, x))
print("in *args:", star(x, x, x))
print("in **kwargs:", kw(a=x, b=x))
print("after the calls:", sys.getrefcount(x) - base)
