# str.format: positional, numbered, named, attribute and index fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}".format(p=p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:,}".format(3.14159, 5, 255, 10 ** 7))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{0:{1}}|".format("w", 6), "{:{}{}}".format(7, ">", 4))
print("{{}} {}".format("braces"))
print(format(3.5, ".1e"), format("x", "^5"), format(12, ""), format(1.0), format([1], ""))
data = {"a": 1, "b": 2}
print("{a}+{b}".format(**data), "{}-{}".format(*"xy"))
print("{:.2%}".format(0.4567), "{:e}".format(0), "{:g}".format(1e-10))
