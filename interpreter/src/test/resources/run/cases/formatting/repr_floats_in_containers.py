# Floats, strings and nested objects inside containers use repr.
print([0.1, 1 / 3, 1e-10, 1e16, 2.0, -0.0, float("inf")])
print((0.5,), {"pi": 3.141592653589793}, {1.5, 2.5})
print(["a", 'b"c', "d'e", "tab\there", "nl\n", "é", "\x00"])
print({"key": ["nested", ("tuple", None, True)], 2: {3: {4: []}}})
print([[], [[]], [[], [[]]]], ((),), ((), ()), [{}], [set()], [frozenset()])
print([b"bytes", bytearray(b"ba"), range(3), slice(1, 2), ..., NotImplemented])
print(str([1, "1"]), repr([1, "1"]), str(("x",)), repr("x"), str("x"))
print([int, len, None.__class__])
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "str P"
print([P()], (P(),), {"p": P()}, P(), str([P()]), f"{P()}", f"{[P()]}")
