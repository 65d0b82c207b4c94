# set and frozenset of small ints (their order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5}, a.issubset(range(10)), a.issuperset({1}), a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], (7,))
print(s)
s.discard(100); s.remove(5)
print(s, s.pop() in {1, 3, 6, 7}, len(s))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
f = frozenset([3, 2, 1])
print(f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__, {f: "hashable"})
print(set(range(5)) == {0, 1, 2, 3, 4}, {1, 2} == frozenset({1, 2}), set() == frozenset())
print({x % 4 for x in range(20)}, sorted({-1, 5, 3}), set([1, 1, 1]))
a -= {1}; a |= {10}; a &= {2, 3, 10}; a ^= {2, 99}
print(a)
print(frozenset({1}) in {frozenset({1}), 2}, 1.0 in {1}, True in {1})
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
