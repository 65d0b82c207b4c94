# The collector's phases seen from Python: untracking of tuples and dicts, weakref
# callbacks and clearing, PEP 442 finalizers and resurrection, DEBUG_SAVEALL, stats.
import gc
import weakref
gc.collect()
gc.disable()
n = 2
t = (1, n, "three")
d = {"a": 1}
d_nested = {"a": (1, n)}
print("a new tuple of atoms is tracked until a collection looks at it:", gc.is_tracked(t))
gc.collect(0)
print("after collect(0):", gc.is_tracked(t))
print("a dict of atoms is never tracked:", gc.is_tracked(d), "one holding a tuple:", gc.is_tracked(d_nested))
gc.collect()
print("after a full collection the tuple inside is untracked, so is the dict:", gc.is_tracked(d_nested))

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

order = []
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, lambda r: order.append("callback of a's ref"))
wb = weakref.ref(b)
del a, b
print("collected:", gc.collect(), order, wa(), wb())

class Phoenix:
    saved = []
    def __del__(self):
        order.append("__del__")
        Phoenix.saved.append(self)
order.clear()
p = Phoenix()
p.cycle = [p]
wp = weakref.ref(p, lambda r: order.append("weakref callback"))
del p
print("resurrected:", gc.collect(), order, gc.is_finalized(Phoenix.saved[0]))
print("the weakref was cleared before __del__ ran:", wp())
Phoenix.saved[0].cycle = None
Phoenix.saved.clear()
print("after dropping it:", gc.collect(), order)

stats_before = gc.get_stats()[2]["collections"]
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
print("saved, not freed:", gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()
print("full collections counted:", gc.get_stats()[2]["collections"] - stats_before)

info = []
gc.callbacks.append(lambda phase, i: info.append((phase, sorted(i.items()))))
y = {}
y["me"] = y
del y
gc.collect(1)
gc.callbacks.clear()
print(info)
gc.collect(1)
print("counts right after collect(1):", gc.get_count())
gc.enable()
