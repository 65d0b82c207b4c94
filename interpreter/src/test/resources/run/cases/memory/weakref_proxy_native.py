# weakref.proxy: a native proxy type that forwards to its referent, counted among its weakrefs.
import weakref
class A:
    def __init__(s): s.x=1
    def __len__(s): return 3
    def __repr__(s): return 'A!'
    def __add__(s, o): return ('add', o)
    def __radd__(s, o): return ('radd', o)
    def __call__(s, *a): return a
    def __getitem__(s, k): return k * 2
    def m(s): return 5
a=A(); p=weakref.proxy(a)
print(type(p), str(p), len(p), p.x, p.m(), bool(p), p + 1, 1 + p, p(1, 2), p[3])
p.y = 5; print(a.y); del p.y; print(hasattr(a, 'y'))
try: hash(p)
except TypeError as e: print(e)
print(p == a, a == p)
class B: pass
b=B(); r=weakref.ref(b); q=weakref.proxy(b); q2=weakref.proxy(b, lambda x: None); r2=weakref.ref(b, lambda x: None)
print(q is weakref.proxy(b), [type(x).__name__ for x in weakref.getweakrefs(b)], weakref.getweakrefs(b)[0] is r, weakref.getweakrefcount(b))
try: next(q)
except TypeError as e: print(e)
print(weakref.ProxyTypes, type(q).__name__, type(q).__module__)
del a
try: p.x
except ReferenceError as e: print("ReferenceError:", e)
print(repr(p)[:12], repr(p).split(" to ")[1][:12])
f = lambda: 7
print(weakref.proxy(f)(), type(weakref.proxy(f)))
