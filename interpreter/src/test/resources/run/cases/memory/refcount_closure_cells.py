# A closed-over variable lives in a cell; the cell holds one reference.
import sys
def outer():
    x = object()
    base = sys.getrefcount(x)
    def inner():
        return x
    print("cell makes no extra reference:", sys.getrefcount(x) - base)
    f = inner
    print("inner returns the same object:", f() is x)
    return inner, x
fn, obj = outer()
print("held by the name and the cell:", sys.getrefcount(obj))
print("cell contents is it:", fn.__closure__[0].cell_contents is obj)
del fn
print("after the closure is freed:", sys.getrefcount(obj))
