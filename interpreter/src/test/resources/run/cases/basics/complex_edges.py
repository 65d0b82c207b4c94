# complex: division, powers, errors, conversions and mixed arithmetic.
print((1 + 2j) / (3 - 4j), (1 + 1j) ** 0.5, 2 ** (1 + 1j), (1 + 2j) ** -2, 0j ** 0)
print((-8) ** 0.5, (-1) ** 0.25, 1.5 * 2j, 2j - 1, 1 - 2j == complex(1, -2))
for bad in [lambda: 1j / 0, lambda: 0j ** -1, lambda: complex("1+"), lambda: complex("x"), lambda: 1j < 2j,
            lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: 1j // 2]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(complex(" (1-2j) "), complex("-j"), complex("1e3+1.5e-2J"), complex(1j, 1j), complex(2.5), complex(True))
print(repr(complex(float("inf"), float("nan"))), repr(complex(-1e300 * 1e10, 0)), abs(3 - 4j), (1 + 2j).conjugate())
print(hash(2 + 0j) == hash(2), hash(1.5 + 0j) == hash(1.5), {1j: "a"}[1j], 1j in {1j}, bool(-0j), -(1 - 1j))
print(f"{1+2j}", str(3j), format(1 + 0j), [1j, 2.5 + 0j], (1j).real, (1j).imag, type((1j).imag).__name__)
