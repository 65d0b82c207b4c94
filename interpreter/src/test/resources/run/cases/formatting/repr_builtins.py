# repr and str of every builtin type, nested.
values = [
    1, -2, 3.5, 1e100, 2j, True, None, ..., NotImplemented,
    "text", "it's", 'say "x"', b"bytes", bytearray(b"ba"),
    [1, [2, [3, []]]], (1,), (), (1, (2, 3)), {"a": [1, {"b": (2,)}]}, {},
    {1, 2, 3}, set(), frozenset({4, 5}), frozenset(), range(5), range(1, 10, 2),
    slice(1, 5), slice(None), int, str, type, object, len, print, Exception("msg"),
    ValueError("a", 2), KeyError("k"), ZeroDivisionError(), {"k": set()},
]
for v in values:
    print(repr(v), "|", str(v))
print(str(["a", "b"]), str(("a",)), str({"a": "b"}))
print(repr(1.0), repr(10.0 ** 16), repr(-0.0), repr(float("nan")), repr([float("inf")]))
print(repr(type(None)), repr(type(...)), type(NotImplemented), type(range(1)), type(slice(1)))
print(repr(frozenset({frozenset({1})})), repr({(): [(), []]}))
