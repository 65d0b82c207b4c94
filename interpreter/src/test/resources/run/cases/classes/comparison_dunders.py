# Rich comparisons, reflection, total ordering, and the default identity equality.
import functools
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        print(f"  {self} == {other}")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print(f"  {self} < {other}")
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    __hash__ = None
a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b, "(reflected to b < a)")
print(a == Version(1, 2), a != b, a == "1.2")
print(sorted([Version(2), Version(1, 5), Version(1)]))
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __repr__(self):
        return self.rank
print(Card("K") >= Card("T"), Card("2") <= Card("2"), max(Card("9"), Card("A"), Card("J")))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p in [q], p in [p])
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
