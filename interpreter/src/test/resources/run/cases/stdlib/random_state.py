# random.getstate/setstate, independent Random instances, subclasses (with attributes,
# their own random(), their own getrandbits()) and CPython's error messages.
import random

random.seed(1)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])
random.seed(5)
random.gauss()
st = random.getstate()
print(st[2] is not None, random.gauss() == (random.setstate(st) or random.gauss()))
a, b = random.Random(3), random.Random(3)
print(a.random() == b.random(), a.getstate() == b.getstate())
a.random()
print(a.getstate() == b.getstate())


class Tagged(random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag


t = Tagged(5, "five")
print(t.tag, t.random(), isinstance(t, random.Random), type(t).__mro__[1].__name__)


class Fixed(random.Random):
    def random(self):
        return 0.5


f = Fixed()
print(f.randrange(10), f.choice("abcd"), f._randbelow.__name__)


class Counting(random.Random):
    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0


print(Counting().randrange(10), Counting._randbelow.__name__)
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(1, 1),
            lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 1, 2),
            lambda: random.randrange(5, step=2), lambda: random.sample([1, 2], 3),
            lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], 1, counts=[1]),
            lambda: random.seed([1]), lambda: random.seed({}), lambda: random.getrandbits(-1),
            lambda: random.setstate((9, 1, 2)), lambda: random.setstate((3, (1, 2), None)),
            lambda: random.choices("ab", 3), lambda: random.choices("ab", [1], k=2),
            lambda: random.choices("ab", [0, 0]), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
            lambda: random.gammavariate(0, 1), lambda: random.Random(1, 2), lambda: random.randint(1, 2.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
