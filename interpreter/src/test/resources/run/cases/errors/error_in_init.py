# An exception raised in __init__ while constructing an object.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"kelvin must be >= 0, got {kelvin}")
        self.kelvin = kelvin
readings = [Temperature(k) for k in (300, 5, -1)]
