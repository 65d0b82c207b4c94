from ..square import area
from .. import circle
from . import __name__ as parent_name


def volume(side):
    return area(side) * side


print("shapes.solid.cube: parent", parent_name, "circle PI", circle.PI)
