# Objects with __del__ in a cycle: finalized by the collector (PEP 442), then freed.
import gc
class Final:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print(f"  __del__ {self.name}")
gc.collect()
a, b = Final("a"), Final("b")
a.peer, b.peer = b, a
del a, b
print("before collect")
print("collected:", gc.collect())
print("garbage list:", gc.garbage)
class Resurrect:
    saved = None
    def __del__(self):
        print("  resurrecting")
        Resurrect.saved = self
r = Resurrect()
r.me = r
del r
print("collected:", gc.collect())
print("resurrected object is alive:", Resurrect.saved is not None, gc.is_finalized(Resurrect.saved))
Resurrect.saved.me = None
Resurrect.saved = None
print("after dropping it (no second __del__):", gc.collect())
