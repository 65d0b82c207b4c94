# bytes and bytearray case methods change only ASCII letters; bytes >= 0x80 stay as they are.
data = bytes(range(0x40, 0x80)) + bytes(range(0xc0, 0x100))
for kind in (bytes, bytearray):
    b = kind(data)
    for name in ("upper", "lower", "swapcase"):
        r = getattr(b, name)()
        print(kind.__name__, name, type(r).__name__, r == kind(data), r.hex())
print(b"caf\xe9 \xff".upper(), bytearray(b"\xc9T\xc9").lower())
