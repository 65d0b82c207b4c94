# dataclasses: frozen instances, ordering, hashing rules (eq, frozen, unsafe_hash), explicit methods kept.
from dataclasses import dataclass, FrozenInstanceError, field


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2, v3 = Version(1, 2), Version(1, 10, "rc"), Version(0, 9)
print(sorted([v1, v2, v3]), v1 < v2, v2 >= v3, v1 == Version(1, 2, "other"))
print(hash(v1) == hash(Version(1, 2)), len({v1, Version(1, 2), v2}))
for action in ("set", "del", "new"):
    try:
        if action == "set":
            v1.major = 5
        elif action == "del":
            del v1.minor
        else:
            v1.extra = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(Version.__lt__(v1, 3))
try:
    v1 < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Plain:
    x: int


@dataclass(unsafe_hash=True)
class Hashy:
    x: int
    y: list = field(default_factory=list, hash=False)


@dataclass(eq=False)
class Identity:
    x: int


@dataclass
class OwnHash:
    x: int

    def __hash__(self):
        return 42


print(Plain.__hash__, hash(Hashy(1)) == hash(Hashy(1, [1])), Identity(1) == Identity(1), hash(OwnHash(3)))
p = Plain(1)
p.x = 2
print(p, p == Plain(2), p != Plain(3))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return f"<Custom {self.x}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)
try:
    @dataclass(order=True)
    class Clash:
        x: int

        def __lt__(self, other):
            return False
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(unsafe_hash=True)
    class Clash2:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Base:
    a: int


try:
    @dataclass
    class Child(Base):
        b: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Node:
    value: int
    next: "Node" = None


n = Node(1, Node(2))
n.next.next = n
print(n)
