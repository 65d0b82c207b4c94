# str.format_map with __missing__, set display order, tuple and user hashes.
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a=1)), "{0[x]}".format({"x": 5}))
print(format("s", "05"), format("s", "<05"), format(7, "05"), format(True, ""), format(3, ""))
print({2, 3, 10}, {10, 3, 2}, {5, 1, 9, 17, 33, 65}, {1, 2}, {-1, -2, -3})
s = {2, 3, 10}
s.discard(2)
s.add(99)
print(s, set({8, 16, 24}), {*range(3), 9, 17})
class Big:
    def __hash__(self):
        return 2 ** 62
class Huge:
    def __hash__(self):
        return 2 ** 70
class MinusOne:
    def __hash__(self):
        return -1
print(hash(Big()), hash(Huge()), hash(MinusOne()), hash(()), hash((1, 2)), hash((1, (2, "")[0])))
