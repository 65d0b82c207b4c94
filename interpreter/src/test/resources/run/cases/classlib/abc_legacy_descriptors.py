# The deprecated abstract descriptors, update_abstractmethods, and bisect's probe order.
import abc
import bisect


class Shape(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        return cls

    @abc.abstractstaticmethod
    def kind():
        return "shape"

    @abc.abstractproperty
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__))
for name in ("make", "kind", "area"):
    raw = Shape.__dict__[name]
    print(name, type(raw).__name__, type(raw).__mro__[1].__name__, raw.__isabstractmethod__,
          type(raw).__qualname__, type(raw).__module__)
print(Shape.make(), Shape.kind())
try:
    Shape()
except TypeError as exc:
    print("TypeError:", exc)


class Square(Shape):
    pass


Square.make = classmethod(lambda cls: cls.__name__)
Square.kind = staticmethod(lambda: "square")
print(sorted(Square.__abstractmethods__))
abc.update_abstractmethods(Square)
print(sorted(Square.__abstractmethods__))
Square.area = property(lambda self: 4)
abc.update_abstractmethods(Square)
print(sorted(Square.__abstractmethods__), Square().area, Square.make())
print(abc.update_abstractmethods(int) is int)


class Noisy:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Noisy.calls += 1
        print("  compare", self.v, "<", other.v)
        return self.v < other.v


items = [Noisy(v) for v in (1, 3, 3, 5, 8, 13)]
for search in (bisect.bisect_left, bisect.bisect_right):
    print(search.__name__, search(items, Noisy(3)))
keys = []
print(bisect.bisect_left([1, 3, 3, 5], 4, key=lambda v: keys.append(v) or v), keys)
row = [1, 3, 5]
bisect.insort_left(row, 3, key=lambda v: -0.0 + v)
bisect.insort(row, 9)
print(row)
for bad in (-1,):
    try:
        bisect.bisect(row, 2, bad)
    except ValueError as exc:
        print("ValueError:", exc)
print(bisect.bisect(row, 2, 1, 2), bisect.bisect_left(row, 100, hi=2))
