# Integer operators, including floor division and modulo with negative operands.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (12, 4)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, a / b, divmod(a, b))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 4; print(x)
print(+x, -x, abs(-x))
print(17 // 5 * 5 + 17 % 5 == 17)
print(int(True) + True, True * 10, False - 1)
