# dataclasses: inherited fields keep their order, overriding defaults, __post_init__ chains, kw_only, KW_ONLY.
from dataclasses import dataclass, field, fields, KW_ONLY, asdict


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def __post_init__(self):
        self.log = [f"animal {self.name}"]

    def speak(self):
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    sound: str = "woof"
    tricks: list = field(default_factory=list)

    def __post_init__(self):
        super().__post_init__()
        self.log.append("dog")


d = Dog("rex", tricks=["sit"])
print(d, d.speak(), d.log, [f.name for f in fields(Dog)])
print(Dog.__match_args__, asdict(d))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


o = Options(level=3)
print(o)
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=False)


m = Mixed(1, 5, b=7)
print(m, Mixed.__match_args__)
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Point3(Point):
    z: int = 0


p = Point3(1, 2)
print(p, isinstance(p, Point), p == Point3(1, 2, 0), Point(1, 2) == Point3(1, 2))
match p:
    case Point3(x, y, z):
        print("matched", x, y, z)


@dataclass
class Self:
    self: int
    other: int = 0


print(Self(1, 2), Self(self=3))
