# A proxy forwards attribute access and fails once the referent is gone.
import weakref
class T:
    def __init__(self):
        self.v = 42
    def m(self):
        return "method"
t = T()
p = weakref.proxy(t)
print(p.v, p.m())
p.v = 43
print(t.v)
del t
try:
    p.v
except ReferenceError as e:
    print("ReferenceError:", e)
