# How Python picks an operator method: NotImplemented, reflected methods, subclasses first.
class A:
    def __add__(self, other):
        print("  A.__add__")
        return NotImplemented
    def __radd__(self, other):
        print("  A.__radd__")
        return "A.radd"
    def __eq__(self, other):
        print("  A.__eq__")
        return NotImplemented
class B:
    def __radd__(self, other):
        print("  B.__radd__")
        return "B.radd"
    def __eq__(self, other):
        print("  B.__eq__")
        return NotImplemented
print(A() + B())
print(1 + A())
print(A() == B(), "(both NotImplemented: falls back to identity)")
class Base:
    def __add__(self, other):
        print("  Base.__add__")
        return "Base.add"
    def __radd__(self, other):
        print("  Base.__radd__")
        return "Base.radd"
class Derived(Base):
    def __radd__(self, other):
        print("  Derived.__radd__")
        return "Derived.radd"
print(Base() + Derived(), "(a subclass's reflected method goes first)")
print(Derived() + Base())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __lt__(self, other):
        print("  Cmp.__lt__")
        return True
print(3 > Cmp(), "(reflected: Cmp.__lt__)")
