# WeakKeyDictionary drops entries whose keys die.
import weakref
class K:
    pass
d = weakref.WeakKeyDictionary()
k1, k2 = K(), K()
d[k1] = 1
d[k2] = 2
print(len(d))
del k1
print(len(d), list(d.values()))
