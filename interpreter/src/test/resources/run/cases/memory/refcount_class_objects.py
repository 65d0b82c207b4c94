# A class is referenced by its instances, its subclasses' MRO and bases, and names.
import sys
class A:
    pass
base = sys.getrefcount(A)
a1, a2 = A(), A()
print("two instances:", sys.getrefcount(A) - base)
class B(A):
    pass
print("a subclass (bases and mro):", sys.getrefcount(A) - base)
del a1, a2
print("instances freed:", sys.getrefcount(A) - base)
print("B's mro:", [k.__name__ for k in B.__mro__])
