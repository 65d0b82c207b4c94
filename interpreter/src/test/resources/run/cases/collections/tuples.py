# Tuples: packing, unpacking, immutability, methods.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[1], t[-1], t[::-1])
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__)
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, (y, z), *w = 1, (2, 3), 4, 5
print(x, y, z, w)
a, b = b, a
print(a, b)
print(t.count(2), t.index(3), t + (4,), t * 2, (1, 2) < (1, 2, 0))
nested = ([1, 2], [3])
nested[0].append(99)
print(nested)
print(tuple("abc"), tuple(range(3)), tuple([1, [2]]), () == tuple())
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
