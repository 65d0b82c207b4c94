# __eq__ and __hash__: defining __eq__ removes the default __hash__.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq.__hash__, OnlyEq(1) == OnlyEq(1))
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  __eq__({self.name}, {other.name})")
        return self.name.lower() == other.name.lower()
    def __hash__(self):
        print(f"  __hash__({self.name})")
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name!r})"
d = {}
d[Key("Ab")] = 1
d[Key("aB")] = 2
print(d, len(d))
print(Key("AB") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class Same:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return True
print(len({Same(), Same(), Same()}))
class Default:
    pass
a = Default()
print(hash(a) == hash(a), a == a, {a: 1}[a])
print(hash(1) == hash(1.0) == hash(True), {1: "int", 1.0: "float"})
