# enumerate, zip, map, filter, reversed, sorted, len, range.
names = ["x", "y", "z"]
print(list(enumerate(names)), list(enumerate(names, 10)))
print(list(zip(names, range(5))), list(zip()), list(zip("ab", "cd", "ef")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str.upper, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["ab", ""])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True))
print(len([1, 2]), len("héllo"), len({1: 2}), len(range(0, 100, 7)), len(b"ab"), len(set()))
r = range(2, 20, 3)
print(r, list(r), r[2], r[-1], r[1:3], len(r), 11 in r, 12 in r, r.index(8), r.count(5))
print(range(10)[::-1], list(range(10)[::-3]), range(0) == range(5, 5), range(3) == range(0, 3))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(*[(1, "a"), (2, "b"), (3, "c")])
print(list(z), "(zip(*pairs) transposes)")
print(list(enumerate(zip("ab", "xy"))), dict(enumerate("ab")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
