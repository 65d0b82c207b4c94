# collections.abc: user containers get the mixin methods by defining the abstract ones.
from collections.abc import (MutableMapping, Mapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterator, Iterable, Sized, Container, Hashable, Callable, KeysView)


class Registry(MutableMapping):
    def __init__(self, *args, **kw):
        self._data = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"Registry({self._data})"


r = Registry({"A": 1}, B=2)
r.setdefault("C", 3)
print(r, r["a"], r.get("z", 0), "b" in r, len(r), list(r.keys()), list(r.items()), list(r.values()))
print(r.pop("A"), r.popitem(), r, r == {"c": 3}, r.keys(), isinstance(r.keys(), KeysView))
r.clear()
print(r, isinstance(r, MutableMapping), isinstance(r, dict))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(5)
print(list(s), 9 in s, s.index(9), s.count(4), list(reversed(s)), s[1:3], max(s))
try:
    s.index(7)
except ValueError:
    print("ValueError from index")


class Bag(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


b = Bag()
b.append(1)
b.extend([2, 3, 4])
b += [5]
b.reverse()
print(b.items, b.pop(), b.pop(0), b.items)
b.remove(3)
print(b.items)


class IntSet(Set):
    def __init__(self, items=()):
        self.items = sorted(set(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"IntSet({self.items})"

    __hash__ = Set._hash


a, c = IntSet([1, 2, 3]), IntSet([2, 3, 4])
print(a & c, a | c, a - c, a ^ c, a <= IntSet([1, 2, 3, 4]), a < a, a == IntSet([3, 2, 1]), a.isdisjoint([7]))
print(hash(a) == hash(IntSet([3, 1, 2])), hash(a) == hash(frozenset([1, 2, 3])))


class Tags(MutableSet):
    def __init__(self):
        self.s = set()

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(sorted(self.s))

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


t = Tags()
t |= {"b", "a"}
t.add("c")
t -= {"a"}
print(list(t), t.pop(), list(t))
try:
    t.remove("zz")
except KeyError as e:
    print("KeyError", e)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
for abc_ in (Iterator, Sequence, MutableMapping):
    try:
        abc_()
    except TypeError as e:
        print(e)


class OptOut:
    __hash__ = None

    def __iter__(self):
        return iter(())


print(isinstance(OptOut(), Hashable), isinstance(OptOut(), Iterable), isinstance(print, Callable))
print(issubclass(Registry, Sized), issubclass(Squares, Container))
