# get_referents: what an object refers to (tp_traverse order).
import gc
a, b = [1], [2]
print(gc.get_referents([a, b]) == [a, b])
print(gc.get_referents((a, b)) == [b, a] or gc.get_referents((a, b)) == [a, b])
d = {"k": a}
print(sorted(map(repr, gc.get_referents(d))))
print("ints refer to nothing:", gc.get_referents(5))
print("several at once:", len(gc.get_referents([a], [b, b])))
