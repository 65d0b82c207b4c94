# complex numbers.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), type(z).__name__)
print(z + 1, z * 2, z * z, z / 2, (1 + 2j) * (3 - 1j), 1j ** 2)
print(complex(1, 2), complex("1+2j"), complex(3), 2j, -1j, 0j, complex(-0.0, -0.0))
print(z == 3 + 4j, (1 + 0j) == 1, repr(1e20j), repr(1.5 + 0j), repr(-(0j)))
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j))
