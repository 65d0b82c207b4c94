# Packages beside the script: __init__ runs once, relative imports, submodules bound as
# attributes of their package, __name__/__package__/__path__.
import sys

import shapes
print(shapes.Circle(2), round(shapes.Circle(2).area(), 3), shapes.square_area(3))
print(shapes.__name__, shapes.__package__, type(shapes.__path__).__name__, len(shapes.__path__))
print(shapes.__file__.endswith("shapes/__init__.py"), shapes.circle.__file__.endswith("circle.py"))
print("solid" in dir(shapes))
import shapes.solid.cube
print("solid" in dir(shapes), shapes.solid.cube.volume(2))
print(shapes.solid.cube.__package__, shapes.solid.__package__)
import shapes.solid.cube as cube
print(cube is shapes.solid.cube, cube.__name__)
from shapes.solid import cube as c2
print(c2 is cube)
from shapes import *
print(Circle, square_area(4), "_hidden" in dir())
print(sorted(k for k in sys.modules if k.startswith("shapes")))
import shapes  # already imported: nothing runs again
print(sys.modules["shapes"] is shapes)
