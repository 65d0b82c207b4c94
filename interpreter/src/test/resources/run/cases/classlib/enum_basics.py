# enum: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, functional API, members with data, _missing_, errors.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, list(Color.__members__), type(Color.__members__).__name__, Color, type(Color))
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print('KeyError', e)
print(f"{Color.RED}", format(Color.GREEN), Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash('RED'), isinstance(Color.RED, Color))
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
class N(IntEnum):
    A = 1
    B = auto()
print(N.A, repr(N.B), N.A + 1, N.B == 2, f"{N.A}", list(N), isinstance(N.A, int), sorted([N.B, N.A]))
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, P.X in rw, list(rw), bool(P(0)), repr(P(0)), ~P.R, len(rw), P(3))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R + 1, repr(Perm(8)))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.B), S.A == 'a', S.B.upper())
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
    def describe(self): return f"{self.name.lower()}!"
print(Shape(99), Shape.SQUARE.describe())
try:
    class More(Color): PINK = 9
except TypeError as e: print(e)
print(Color.RED in Color, [m.name for m in reversed(Color)])
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
