# WeakSet holds its members weakly.
import weakref
class M:
    pass
s = weakref.WeakSet()
a, b, c = M(), M(), M()
s.add(a); s.add(b); s.add(c)
print(len(s))
del b
print(len(s), a in s)
s.discard(a)
print(len(s))
