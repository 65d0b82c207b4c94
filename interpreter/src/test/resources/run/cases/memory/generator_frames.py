# A generator keeps its frame (and locals) until it finishes or is freed.
import sys
import gc
import weakref
class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print(f"  Tracked({self.n}) freed")
def producer():
    t = Tracked(1)
    yield "first"
    t = Tracked(2)
    yield "second"
    print("  producer ending")
g = producer()
print("not started, frame exists:", g.gi_frame is not None, "locals:", g.gi_frame.f_locals)
print(next(g))
print("locals while suspended:", sorted(g.gi_frame.f_locals))
print(next(g))
print(next(g, "exhausted"))
print("finished, frame:", g.gi_frame)
g2 = producer()
next(g2)
print("dropping a suspended generator")
del g2
print("dropped")
def self_ref():
    me = yield
    yield "got me"
g3 = self_ref()
next(g3)
g3.send(g3)
print("generator referring to itself through its frame; refcount:", sys.getrefcount(g3))
w = weakref.ref(g3)
del g3
print("still alive after del:", w() is not None)
print("collect returns:", gc.collect(), "| freed:", w() is None)
