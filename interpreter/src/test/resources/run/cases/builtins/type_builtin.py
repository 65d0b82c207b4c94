# type(), callable, id-free identity checks, hash of ints and digit strings.
for v in [1, 1.0, "s", b"b", [], (), {}, set(), None, True, type, len, lambda: 0, range(1), 1j, ...]:
    print(repr(type(v)), type(v).__name__, callable(v))
print(type(type(1)) is type, type(1) == int, type(True) is bool, type(True) is int)
T = type("T", (), {})
print(T, T.__name__, type(T()), T.__mro__)
for n in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 10 ** 30, -(10 ** 30)]:
    print(n, hash(n))
print(hash(1.0), hash(1.5), hash(-0.0), hash(float("inf")), hash((1, 2)), hash(()), hash(frozenset()))
print(hash("abc") == hash("abc"), hash(int("42")) == hash(42))
class WithHash:
    def __hash__(self):
        return 12345
print(hash(WithHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()), hash(-1))
