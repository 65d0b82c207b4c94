# abs, round, divmod, pow, sum, min, max with numbers.
print(abs(-5), abs(3.5), abs(-0.0), abs(3 - 4j), abs(True))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(12345, -2), round(1.0e-20, 25))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(0.125, 2), round(0.375, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(7, -1, 13), pow(2.0, 3), pow(-8, 1 / 3).real > 0)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum(range(101)))
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("a", "B"), min([], default="empty"), max([1, 5], default=0))
print(min((2, "b"), (1, "z")), max(range(10), key=lambda x: x % 7), min(-3, 2, key=abs))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(int(2.9), int(-2.9), float(3), complex(1), bool(2), int("-0"), int(" 12 "))
