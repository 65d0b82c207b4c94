# match: literal, wildcard, capture, or-patterns, value patterns and guards.
import math
class Color:
    RED = "red"
    GREEN = "green"
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "never: 1 already matched True"
        case None:
            return "none"
        case "hello" | "hi":
            return "greeting"
        case Color.RED:
            return "the colour red"
        case math.pi:
            return "pi"
        case -1.5:
            return "negative one and a half"
        case b"raw":
            return "bytes"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 5:
            return f"long string {s!r}"
        case other:
            return f"something else: {other!r}"
for v in [0, 2, True, False, None, "hi", "red", math.pi, -1.5, b"raw", 500, "lengthy", "short", 50, 2.0]:
    print(repr(v), "->", describe(v))
match 42:
    case _:
        print("wildcard always matches")
