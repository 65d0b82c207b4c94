# Slotted instances: 16 + 8 per slot plus the GC header; no dict pre-header.
import sys
class S0:
    __slots__ = ()
class S1:
    __slots__ = ("a",)
class S4:
    __slots__ = ("a", "b", "c", "d")
class Sub(S1):
    __slots__ = ("b",)
class WithDict(S1):
    pass
print(sys.getsizeof(S0()), sys.getsizeof(S1()), sys.getsizeof(S4()), sys.getsizeof(Sub()))
print("a subclass without __slots__ has a dict:", sys.getsizeof(WithDict()))
