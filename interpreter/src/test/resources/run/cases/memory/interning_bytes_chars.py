# One-byte bytes objects are cached, like one-character strings.
b = b"hello"
print("b[1:2] twice:", b[1:2] is b[1:2])
print("bytes([101]) is b[1:2]:", bytes([101]) is b[1:2])
print("two bytes are new objects:", b[1:3] is b[1:3])
print("empty:", b[5:] is b"")
