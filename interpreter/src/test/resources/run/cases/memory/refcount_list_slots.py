# Every slot of a list that holds an object is a reference to it.
import sys
x = object()
base = sys.getrefcount(x)
lst = [x, x, x]
print("three slots:", sys.getrefcount(x) - base)
lst.append(x)
print("after append:", sys.getrefcount(x) - base)
lst.pop()
print("after pop:", sys.getrefcount(x) - base)
lst[0] = None
print("after overwriting slot 0:", sys.getrefcount(x) - base)
lst.clear()
print("after clear:", sys.getrefcount(x) - base)
lst2 = [x] * 5
print("[x] * 5:", sys.getrefcount(x) - base)
del lst2
print("freed:", sys.getrefcount(x) - base)
