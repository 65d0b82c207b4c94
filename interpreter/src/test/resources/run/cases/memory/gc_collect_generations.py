# gc.collect(generation) collects that generation and the younger ones.
import gc
gc.collect()
gc.disable()
class N:
    pass
def cycle():
    a = N()
    a.me = a
for g in (0, 1, 2):
    cycle()
    print("collect(%d):" % g, gc.collect(g), "counts:", gc.get_count()[1:])
gc.enable()
