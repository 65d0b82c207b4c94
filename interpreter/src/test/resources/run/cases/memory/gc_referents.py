# gc.get_referents: what a container points to, as the collector sees it.
import gc
a, b = [1], [2]
lst = [a, b, a]
print(gc.get_referents(lst) == [a, b, a])
d = {"x": a, "y": b}
refs = gc.get_referents(d)
print(len(refs), any(r is a for r in refs), any(r is b for r in refs))
t = (a, "s", 3)
print([type(r).__name__ for r in gc.get_referents(t)])
class C:
    pass
c = C()
c.attr = a
print("an instance refers to its class:", any(r is C for r in gc.get_referents(c)))
print("and, through its attributes, to a:", any(r is a or (isinstance(r, dict) and r.get("attr") is a)
                                                for r in gc.get_referents(c)))
print("referrers of b include lst and d:", sum(1 for r in gc.get_referrers(b) if r is lst or r is d))
s = {1, 2}
print(sorted(gc.get_referents(s)), gc.get_referents(5), gc.get_referents("str"))
