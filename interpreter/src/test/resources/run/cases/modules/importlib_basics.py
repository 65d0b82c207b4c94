# importlib.import_module: absolute and relative names, errors as CPython raises them.
import importlib
import sys

m = importlib.import_module("shapes.circle")
print(m.__name__, m is sys.modules["shapes.circle"], m.Circle(1))
sq = importlib.import_module(".square", "shapes")
print(sq.__name__, sq.area(5))
cube = importlib.import_module("..square", "shapes.solid")
print(cube is sq)
print(importlib.import_module("math").sqrt(16))
print(importlib.import_module("collections").__name__)
for args in [(".circle",), ("",), ("...x", "shapes"), ("nope",), (".nope", "shapes")]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
print(importlib.__import__("shapes").__name__)
