# dataclasses: field() options, fields(), Field attributes, defaults, ClassVar/InitVar, errors.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, MISSING
from typing import ClassVar


@dataclass
class Config:
    name: str
    retries: int = 3
    tags: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    weight: float = field(default=1.0, compare=False)
    cache: dict = field(default_factory=dict, init=False, repr=False)
    meta: int = field(default=0, metadata={"unit": "s"})
    instances: ClassVar[int] = 0
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.weight *= scale
        Config.instances += 1


c = Config("a", scale=2)
print(c)
print(c.weight, c.cache, Config.instances, Config.retries, "scale" in Config.__dict__)
print([f.name for f in fields(c)])
f = fields(Config)[6]
print(f.name, f.type, f.default, f.metadata["unit"], type(f.metadata).__name__, f.kw_only, f.init, f.repr, f.compare, f.hash)
print(fields(Config)[2].default is MISSING, fields(Config)[2].default_factory is list)
print(Config("a") == Config("a", weight=9.0), Config("a") == Config("b"))
print(sorted(Config.__dataclass_fields__), type(Config.__dataclass_fields__["scale"].type))
print(Config.__dataclass_params__)
print(Config.__match_args__, Config.__init__.__qualname__, Config.__repr__.__qualname__)
print(Config.__init__.__annotations__["retries"], Config.__init__.__defaults__[0])
print(repr(InitVar[int]), repr(InitVar[list[int]]))
print(dataclasses.is_dataclass(Config), dataclasses.is_dataclass(c), dataclasses.is_dataclass(1))

for bad in ("default", "mutable", "order"):
    try:
        if bad == "default":
            @dataclass
            class A:
                x: int = 1
                y: int
        elif bad == "mutable":
            @dataclass
            class B:
                items: list = []
        else:
            @dataclass(order=True, eq=False)
            class C:
                x: int
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    fields(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Config()
except TypeError as e:
    print("TypeError:", e)
try:
    Config("a", 1, [], "s", 1.0, {})
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, Config.__doc__)
