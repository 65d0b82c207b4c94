# Default argument values are held by the function object (__defaults__).
import sys
d = object()
base = sys.getrefcount(d)
def f(a=d, b=d):
    return a
print("two defaults:", sys.getrefcount(d) - base)
print("call returns it:", f() is d)
print("after a call:", sys.getrefcount(d) - base)
def g(*, k=d):
    return k
print("keyword-only default:", sys.getrefcount(d) - base)
del f
print("f freed:", sys.getrefcount(d) - base)
del g
print("g freed:", sys.getrefcount(d) - base)
