# Comparison chaining, identity vs equality, mixed types.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < 2 < 3 < 4 < 1, x == 5 == 5.0)
print(1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2, 3) > (1, 2), [] < [0])
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(5), calls)
print((1, "a") < (1, "b"), (2,) > (1, 99), {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set())
print(1 != 2, 1 != 1.0, "1" == 1, None == 0, [1] == [1.0], (1,) == [1])
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a is not c)
print(3 in [1, 2, 3], 4 not in (1, 2), "k" in {"k": 1}, 1 in {1: 0}, 2 in range(0, 10, 2))
print(float("nan") in [float("nan")], max("apple", "banana"), min([3, 1], [2, 9]))
