# match: sequence patterns with star, nested, and the str exception.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [0, *rest]:
            return f"starts with 0, rest {rest}"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], "ab", range(3), {1, 2}, 7, (x for x in [])]:
    print(shape(v) if not hasattr(v, "send") else "generator -> " + shape(v))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["go", d]:
            return f"cannot go {d}"
        case ["pick", "up", *items] if items:
            return f"picking up {' and '.join(items)}"
        case [("quit" | "exit")]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb}"
        case []:
            return "nothing"
for c in ["go north", "go west", "pick up key lamp", "pick up", "exit", "dance now", ""]:
    print(repr(c), "->", command(c))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
