"""Ray tracer: spheres over a checkered plane, one point light, Lambert and Phong shading,
shadows and mirror reflections, rendered into a small greyscale picture.

Exercises a vector class with operator overloading, many short-lived objects, and
polymorphic intersection methods.
"""
import math

EPSILON = 1e-5


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin, self.direction = origin, direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, brightness, mirror):
        self.centre, self.radius = centre, radius
        self.brightness, self.mirror = brightness, mirror

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > EPSILON:
                return t
        return None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.brightness


class Plane:
    def __init__(self, point, normal, mirror):
        self.point, self.normal, self.mirror = point, normal.normalized(), mirror

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        return 0.9 if (math.floor(p.x) + math.floor(p.z)) % 2 == 0 else 0.2


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0, 1, 5), 1.0, 0.8, 0.3),
            Sphere(Vec(-2.2, 0.7, 6), 0.7, 0.5, 0.6),
            Sphere(Vec(2.0, 0.5, 4), 0.5, 0.95, 0.0),
            Plane(Vec(0, 0, 0), Vec(0, 1, 0), 0.2),
        ]
        self.light = Vec(-5, 8, -2)

    def closest(self, ray):
        best, best_t = None, math.inf
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            return 0.1  # sky
        p = ray.at(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).normalized()
        lit = 0.1
        shadow_obj, shadow_t = self.closest(Ray(p, to_light))
        if shadow_obj is None or shadow_t > (self.light - p).length():
            diffuse = max(0.0, n.dot(to_light))
            spec = max(0.0, to_light.reflect(n).dot(ray.direction)) ** 20
            lit += 0.8 * diffuse + 0.4 * spec
        colour = obj.colour_at(p) * lit
        if depth > 0 and obj.mirror > 0:
            reflected = self.trace(Ray(p, ray.direction.reflect(n)), depth - 1)
            colour = colour * (1 - obj.mirror) + reflected * obj.mirror
        return colour


def render(width, height):
    scene = Scene()
    eye = Vec(0, 1.5, -3)
    pixels = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 2
            y = (height / 2 - j) / height * 2
            v = scene.trace(Ray(eye, Vec(x, y, 1.5)), 3)
            row.append(min(255, int(v * 255)))
        pixels.append(row)
    return pixels


def main():
    size = 220
    pixels = render(size, size)
    checksum = sum(v * (k % 97 + 1) for k, v in enumerate(p for row in pixels for p in row))
    print(f"raytrace checksum={checksum} mean={sum(map(sum, pixels)) / size / size:.4f}")


if __name__ == "__main__":
    main()
