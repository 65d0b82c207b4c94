# heapq: CPython's exact heap layout after pushes, pops, heapify, replace and pushpop.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 3, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(4)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 11, 13, 12, 14, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 100), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 50), data)
print(heapq.heappushpop([], 7))
big = [(i * 7919) % 5003 for i in range(6000)]
heapq.heapify(big)
print(big[:20], all(big[k] <= big[c] for k in range(len(big)) for c in (2 * k + 1, 2 * k + 2) if c < len(big)))
print([heapq.heappop(big) for _ in range(10)])
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush(1, 2),
            lambda: heapq.heapify((1, 2)), lambda: heapq.heappop(None), lambda: heapq.heappush([]),
            lambda: heapq.heappush([1], "a")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
