# Iterable unpacking in assignments, calls and literals.
a, b, *c = range(5)
print(a, b, c)
*a, b = [1]
print(a, b)
(a, b), c = "xy", 3
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], *(2, 3)}, {**{"a": 1}, "b": 2})
def f(a, b, c, d):
    return a, b, c, d
print(f(*[1, 2], *(3, 4)), f(1, *[2], **{"c": 3, "d": 4}))
first, second, *_ = "unpacking"
print(first, second, _)
k, v = {"only": 1}.popitem()
print(k, v)
m = [[1, 2], [3, 4]]
[[p, q], [r, s]] = m
print(p, q, r, s)
x = y = z = []
x.append(1)
print(x, y, z, x is z)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
