# match edge cases: no case matches, bindings after a failed case, __match_args__ limits.
def first_match(v):
    match v:
        case [x, y] if x > y:
            return f"descending pair {x} {y}"
        case [x, y]:
            return f"pair {x} {y}"
    return "no case matched"
print(first_match([2, 1]), first_match([1, 2]), first_match("no"))
class P:
    __match_args__ = ("a",)
    def __init__(self, a, b):
        self.a, self.b = a, b
match P(1, 2):
    case P(x, b=y):
        print("positional and keyword", x, y)
try:
    match P(1, 2):
        case P(x, y):
            pass
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(z):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others:", others)
match 5:
    case int(n) if n > 10:
        print("big")
    case n:
        print("bound by capture:", n)
value = "x"
match "y":
    case str() as value:
        print("as rebinds:", value)
print(value)
match (1, 2, 3):
    case (1, *mid, 3):
        print("mid", mid, type(mid).__name__)
