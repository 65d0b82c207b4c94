print("shapes.square: running as", __name__)


def area(side):
    return side * side
