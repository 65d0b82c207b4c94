# float repr is the shortest string that round-trips.
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.000123, 1.5e300, 5e-324, 2.0 ** 0.5, -0.0, 0.0, 100.0,
          1e22, 1e23, 3.14159, 2.5, 1.0e-7, 12345.678, 0.30000000000000004]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e500"), float("  3.5  "), float("-1_000.5"), float("0x10".replace("0x", "")))
print(1.7976931348623157e308, 2.2250738585072014e-308)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3))
print(round(1234.5678, -2), round(15, -1), round(25, -1))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (0.5).hex(), float.fromhex("0x1.8p1"))
print((3.0).is_integer(), (3.5).is_integer())
