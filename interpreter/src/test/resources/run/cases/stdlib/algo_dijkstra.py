# Interview classics on heapq: Dijkstra's shortest paths, k-th largest, merging sorted
# lists, and a running median with two heaps.
import heapq
from collections import defaultdict

edges = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3), ("E", "D", 4), ("D", "F", 11)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


dist, prev = dijkstra("A")
print(sorted(dist.items()))
path, node = [], "F"
while node != "A":
    path.append(node)
    node = prev[node]
print(" -> ".join(["A"] + path[::-1]))
nums = [3, 2, 1, 5, 6, 4, 8, 7]
print(heapq.nlargest(3, nums)[-1], heapq.nsmallest(2, nums))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
low, high = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    medians.append(high[0] if len(high) > len(low) else (high[0] - low[0]) / 2)
print(medians)
tasks = [(2, "b"), (1, "a"), (3, "c"), (1, "a2")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
