# Instance sizes: a plain object with a __dict__ vs __slots__.
import sys
class Plain:
    def __init__(self):
        self.a, self.b = 1, 2
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
class Empty:
    pass
class NoSlots:
    __slots__ = ()
p, s = Plain(), Slotted()
print("plain instance:", sys.getsizeof(p))
print("its __dict__:", sys.getsizeof(p.__dict__))
print("slotted instance:", sys.getsizeof(s))
print("empty class instance:", sys.getsizeof(Empty()), "__slots__ = ():", sys.getsizeof(NoSlots()))
print("object():", sys.getsizeof(object()))
class Three:
    __slots__ = ("x", "y", "z")
print("three slots:", sys.getsizeof(Three()))
class WithWeak:
    __slots__ = ("x", "__weakref__")
print("slot plus __weakref__:", sys.getsizeof(WithWeak()))
def f():
    pass
print("function:", sys.getsizeof(f), "generator:", sys.getsizeof((x for x in ())))
print("class object is larger:", sys.getsizeof(Plain) > 500)
