"""A package for the modules/ cases: relative imports, submodules, __all__."""
print("shapes: running __init__ as", __name__, "package", __package__)
from .circle import Circle
from . import square
from .square import area as square_area

__all__ = ["Circle", "square_area"]
_hidden = "not exported"
