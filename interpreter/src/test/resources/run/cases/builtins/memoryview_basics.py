# memoryview over bytes and bytearray: indexing, slicing shares memory, casts, release, errors.
import sys
b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.nbytes)
print(m.ndim, m.shape, m.strides, m.suboffsets, m.obj is b, m.c_contiguous, m.contiguous)
print(bytes(m[::2]), m[::-1].tobytes(), m[::2].strides, m[4:1:-1].tolist(), m.hex(), m[1:4].hex(":"))
print(m == b, m == b"abcdeg", m == memoryview(b"abcdef"), m != b"x", hash(m) == hash(b), m == "abcdef")
ba = bytearray(b"hello world")
v = memoryview(ba)
w = v[6:]
w[0] = ord("W")
v[0:5] = b"HELLO"
print(ba, v.readonly, w.tobytes(), w.obj is ba)
try:
    ba.append(33)
except BufferError as e:
    print("BufferError:", e)
try:
    ba.extend(b"xyz")
except BufferError as e:
    print("BufferError:", e)
ba[0] = ord("J")
print(ba, v[0])
for bad in (lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 256), lambda: v.__setitem__(slice(0, 2), b"abc"),
            lambda: v[20], lambda: hash(v), lambda: memoryview("str"), lambda: v["x"], lambda: v.__setitem__(0, b"a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrefcount(ba))
v.release()
print(sys.getrefcount(ba))
w.release()
print(sys.getrefcount(ba))
ba.append(33)
print(ba, repr(v)[:16])
for op in (lambda: v[0], lambda: len(v), lambda: v.tobytes(), lambda: v.format):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
with memoryview(bytearray(b"xyz")) as cm:
    print(cm.tolist(), cm.obj)
print(repr(cm).startswith("<released memory"))
data = bytearray(range(8))
h = memoryview(data).cast("H")
print(h.format, h.itemsize, len(h), h.tolist(), h.shape, h.strides, h.nbytes)
h[0] = 0xFFFF
print(data[:2], memoryview(data).cast("I").tolist(), memoryview(data).cast("q").tolist())
print(memoryview(data).cast("b").tolist(), memoryview(b"ab").cast("c").tolist(), memoryview(b"ab").cast("c")[0])
d = memoryview(bytearray(16)).cast("d")
d[1] = 2.5
print(d.tolist(), d.cast("B").tolist()[8:], memoryview(b"\x01\x00\x00\x00\xff\xff\xff\xff").cast("i").tolist())
for bad in (lambda: memoryview(b"abc").cast("H"), lambda: h.cast("I"), lambda: memoryview(b"ab").cast("Z"),
            lambda: hash(memoryview(b"abcd").cast("H")), lambda: memoryview(b"ab").cast("B", [3])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(b"abcd").cast("B", [2, 2]).tolist(), memoryview(b"abcd").cast("H") == memoryview(b"abcd").cast("H"))
print(list(memoryview(b"xyz")), type(iter(memoryview(b""))).__name__, memoryview(memoryview(b"q")).obj)
print(memoryview(b"abc").toreadonly().readonly, memoryview(bytearray(b"a")).toreadonly().readonly, bytes(memoryview(b"12")))
print(bytearray(memoryview(b"12")), b"".join([memoryview(b"a"), b"b"]), b"ab" + memoryview(b"c") if False else "skip")
