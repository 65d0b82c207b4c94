# Arbitrary-precision ints: arithmetic far beyond 64 bits.
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b, a - b, a * b)
print(a // b, a % b, b // 12345678901234567890, b % 12345678901234567890)
print(-a // 7, -a % 7, divmod(-b, 10 ** 20))
f = 1
for i in range(1, 41):
    f *= i
print("40! =", f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(a ** 3 == a * a * a, (a << 50) >> 50 == a)
print(pow(2, 200, 10 ** 9 + 7), pow(b, 3, a))
print(int("123456789" * 5) * int("987654321" * 3))
print(hex(a), oct(b)[:30], bin(2 ** 70 + 1))
print(abs(-b) == b, -(-a) == a, a > b, (a * b) // b == a)
print(sum(range(10 ** 6)) * 10 ** 30)
print(float(2 ** 80), int(1e20), int(-1.5e19))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-2 ** 61))
