# isinstance / issubclass with tuples, builtins, ABCs and __subclasshook__-free custom checks.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, object))
print(issubclass(B, A), issubclass(B, (C,)), issubclass(A, A), issubclass(bool, int), issubclass(int, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), type(b) is B, type(b) is A)
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
class MetaCheck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=MetaCheck):
    pass
class Robot:
    quack = True
print(isinstance(Robot(), Duck), isinstance(1, Duck))
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, dict))
print(B.__subclasses__() == [], [k.__name__ for k in A.__subclasses__()])
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None))
