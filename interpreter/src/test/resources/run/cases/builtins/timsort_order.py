# The comparisons list.sort makes, in order: CPython's timsort (count_run, binary
# insertion to minrun, powersort merges, galloping) is observable through __lt__.
import random

log = []

class K:
    __slots__ = ("v", "tag")
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"

def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h

def run(values, show=False, **kw):
    items = [K(v, i) for i, v in enumerate(values)]
    log.clear()
    items.sort(**kw)
    if show:
        print(log)
    print(len(values), len(log), checksum(log), [k.tag for k in items][:12])

run([3, 1, 2], show=True)
run([5, 4, 3, 2, 1, 0], show=True)
run([1, 2, 3, 0, 0, 5, 4], show=True)
run([2, 1, 2, 1, 2, 1, 2, 1], show=True, reverse=True)
random.seed(7)
for n in [10, 33, 64, 65, 100, 257, 1000, 3000]:
    vals = [random.randrange(n) for _ in range(n)]
    run(vals)
    run(vals, reverse=True)
# Runs long enough to gallop: ascending blocks interleaved.
run(list(range(0, 200, 2)) + list(range(1, 200, 2)))
run(list(range(100)) + list(range(50)) + list(range(300, 200, -1)))
run([i % 17 for i in range(500)])
run(sorted(random.random() for _ in range(400)) + [random.random() for _ in range(100)])
# With a key, the key is called once per item, in order, before any comparison.
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
# Stability under reverse: equal keys keep their order.
print(sorted([(1, "a"), (0, "b"), (1, "c"), (0, "d")], key=lambda t: t[0], reverse=True))
