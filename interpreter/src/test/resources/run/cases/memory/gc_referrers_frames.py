# Running frames are not tracked objects: get_referrers finds dicts and containers.
import gc
def f():
    local = ["only in a frame"]
    refs = gc.get_referrers(local)
    return len(refs)
print("a value held only by a running frame's local:", f())
g = ["global"]
print("a global is held by the module dict:", any(r is globals() for r in gc.get_referrers(g)))
