# Several weak references to one object: callbacks run newest first.
import weakref
class T:
    pass
t = T()
refs = [weakref.ref(t, lambda r, i=i: print("callback", i)) for i in range(3)]
del t
print("done")
