"""Float: create many Point objects, normalise them, and reduce to the maximum of each
coordinate.

Exercises object allocation with __slots__-free instances, attribute access, math.sin/cos.
"""
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def main():
    total = 0.0
    for _ in range(8):
        best = run(100_000)
        total += best.x + best.y + best.z
    print(f"float {best.x:.9f} {best.y:.9f} {best.z:.9f} {total:.9f}")


if __name__ == "__main__":
    main()
