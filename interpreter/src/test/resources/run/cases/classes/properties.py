# property with getter, setter, deleter, and validation.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset is None)
class Lazy:
    area = property(lambda self: self.w * self.h, doc="computed area")
    def __init__(self, w, h):
        self.w, self.h = w, h
print(Lazy(3, 4).area, Lazy.area.__doc__)
