# sys.getrefcount counts one extra reference: its own argument.
import sys
class Thing:
    pass
t = Thing()
print("one name:", sys.getrefcount(t))
alias = t
print("two names:", sys.getrefcount(t))
box = [t, t, t]
print("plus three list slots:", sys.getrefcount(t))
d = {"k": t}
print("plus a dict value:", sys.getrefcount(t))
del alias
print("after del alias:", sys.getrefcount(t))
box.clear()
print("after box.clear():", sys.getrefcount(t))
d.pop("k")
print("after pop:", sys.getrefcount(t))
print("fresh object:", sys.getrefcount(Thing()))
print("fresh list:", sys.getrefcount([]))
lst = [1, 2]
print("list bound to a name:", sys.getrefcount(lst))
t2 = (lst, lst)
print("in a tuple twice:", sys.getrefcount(lst))
del t2
print("tuple gone:", sys.getrefcount(lst))
