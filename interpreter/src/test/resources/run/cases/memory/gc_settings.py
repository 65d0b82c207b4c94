# gc module settings: thresholds, enabling, tracking.
import gc
print(gc.get_threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
class C:
    pass
for label, obj in [("int", 1), ("str", "s"), ("float", 1.5), ("None", None), ("empty list", []),
                   ("list of ints", [1, 2]), ("empty dict", {}), ("dict of ints", {1: 2}),
                   ("dict with a list", {1: []}), ("empty tuple", ()), ("tuple of ints", (1, 2)),
                   ("tuple with a list", ([],)), ("set", {1}), ("instance", C()), ("class", C),
                   ("function", lambda: 0), ("bytes", b"x"), ("bytearray", bytearray())]:
    print(label, gc.is_tracked(obj))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.get_debug(), gc.garbage, gc.get_freeze_count())
