# Function objects: attributes, names, annotations, code objects.
def area(width: float, height: float = 1.0) -> float:
    """Rectangle area."""
    return width * height
print(area.__name__, area.__qualname__, area.__doc__, area.__module__)
print(area.__annotations__, area.__defaults__)
print(area.__code__.co_name, area.__code__.co_varnames, area.__code__.co_argcount)
area.unit = "m2"
print(area.unit, area.__dict__)
class Shape:
    def method(self):
        def helper():
            pass
        return helper
print(Shape.method.__qualname__, Shape().method().__qualname__)
print(type(area).__name__, type(Shape.method).__name__, type(Shape().method).__name__, type(len).__name__)
bound = Shape().method
print(bound.__func__ is Shape.method, bound.__self__.__class__.__name__)
def no_doc():
    pass
print(no_doc.__doc__, no_doc(), (lambda: 0).__name__)
f2 = area
print(f2 is area, f2(3, 4), f2.__name__)
def gen():
    yield
print(gen.__code__.co_flags & 0x20 != 0, area.__code__.co_flags & 0x20 != 0)
