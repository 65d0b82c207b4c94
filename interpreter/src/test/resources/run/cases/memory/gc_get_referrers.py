# get_referrers: the tracked objects that refer to an object.
import gc
target = ["target"]
holder1 = [target]
holder2 = {"t": target}
class C:
    pass
c = C()
c.t = target
refs = gc.get_referrers(target)
print("list holder:", any(r is holder1 for r in refs))
print("dict holder:", any(r is holder2 for r in refs))
print("instance dict:", any(r is c.__dict__ for r in refs))
print("module globals:", any(r is globals() for r in refs))
