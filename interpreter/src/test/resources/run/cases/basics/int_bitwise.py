# Bitwise operators on positive and negative ints (infinite two's complement).
values = [0, 1, 5, 12, -1, -6, 255, 1 << 40]
for v in values:
    print(v, ~v, v & 0xF, v | 0x10, v ^ 0b1010, v << 3, v >> 2)
print(-1 >> 100, 1 << 100, -(1 << 100) >> 99)
print((0b1100 & 0b1010), (0b1100 | 0b1010), (0b1100 ^ 0b1010))
for v in (0, 1, 7, 8, 255, 256, -255, 2**64, -(2**64)):
    print(v, v.bit_length(), bin(v).count("1"), v.bit_count())
print((37).to_bytes(2, "big"), (37).to_bytes(2, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xfe", "big", signed=True))
