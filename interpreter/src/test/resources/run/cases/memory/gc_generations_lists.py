# get_objects(g) per generation as objects age.
import gc
gc.collect()
gc.disable()
young = [[i] for i in range(5)]
def gen_of(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]
print([gen_of(y) for y in young])
gc.collect(0)
print([gen_of(y) for y in young])
gc.enable()
