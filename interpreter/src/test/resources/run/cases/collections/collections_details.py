# collections details: defaultdict, namedtuple, deque, Counter, OrderedDict behaviour and messages.
from collections import defaultdict, namedtuple, deque, Counter, OrderedDict
dd = defaultdict(int)
dd["a"] += 2
print(dd, dd.default_factory, type(dd).__name__, type(dd).__module__, defaultdict)
print(defaultdict(None, {1: 2}), defaultdict(list).copy())
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
Pair = namedtuple("Pair", "left, right", defaults=[0])
p = Pair(1)
print(p, Pair._fields, Pair._field_defaults, Pair.__module__, p._make([3, 4]), hash(p) == hash((1, 0)))
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", ["x", "x"])
except ValueError as e:
    print("ValueError:", e)
d = deque("abc")
d.extendleft("xy")
d.rotate(-2)
print(d, d.count("a"), d.index("b"), len(d), "c" in d, list(reversed(d)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
c = Counter("abracadabra")
print(c.most_common(3), c.total(), +Counter({"x": -1, "y": 2}), Counter("ab") & Counter("bc"), Counter("ab") | Counter("bc"))
od = OrderedDict.fromkeys("xyz")
od.move_to_end("x", last=False)
od.move_to_end("y")
print(od, od.popitem(), od == OrderedDict([("x", None), ("z", None)]), OrderedDict())
