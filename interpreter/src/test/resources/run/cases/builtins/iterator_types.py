# Builtin iterator types: names, reprs, __length_hint__, __reduce__, and reversed
# iterators that walk the container itself (not a copy).
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

class SizedSeq(Seq):
    def __len__(self):
        return 3

objs = [iter([1, 2]), reversed([1, 2]), iter((1,)), iter("ab"), iter("é€"), iter(range(3)), iter({1, 2}),
        iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()), reversed({1: 2, 3: 4}),
        reversed({1: 2}.values()), reversed({1: 2}.items()), iter(lambda: 1, 2), iter(Seq()),
        enumerate([]), zip(), map(len, []), filter(None, []), iter(b"ab"), iter(bytearray(b"a")),
        reversed(range(3)), reversed("ab"), reversed((1, 2))]
for o in objs:
    t = type(o)
    hint = o.__length_hint__() if hasattr(o, "__length_hint__") and type(o).__name__ != "reversed" else "-"
    print(t.__name__, t.__module__, repr(o).split(" at ")[0], hint)

it = iter(SizedSeq())
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter(Seq()).__length_hint__())

for make in [lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2)), lambda: iter("abc"),
             lambda: iter("é€x"), lambda: iter({1: "a", 2: "b"}), lambda: iter({1: "a", 2: "b"}.values()),
             lambda: iter({1: "a", 2: "b"}.items()), lambda: reversed({1: "a", 2: "b", 3: "c"}), lambda: iter({5, 6, 7})]:
    o = make()
    first = next(o)
    r = o.__reduce__()
    print(type(o).__name__, first, r[0].__name__, r[1:], o.__length_hint__())
    rest = list(o)
    r = o.__reduce__()
    print("  exhausted", rest, r[0].__name__, r[1:], o.__length_hint__())

# reversed(list) follows the list: items appended are not seen, a shrink ends it.
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r), r.__length_hint__())
lst.append(5)
print(next(r), r.__length_hint__())
del lst[1:]
print(r.__length_hint__(), list(r))
lst = [1, 2, 3]
r = reversed(lst)
lst[0] = "changed"
print(list(r))

# reversed(dict) refuses a dict whose size changed.
d = {1: 1, 2: 2}
r = reversed(d)
print(next(r))
d[3] = 3
try:
    next(r)
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
print(it.__length_hint__())
