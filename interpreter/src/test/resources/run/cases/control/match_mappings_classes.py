# match: mapping patterns, class patterns with positional and keyword sub-patterns.
from dataclasses import dataclass
def event(e):
    match e:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} with {rest}"
        case {"type": t}:
            return f"other event {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"
for e in [{"type": "click", "x": 1, "y": 2, "extra": 0}, {"type": "key", "key": "a", "mod": "ctrl"},
          {"type": "key", "key": 5}, {"type": "scroll"}, {}, []]:
    print(event(e))
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}"
        case Circle(radius=r):
            return f"some circle r={r}"
        case int() | float():
            return "a number"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 1),
          Circle(Point(1, 1), 2), 3, 2.5, "x"]:
    print(where(o))
