# __new__ vs __init__: creation order, returning other objects, immutable subclasses.
class Traced:
    def __new__(cls, *args):
        print(f"  __new__({cls.__name__}, {args})")
        return super().__new__(cls)
    def __init__(self, value):
        print(f"  __init__({value})")
        self.value = value
t = Traced(5)
print(t.value)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("shout")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class Positive(int):
    def __new__(cls, n):
        if n <= 0:
            raise ValueError("not positive")
        return super().__new__(cls, n)
p = Positive(3)
print(p, p + 1, type(p + 1).__name__, type(p).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called: __new__ returned an int")
print(NotMine())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        self.key = key
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Point(1, 2)
print(pt, pt.x, pt == (1, 2), hash(pt) == hash((1, 2)))
