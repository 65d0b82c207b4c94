# Container operations and the references they add or drop.
import sys
class X:
    pass
x = X()
base = sys.getrefcount(x)
lst = [x]
print("list literal", sys.getrefcount(x) - base)
lst2 = lst * 3
print("list * 3", sys.getrefcount(x) - base)
copy = lst2[:]
print("slice copy", sys.getrefcount(x) - base)
del lst2, copy
print("deleted copies", sys.getrefcount(x) - base)
s = {x}
print("set", sys.getrefcount(x) - base)
d = {x: x}
print("dict key and value", sys.getrefcount(x) - base)
d[x] = 0
print("value replaced", sys.getrefcount(x) - base)
del s, d
t = tuple(lst)
print("tuple(list)", sys.getrefcount(x) - base)
it = iter(lst)
print("iterator does not own items", sys.getrefcount(x) - base)
item = next(it)
print("next() result bound", sys.getrefcount(x) - base)
del item, it, t
lst.append(x)
lst.insert(0, x)
print("append + insert", sys.getrefcount(x) - base)
lst.pop()
print("pop (result discarded)", sys.getrefcount(x) - base)
lst.remove(x)
print("remove", sys.getrefcount(x) - base)
del lst[:]
print("del slice", sys.getrefcount(x) - base)
