import sys
b = bytearray(b"hello")
b[0] = 72; b.append(33); b.extend(b"!!"); b += b"?"
print(b, len(b), b[1], b[1:3], b.pop(), b.decode(), b"ell" in b, 108 in b)
print(bytearray(), bytearray(3), bytearray([65, 66]), bytearray("hé", "utf-8"), list(bytearray(b"ab")))
c = bytearray(b"abcdef"); c[1:3] = b"XYZ"; print(c, c == b"aXYZdef", c.hex(), c.find(b"YZ"))
c.insert(0, 48); c.remove(48); c.reverse(); print(c, c.upper(), bytearray(b"ab") * 2)
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")), sys.getsizeof(b))
