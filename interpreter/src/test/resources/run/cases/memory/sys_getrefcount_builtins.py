# getrefcount of fresh objects: one for the argument only.
import sys
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(object()))
print("a new tuple:", sys.getrefcount(tuple([1, 2])))
x = []
print("a name:", sys.getrefcount(x))
print(sys.getrefcount(x[:]))
