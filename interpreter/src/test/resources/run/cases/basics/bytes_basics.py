# bytes and bytearray.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), b"abc" + b"def", b"ab" * 3)
print(b"a b c".split(), b"xyz".upper(), b"  pad ".strip(), b"abc".hex(), bytes.fromhex("de ad be ef"))
print(b"hello".decode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), b"\xc3\xa9".decode("utf-8"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), ba.pop(), ba, bytes(ba))
ba[1:3] = b"XYZ"
print(ba, ba.find(b"Z"), ba.count(b"X"), b"Z" in ba)
print(b"abc" == bytearray(b"abc"), b"abc" < b"abd", b"\x00" < b"\x01")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"), repr(bytes([127, 128])))
print(memoryview(b"abc")[1], bytes(memoryview(b"abcdef")[2:4]))
print(b"%d-%s" % (5, b"x"), b"a,b".replace(b",", b";"), b"abc".startswith(b"ab"))
