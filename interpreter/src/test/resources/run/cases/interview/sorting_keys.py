from operator import itemgetter, attrgetter, methodcaller
from functools import cmp_to_key

people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY")]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1, 0), reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=methodcaller("casefold")), max(words, key=len), min(words))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return f"P({self.n},{self.a})"
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("a")))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), sorted(set([3, 1, 2])), sorted((3.5, 1, 2)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [3, 2, 1].sort(key=lambda x: x, reverse=True, extra=1)
except TypeError as e:
    print(e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
intervals = [[1, 3], [8, 10], [2, 6], [15, 18]]
intervals.sort(key=lambda x: x[0])
merged = []
for s, e in intervals:
    if merged and s <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], e)
    else:
        merged.append([s, e])
print(merged)
data = [(1, "b"), (1, "a"), (0, "c")]
print(sorted(data, key=lambda t: t[0]))
print(list(reversed(sorted(range(5)))), sorted([[2, 1], [1, 2], [1]]))
