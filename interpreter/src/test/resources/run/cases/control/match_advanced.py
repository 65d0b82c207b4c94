# match: patterns against tuples, capture with as, nested or-patterns, builtin class patterns.
def kind(v):
    match v:
        case (int() | float()) as num if num < 0:
            return f"negative number {num}"
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s) | bytes(s):
            return f"text-ish {s!r}"
        case (x, y) as pair:
            return f"pair {pair} sum {x + y}"
        case [*_, (a, b)]:
            return f"ends with a pair {a},{b}"
        case {"id": int(i), "tags": [*tags]}:
            return f"record {i} tags {tags}"
        case list(items) if all(isinstance(i, int) for i in items):
            return f"int list of {len(items)}"
        case _:
            return "unmatched"
for v in [-3, -2.5, True, 7, "s", b"b", (1, 2), [0, 0, (5, 6)], {"id": 1, "tags": ["a"]},
          {"id": "x", "tags": []}, [1, 2, 3], [1, "a", 2], ()]:
    print(repr(v), "->", kind(v))
def check(value):
    match value:
        case [1, 2] | (3, 4):
            print("one of two sequences", value)
        case {1: _, 2: _}:
            print("has keys 1 and 2", value)
        case _:
            print("no", value)
check([1, 2]); check((3, 4)); check({1: 0, 2: 0, 3: 0}); check([3, 4, 5])
