# Each name bound to an object is one reference; getrefcount's argument adds one.
import sys
x = object()
print("one name:", sys.getrefcount(x))
y = x
print("two names:", sys.getrefcount(x))
z = y
print("three names:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
z = None
print("after rebinding z:", sys.getrefcount(x))
