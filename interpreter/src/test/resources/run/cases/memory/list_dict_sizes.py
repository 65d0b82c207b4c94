# sys.getsizeof of lists and dicts as they are built, copied, shrunk and cleared.
import sys
lst = list(range(10))
print("list(range(10)):", sys.getsizeof(lst))
lst.extend(range(10))
print("extended to 20:", sys.getsizeof(lst))
while len(lst) > 2:
    lst.pop()
print("popped to 2 (shrinks):", sys.getsizeof(lst))
lst *= 50
print("*= 50 (100 items):", sys.getsizeof(lst))
print("slice copy of 100:", sys.getsizeof(lst[:]), "copy():", sys.getsizeof(lst.copy()))
lst.clear()
print("clear():", sys.getsizeof(lst))
print("[None] * 1000:", sys.getsizeof([None] * 1000), "list of 1000 by append:",
      sys.getsizeof([i for i in range(1000)]))
d = {}
print("empty dict:", sys.getsizeof(d))
for i in range(6):
    d[f"k{i}"] = i
print("6 str keys:", sys.getsizeof(d))
d2 = {i: i for i in range(6)}
print("6 int keys:", sys.getsizeof(d2))
for k in list(d):
    del d[k]
print("all deleted (no shrink):", sys.getsizeof(d), "copy of it:", sys.getsizeof(d.copy()))
d.clear()
print("clear():", sys.getsizeof(d))
print("dict(a=1):", sys.getsizeof(dict(a=1)), "{1: 1}:", sys.getsizeof({1: 1}),
      "fromkeys(range(100)):", sys.getsizeof(dict.fromkeys(range(100))))
class Shared:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
s1, s2 = Shared(), Shared()
print("instance dicts share keys:", sys.getsizeof(s1.__dict__), sys.getsizeof(s2.__dict__))
s2.extra = 4
print("after an extra attribute:", sys.getsizeof(s2.__dict__))
