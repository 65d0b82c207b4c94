"""Generations and promotion.

The cyclic collector tracks containers in three generations. A new container starts in
generation 0; each collection it survives moves it one generation older, up to 2. With
memoryInfo "inline" the Variables view shows each object's generation as it changes.
"""
import gc


def generation_of(obj):
    for gen in range(3):
        if any(o is obj for o in gc.get_objects(generation=gen)):
            return gen
    return None


gc.disable()
gc.collect()

survivor = {"kept": [1, 2, 3]}
print("a new dict starts in generation", generation_of(survivor))
gc.collect(0)
print("after surviving a collection of generation 0:", generation_of(survivor))
gc.collect(1)
print("after surviving a collection of generation 1:", generation_of(survivor))
gc.collect()
print("a full collection keeps it in the oldest:", generation_of(survivor))

print("ints and strs hold no references, so the collector does not track them:")
print("  gc.is_tracked(42):", gc.is_tracked(42), "| gc.is_tracked('text'):", gc.is_tracked("text"))
print("  gc.is_tracked([]):", gc.is_tracked([]), "| gc.is_tracked({}):", gc.is_tracked({}))
print("  a dict of atoms is untracked until it holds a container:", gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print("thresholds (gen0 allocations, gen1 and gen2 collections):", gc.get_threshold())
gc.enable()
