# __bool__, __int__, __float__, __index__, __round__, __abs__, __neg__, __invert__, __hash__.
class Num:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v != 0
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, ndigits=None):
        return Num(round(self.v, ndigits))
    def __abs__(self):
        return Num(abs(self.v))
    def __neg__(self):
        return Num(-self.v)
    def __invert__(self):
        return Num(~int(self.v))
    def __repr__(self):
        return f"Num({self.v})"
n = Num(3.7)
print(bool(n), bool(Num(0)), int(n), float(n), round(n), round(n, 0), abs(Num(-2)), -n, ~Num(5))
i = Num(2)
print([10, 20, 30][i], "abcdef"[i:Num(4)], bin(i), hex(Num(255)), range(Num(3)), operator_index := i.__index__())
print(list(range(10))[Num(1):Num(7):Num(2)], [0] * Num(3), "ab" * Num(2))
class NoIndex:
    def __int__(self):
        return 1
try:
    [1, 2][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
print(int(NoIndex()), divmod(Num(7), 2) if False else "divmod needs __divmod__")
