# weakref.finalize runs once, when the object dies or at exit.
import weakref
class T:
    pass
t = T()
f = weakref.finalize(t, print, "finalizer called")
print("alive:", f.alive)
del t
print("alive after del:", f.alive)
u = T()
g = weakref.finalize(u, print, "called explicitly")
g()
g()
print("detach returns None when dead:", g.detach())
v = T()
h = weakref.finalize(v, print, "at exit")
print("end of program")
