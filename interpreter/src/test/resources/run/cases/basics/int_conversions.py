# int() parsing and conversions between bases.
print(int("42"), int("-17"), int("  8  "), int("1_000_000"), int("+5"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("777", 8), int("101", 2), int(3.9), int(-3.9), int(True))
print(hex(255), oct(8), bin(10), hex(-255), bin(-5), oct(0))
print(format(255, "x"), format(255, "#X"), format(10, "b"), format(8, "o"), format(10, "08b"))
print(str(12345), repr(-0), int("0"), int("-0"), int("٣"))
print(float("3"), float(".5"), float("5."), float("1e3"), float("-inf"))
print(divmod(100, 7), 100 == 7 * 14 + 2, round(7 / 2), round(-7 / 2))
for text in ["12", "0x1A", "1e3", "abc", ""]:
    try:
        print(text, "->", int(text))
    except ValueError as e:
        print(text, "->", e)
