"""Chaos game: an iterated function system (three weighted affine maps, a fern-like
attractor) is sampled with our own linear congruential generator; points are smoothed
along a quadratic Bezier spline and counted in a grid.

Exercises small geometry classes, float arithmetic, method calls and dict counting.
"""


class Rng:
    """Deterministic 31-bit LCG so the checksum does not depend on the random module."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 0x80000000


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def lerp(self, other, t):
        return Point(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)


class Affine:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return Point(self.a * p.x + self.b * p.y + self.e, self.c * p.x + self.d * p.y + self.f)


MAPS = [
    Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
    Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
    Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
    Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
]


def choose(maps, r):
    acc = 0.0
    for m in maps:
        acc += m.weight
        if r < acc:
            return m
    return maps[-1]


def bezier(p0, p1, p2, t):
    # de Casteljau: two levels of linear interpolation.
    return p0.lerp(p1, t).lerp(p1.lerp(p2, t), t)


def main():
    rng = Rng(42)
    p = Point(0.0, 0.0)
    prev2, prev1 = p, p
    grid = {}
    size = 64
    for i in range(350_000):
        p = choose(MAPS, rng.next_float()).apply(p)
        if i < 20:
            continue  # let the orbit settle onto the attractor
        q = bezier(prev2, prev1, p, 0.5)
        prev2, prev1 = prev1, p
        cell = (int((q.x + 3.0) / 6.0 * size), int(q.y / 10.0 * size))
        grid[cell] = grid.get(cell, 0) + 1
    checksum = sum((x * 131 + y) * n for (x, y), n in grid.items()) % 1_000_000_007
    print(f"chaos cells={len(grid)} checksum={checksum}")


if __name__ == "__main__":
    main()
