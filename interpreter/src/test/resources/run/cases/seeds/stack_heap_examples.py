import sys
def foo():
    x = [1, 2, 3]
    return x

result = foo()
print(result, sys.getrefcount(result))
x = [5, 6, 7]
y = x
print(x is y, sys.getrefcount(x))

a = [1, 2, 3]
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
del a

import gc
class Node:
    def __init__(self, value):
        self.value = value
        self.ref = None
    def __del__(self):
        print("del", self.value)

node1 = Node("A")
node2 = Node("B")
node1.ref = node2
node2.ref = node1
del node1
del node2
print("before collect")
print(gc.collect())

a = 100
b = 100
c = 100
print(id(a) == id(b) == id(c))
print(a is b is c)
x = 1000
y = 1000
print(id(x) == id(y))
print(x is y)
def f():
    return 1000
def g():
    return 1000
print(f() is g())

large_list = [x**2 for x in range(100000)]
large_generator = (x**2 for x in range(100000))
print(sys.getsizeof(large_list))
print(sum(large_generator))

class OptimizedClass:
    __slots__ = ['x', 'y', 'z']
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
o = OptimizedClass(1, 2, 3)
print(sys.getsizeof(o), hasattr(o, '__dict__'))

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.collect())

import weakref
class SomeClass:
    pass
obj = SomeClass()
weak_ref = weakref.ref(obj)
print(weak_ref() is obj)
del obj
print(weak_ref())
try:
    from memory_profiler import profile
except ImportError as e:
    print(type(e).__name__, e)
import os
print(os.getpid() > 0)
with open(__file__, 'r') as f:
    data = f.read()
print(f.closed, len(data) > 0)
