# heapq.merge, nsmallest and nlargest: results, stability of ties, key calls, comparisons.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], [9, 3, 0], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(1, words), heapq.nlargest(1, [], key=len), heapq.nsmallest(0, words))
print(heapq.nlargest(20, [3, 1, 2]), heapq.nsmallest(2, iter([5, 4, 3, 2, 1])))
calls = []


def key(x):
    calls.append(x)
    return -x


print(heapq.nsmallest(3, iter(range(10)), key=key), len(calls))


class Tracked:
    comparisons = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Tracked.comparisons += 1
        return self.v < other.v

    def __repr__(self):
        return f"T{self.v}"


items = [Tracked(v) for v in [4, 1, 3, 1, 5, 9, 2, 6, 5, 3, 5]]
h = []
for t in items:
    heapq.heappush(h, t)
print(h, Tracked.comparisons)
Tracked.comparisons = 0
heapq.heapify(items)
print(items, Tracked.comparisons)
Tracked.comparisons = 0
print([heapq.heappop(items) for _ in range(5)], Tracked.comparisons)
Tracked.comparisons = 0
print(heapq.nlargest(3, [Tracked(v) for v in [4, 1, 3, 1, 5, 9, 2, 6]]))
