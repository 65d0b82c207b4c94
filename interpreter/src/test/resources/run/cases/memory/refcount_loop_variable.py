# A for loop's variable keeps the last item after the loop.
import sys
items = [object(), object()]
base = sys.getrefcount(items[1])
for it in items:
    pass
print("loop variable holds the last item:", sys.getrefcount(items[1]) - base)
del it
print("released:", sys.getrefcount(items[1]) - base)
