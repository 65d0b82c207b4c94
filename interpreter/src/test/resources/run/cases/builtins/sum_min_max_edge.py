# Edge cases of sum/min/max/sorted: empty inputs, keys, ties, mixed numeric types.
print(sum([]), sum([], 5), sum([1.5, 2]), sum([True, True, False]), sum(range(0)))
print(min([3, 1, 1.0]), max([1, 1.0]), max([1.0, 1]), "ties keep the first")
print(min("b", "a", "c"), max([[1, 2], [1, 3]]), min((3, "x"), (3, "a")))
print(max([], default=None), min([], key=len, default="none"))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "ccc", "d"], key=len))
print(sorted([3, 1.5, True, 0]), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
print(sum([[1], [2], [3]], []), sum(x * x for x in range(4)))
print(abs(-7), abs(-7.5), round(-7.5), round(7.5), round(8.5), divmod(-7, 2), divmod(7, -2))
print(pow(10, -2), pow(-2, 3), pow(2, 3, 5), pow(0, 0), 0 ** 0.0)
