# int(), float(), str(), bool(), list(), tuple(), dict(), set() conversions and errors.
print(int("42"), int(4.7), int("101", 2), float("2.5"), float(2), str(3.0), str([1, "a"]), str(None))
print(list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list(range(3)), list({3: 0}.items()))
print(tuple([1, 2]), dict([("a", 1)]), dict(a=1), set([3, 3, 1]), frozenset((2, 1)))
print(bool("False"), bool(0.0), str(True), int(False), float(True))
print(str(b"abc"), str(b"abc", "ascii"), bytes("é", "utf-8"), list(b"AB"), bytes([1, 2]))
for bad, conv in [("3.5", int), ("abc", float), ([1], int), (None, float), ("1e", float), ("", int)]:
    try:
        conv(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int(float("3.9")), int("  -7 "), float("  nan  "), float("Infinity"), float("-1E-3"))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
