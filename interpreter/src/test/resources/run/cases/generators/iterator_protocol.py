# Writing iterators by hand: __iter__ and __next__, iterables vs iterators.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = Countdown(3)
print(list(c), list(c), "(an iterator is used up)")
class Repeatable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
r = Repeatable([1, 2])
print(list(r), list(r), "(an iterable makes a new iterator each time)")
it = iter([10, 20, 30])
print(next(it), iter(it) is it, list(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), iter(Squares()).__class__.__name__)
def sentinel_source():
    data = [1, 2, 0, 5]
    return lambda: data.pop(0)
print(list(iter(sentinel_source(), 0)))
for name, obj in [("list", []), ("str", ""), ("dict", {}), ("range", range(1)), ("gen", (x for x in [])),
                  ("zip", zip()), ("enumerate", enumerate([]))]:
    i = iter(obj)
    print(name, type(i).__name__, i is obj)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
