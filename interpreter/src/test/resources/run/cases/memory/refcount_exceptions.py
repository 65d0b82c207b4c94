# An exception caught with `as` is unbound at the end of the handler.
import sys
class E(Exception):
    pass
x = object()
base = sys.getrefcount(x)
try:
    raise E(x)
except E as e:
    print("args hold it:", sys.getrefcount(x) - base)
    saved = e
print("name e is gone:", "e" not in dir())
print("saved exception still holds it:", sys.getrefcount(x) - base)
del saved
print("all freed:", sys.getrefcount(x) - base)
