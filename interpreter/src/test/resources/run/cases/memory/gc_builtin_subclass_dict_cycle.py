# Cycles through the __dict__ of instances of builtin subclasses are found and collected.
import gc
gc.disable()
class L(list): pass
class D(dict): pass
class S(set): pass
for cls in (L, D, S):
    x = cls()
    x.me = x
    del x
    print(cls.__name__, gc.collect())
a = L(); b = D(); a.other = b; b.other = a
del a, b
print("pair", gc.collect(), gc.collect())
