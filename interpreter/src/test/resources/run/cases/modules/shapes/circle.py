print("shapes.circle: running as", __name__, "package", __package__)
PI = 3.14159


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * self.r * self.r

    def __repr__(self):
        return f"Circle({self.r})"
