# A dict's table doubles (three times the items, rounded to a power of two) as it grows.
import sys
d = {}
seen = []
for i in range(100):
    size = sys.getsizeof(d)
    if not seen or seen[-1][1] != size:
        seen.append((i, size))
    d[i] = i
print(seen)
s = {}
seen = []
for i in range(50):
    size = sys.getsizeof(s)
    if not seen or seen[-1][1] != size:
        seen.append((i, size))
    s["k%d" % i] = i
print(seen)
