# Multiple inheritance: C3 linearization and cooperative super().
class Base:
    def __init__(self):
        print("Base.__init__")
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__")
        super().__init__()
    def who(self):
        return ["Bottom"] + super().who()
b = Bottom()
print(b.who())
print([k.__name__ for k in Bottom.__mro__])
print([k.__name__ for k in Bottom.mro()])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
class A1:
    attr = "A1"
class B1(A1):
    pass
class C1(A1):
    attr = "C1"
class D1(B1, C1):
    pass
print(D1.attr, [k.__name__ for k in D1.__mro__])
