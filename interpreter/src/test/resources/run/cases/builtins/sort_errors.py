# Exceptions during list.sort, and changes to the list while it is being sorted.
import random

class Boom(Exception):
    pass

class K:
    budget = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.budget -= 1
        if K.budget < 0:
            raise Boom("compare failed")
        return self.v < other.v
    def __repr__(self):
        return str(self.v)

random.seed(3)
vals = [random.randrange(100) for _ in range(80)]
for budget in [0, 5, 40, 100, 250, 400]:
    items = [K(v) for v in vals]
    K.budget = budget
    try:
        items.sort()
        print(budget, "sorted", items[:10])
    except Boom as e:
        print(budget, "Boom", e, [k.v for k in items][:20], len(items), sorted(k.v for k in items) == sorted(vals))

# A key that fails part way: the list is untouched.
lst = [3, 1, 2, 0]
def bad_key(x):
    if x == 2:
        raise ValueError("no key for 2")
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("key failed:", e, lst)

# During the sort the list is empty.
seen = []
lst = [3, 1, 2]
def peek(x):
    seen.append((len(lst), list(lst)))
    return x
lst.sort(key=peek)
print(seen, lst)

# Changing the list in a key or a comparison: ValueError after sorting, additions dropped.
lst = [3, 1, 2]
def grow(x):
    lst.append(x)
    return x
try:
    lst.sort(key=grow)
except ValueError as e:
    print("ValueError:", e, lst)

class Mut:
    def __init__(self, v, owner):
        self.v = v
        self.owner = owner
    def __lt__(self, other):
        self.owner.append(0)
        self.owner.pop()
        return self.v < other.v
    def __repr__(self):
        return f"M{self.v}"
lst = []
lst.extend(Mut(v, lst) for v in [2, 3, 1])
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, lst)

one = [5]
try:
    one.sort(key=lambda x: one.append(1))
except ValueError as e:
    print("ValueError:", e, one)

# A comparison that fails in sorted(): the new list is dropped.
try:
    sorted([1, "a", 2, 3])
except TypeError as e:
    print(e)
try:
    [None, None].sort()
except TypeError as e:
    print(e)
print([None].sort(), sorted([]), sorted([1]))

# Arguments.
for call in ["[].sort(1)", "[].sort(extra=1)", "[].sort(key=None, reverse=0, extra=1)",
             "sorted([], extra=1)", "sorted([], 1)", "sorted()", "[1, 2].sort(reverse=None)",
             "[1, 2].sort(reverse=1.5)", "sorted([3, 1], reverse=2**70)", "[1, 2].sort(key=1)",
             "[].sort(key=1)", "sorted([2, 1], reverse=True)", "sorted('bca', key=None)"]:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "->", type(e).__name__, e)
