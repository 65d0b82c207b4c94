# range with bounds beyond 64 bits: the range owns its bound objects, iterators switch to
# longrange_iterator when a bound or the length leaves a C long, and every operation works
# on ints of any size.
import gc
import sys

x = 10**30
before = sys.getrefcount(x)
r = range(x)
print("stop is x:", r.stop is x, sys.getrefcount(x) - before)
r = range(0, x)
print("range(0, x) holds x:", sys.getrefcount(x) - before)
del r
print("released:", sys.getrefcount(x) - before)
it = iter(range(x, x + 5))
print("longrange_iterator holds start:", sys.getrefcount(x) - before, next(it) is x, next(it) - x)
del it
y = 1000 * 7
before = sys.getrefcount(y)
small = range(y, y * 3)
it = iter(small)
print("small range holds y:", small.start is y, sys.getrefcount(y) - before)
del small
print("range_iterator does not:", sys.getrefcount(y) - before, next(it))

print(type(iter(range(x))).__name__, type(iter(range(5))).__name__, type(reversed(range(x))).__name__)
print(type(iter(range(-2**63, 2**63 - 1))).__name__, type(iter(range(-2**63, 2**63))).__name__)
print(type(reversed(range(2**63 - 1))).__name__, type(reversed(range(-2**63, 0))).__name__)
print(type(iter(range(2**63 - 1))).__name__, type(iter(range(-1, 2**63 - 1))).__name__)
print(len(range(2**62)), len(range(0, -2**62, -1)))
for big in (range(2**63), range(-1, 2**63 - 1), range(0, 2**100, 3)):
    try:
        len(big)
    except OverflowError as e:
        print("OverflowError", e)
try:
    range(2**64).__len__()
except OverflowError as e:
    print("OverflowError", e)
print(bool(range(2**64)), bool(range(2**64, 0)), bool(range(0)))

print(range(2**64)[-1], range(2**64)[2**63:], range(0, 2**100, 3)[::-7])
print(range(x)[-1], range(x)[-x], range(-x, x, x // 3), range(-x, x, x // 3)[1::2])
print(range(10)[2**80:], range(10)[-2**80:2**80:-1], range(10)[::-2**80], range(10)[::2**80])
print(range(0, -x, -7)[5], range(x, 0, -1)[x - 1], range(10**20)[10**19], range(5)[True])
for bad in (x, 2**64, 10, -11):
    try:
        range(x if bad == x else 10)[bad]
    except IndexError as e:
        print("IndexError", e)

print(2**80 in range(0, 2**81, 2), 2**80 + 1 in range(0, 2**81, 2), 3 in range(2**70))
print(x in range(x), x - 1 in range(x), -x in range(0, -2 * x, -x), True in range(2), 3.0 in range(5))
print(range(2**70).index(2**69), range(0, -2**70, -3).index(-3 * 2**60), range(5).index(True))
print(range(x).count(5), range(x).count(x), range(1, 7, 2).count(3), range(9).count(4.0))
for v in (-1, x):
    try:
        range(x).index(v)
    except ValueError as e:
        print("ValueError", e)
try:
    range(9).index("a")
except ValueError as e:
    print("ValueError", e)

print(list(range(2**64, 2**64 + 3)), list(range(-2**64, -2**64 - 6, -2)))
print(list(reversed(range(-2**64, -2**64 - 6, -2))), list(reversed(range(2**64, 2**64))))
print(list(range(2**63 - 2, 2**63 + 2)), list(reversed(range(2**63 - 2, 2**63 + 2))))
print(list(range(2**63 - 3, 2**63 - 1)), list(reversed(range(-2**63, -2**63 + 2))))
print(max(range(2**64 - 2, 2**64)), sum(range(2**64, 2**64 + 3)), sorted(range(2**65, 2**65 + 9, 4), reverse=True))

print(range(2**70) == range(0, 2**70), range(x) != range(x + 1), range(x) == 5)
print(range(0) == range(x, x), range(x, x + 1) == range(x, x + 2, 7), range(x, x + 9, 2) == range(x, x + 10, 2))
print(hash(range(2**70)) == hash(range(0, 2**70, 1)), hash(range(x, x + 9, 2)) == hash(range(x, x + 10, 2)))
print(hash(range(1, 10, 3)) == hash((3, 1, 3)), hash(range(2**70)), hash(range(1, 10, 3)))
print(len({range(x), range(0, x), range(0, x, 1), range(x + 1)}))

print(range(x).start, range(x).step, range(x).__reduce__(), range(5, 1, -2).__reduce__())
it = iter(range(5))
next(it)
next(it)
print(it.__reduce__(), it.__length_hint__())
it.__setstate__(3)
print(list(it))
it = iter(range(2**70, 2**70 + 10, 3))
next(it)
print(it.__reduce__(), it.__length_hint__())
it.__setstate__(2)
print(next(it) - 2**70, it.__length_hint__())
print(iter(range(2**64)).__length_hint__(), reversed(range(x)).__length_hint__())
print(reversed(range(x)).__reduce__(), reversed(range(1, 5, 2)).__reduce__())
print(sys.getsizeof(range(x)), sys.getsizeof(iter(range(x))), sys.getsizeof(iter(range(1))))
print(gc.is_tracked(range(x)), gc.is_tracked(iter(range(x))), gc.is_tracked(iter(range(3))))

for bad in ((1.0,), (1, 2, 0), ("a", 2)):
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for key in ("a", slice(1.0, None), slice(None, None, 0)):
    try:
        range(5)[key]
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
