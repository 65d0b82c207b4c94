# A full collection untracks dicts that hold only untracked objects.
import gc
d = {"a": 1}
d["b"] = [1]
print("with a list:", gc.is_tracked(d))
del d["b"]
print("list removed, still tracked:", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))
