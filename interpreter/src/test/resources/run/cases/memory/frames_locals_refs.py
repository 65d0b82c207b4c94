# The locals() dict keeps a reference to every value it last saw.
import sys
def f():
    x = object()
    base = sys.getrefcount(x)
    locals()
    print("locals() dict holds x:", sys.getrefcount(x) - base)
f()
