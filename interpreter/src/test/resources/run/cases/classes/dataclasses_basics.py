# dataclasses: generated __init__, __repr__, __eq__, ordering, frozen, defaults.
from dataclasses import dataclass, field, asdict, replace
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self):
        return self.price * self.qty
a = Item("pen", 1.5, 4)
b = Item("pen", 1.5, 4)
print(a, a == b, a is b, a.total(), asdict(a))
a.tags.append("office")
print(a.tags, b.tags)
@dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0
ps = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(ps), Point(1) < Point(1, 1), hash(Point(1, 2)) == hash(Point(1, 2)))
try:
    ps[0].x = 10
except Exception as e:
    print(type(e).__name__, e)
print(replace(ps[0], y=99), ps[0])
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
print(Item.__dataclass_fields__.keys(), Point.__hash__ is not None, Item.__hash__)
