# sys.getsizeof of builtin objects of many sizes (64-bit CPython 3.11 figures).
import sys
for v in (0, 1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 100, -1, True):
    print("int", v if v < 10 ** 6 else f"2**{v.bit_length() - 1}", sys.getsizeof(v))
print("float", sys.getsizeof(1.5), "complex", sys.getsizeof(1j), "None", sys.getsizeof(None))
for s in ("", "a", "abc", "a" * 100, "é", "é" * 10, "€", "😀", "😀" * 5):
    print("str", repr(s[:5]), len(s), sys.getsizeof(s))
for b in (b"", b"x", b"x" * 100):
    print("bytes", len(b), sys.getsizeof(b))
for n in (0, 1, 2, 5, 10, 100):
    print("tuple", n, sys.getsizeof(tuple(range(n))), "list", n, sys.getsizeof(list(range(n))))
lst = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print("list growth by append:", sizes)
d = {}
dsizes = []
for i in range(12):
    dsizes.append(sys.getsizeof(d))
    d[i] = i
print("dict growth:", dsizes)
s = set()
ssizes = []
for i in range(20):
    ssizes.append(sys.getsizeof(s))
    s.add(i)
print("set growth:", ssizes)
print("frozenset()", sys.getsizeof(frozenset()), "range", sys.getsizeof(range(10)), "slice", sys.getsizeof(slice(1)))
print("[0]*10 vs list comprehension:", sys.getsizeof([0] * 10), sys.getsizeof([0 for _ in range(10)]))
