# iter/next, with defaults and sentinels.
it = iter("ab")
print(next(it), next(it), next(it, "default"), next(it, None))
nums = iter(range(3))
print(list(nums), next(nums, "empty"))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
d = {"a": 1, "b": 2}
k = iter(d)
print(next(k), list(k))
v = iter(d.values())
print(next(v), type(v).__name__)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
gen = (i for i in range(2))
print(next(gen), next(gen), next(gen, "done"))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), [x for x in Counter()])
