# An iterator holds the container it walks until it is exhausted.
import sys
lst = [1, 2, 3]
base = sys.getrefcount(lst)
it = iter(lst)
print("iterator holds the list:", sys.getrefcount(lst) - base)
next(it)
print("while iterating:", sys.getrefcount(lst) - base)
list(it)
print("exhausted iterator let it go:", sys.getrefcount(lst) - base)
d = {1: 2}
dbase = sys.getrefcount(d)
di = iter(d.items())
print("dict items iterator:", sys.getrefcount(d) - dbase)
del di
print("freed:", sys.getrefcount(d) - dbase)
