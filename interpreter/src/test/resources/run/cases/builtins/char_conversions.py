# chr, ord, hex, oct, bin, ascii, repr, format.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(8364), chr(128512), repr(chr(0)), repr(chr(127)), repr(chr(160)))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
print(hex(0), hex(255), hex(-1), hex(2 ** 64), oct(64), oct(-8), bin(0), bin(255), bin(-10))
print(ascii("plain"), ascii("café"), ascii("日本"), ascii(["é"]), repr("café"))
print(format(65, "c"), format(3.14159, ".2f"), format(255, "08b"), format("x", ">3"), format(1e6, ",.0f"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
caesar = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar("hello world", 3), caesar(caesar("round trip", 5), 21))
