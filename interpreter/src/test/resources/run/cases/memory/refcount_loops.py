# Loop variables and comprehension temporaries hold references too.
import sys
class X:
    pass
x = X()
base = sys.getrefcount(x)
items = [x] * 4
print("list of four:", sys.getrefcount(x) - base)
for item in items:
    pass
print("loop variable still bound after the loop:", sys.getrefcount(x) - base)
del item
print("after del item:", sys.getrefcount(x) - base)
squares = [y for y in items]
print("comprehension copy (its variable does not leak):", sys.getrefcount(x) - base)
del squares, items
print("all gone:", sys.getrefcount(x) - base)
e = enumerate([x])
print("enumerate holds the list:", sys.getrefcount(x) - base)
pair = next(e)
print("the yielded tuple holds x:", sys.getrefcount(x) - base)
del e, pair
print("released:", sys.getrefcount(x) - base)
