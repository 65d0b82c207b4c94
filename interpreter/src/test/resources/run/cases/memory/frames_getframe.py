# sys._getframe: the running frames, their names and locals.
import sys
def inner(a):
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_locals))
    print("line:", f.f_lineno)
    return f
def outer():
    b = 1
    return inner(b)
fr = outer()
print("frame outlives the call:", fr.f_locals["a"])
print("depth 1:", sys._getframe(0).f_code.co_name)
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
