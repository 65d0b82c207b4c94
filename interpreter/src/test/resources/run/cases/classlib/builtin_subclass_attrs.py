# Instances of subclasses of int, str, float, tuple, list and dict take attributes (they have a __dict__).
import gc


class Celsius(float):
    pass


class Label(str):
    def shout(self):
        return self.upper() + "!"


class Count(int):
    pass


class Point(tuple):
    pass


class Stack(list):
    pass


class Config(dict):
    pass


c = Celsius(21.5)
c.unit = "C"
lab = Label("hi")
lab.lang = "en"
n = Count(7)
n.source = "sensor"
p = Point((1, 2))
p.name = "origin-ish"
s = Stack([1])
s.limit = 10
cfg = Config(a=1)
cfg.path = "/etc"
for obj in (c, lab, n, p, s, cfg):
    print(type(obj).__name__, obj, obj.__dict__, vars(obj))
print(n + 1, lab.shout(), c * 2, p[0], s + [2], cfg["a"])
n.__dict__ = {"replaced": True}
print(n.replaced, hasattr(n, "source"))
del lab.lang
print(hasattr(lab, "lang"), lab.__dict__)
try:
    lab.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)


class Slotted(int):
    __slots__ = ()


try:
    Slotted(1).x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).x = 1
except AttributeError as e:
    print("AttributeError:", e)
s.me = s
del s
print(gc.collect() >= 0)
