# dataclasses: asdict/astuple recursion and copies, replace(), make_dataclass, slots=True.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass
from collections import namedtuple

Pair = namedtuple("Pair", "left right")


@dataclass
class Inner:
    values: list
    mapping: dict = field(default_factory=dict)


@dataclass
class Outer:
    name: str
    inner: Inner
    pairs: tuple = ()


inner = Inner([1, [2, 3]], {"k": Inner([4])})
o = Outer("o", inner, (Pair(1, 2), Pair(Inner([5]), 3)))
d = asdict(o)
print(d)
print(astuple(o))
print(d["inner"]["values"] is inner.values, d["inner"]["values"][1] is inner.values[1])
print(asdict(o, dict_factory=lambda items: sorted(items)))
try:
    asdict(Outer)
except TypeError as e:
    print("TypeError:", e)
try:
    astuple(3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, init=False)
    rate: dataclasses.InitVar[float] = 1.0

    def __post_init__(self, rate):
        self.history.append(("open", rate))


a = Account("ann", 10)
b = replace(a, balance=20)
print(a, b, b.history, a.history is b.history)
try:
    replace(a, history=[])
except ValueError as e:
    print("ValueError:", e)
try:
    replace(a, nosuch=1)
except TypeError as e:
    print("TypeError:", e)

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))], namespace={"norm": lambda self: self.x + self.y + self.z})
p = Point(1, 2)
print(p, p.norm(), [f.type for f in dataclasses.fields(Point)])
try:
    make_dataclass("Bad", ["x", "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    make_dataclass("Bad", ["class"])
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(frozen=True, slots=True)
class FrozenSlotted:
    x: int


fs = FrozenSlotted(2)
print(fs, fs.__getstate__(), hash(fs) == hash(FrozenSlotted(2)))
