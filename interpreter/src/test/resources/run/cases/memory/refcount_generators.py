# A suspended generator's frame holds its locals; finishing releases them.
import sys
x = object()
base = sys.getrefcount(x)
def gen(v):
    yield 1
    yield 2
g = gen(x)
print("created, argument held:", sys.getrefcount(x) - base)
next(g)
print("suspended:", sys.getrefcount(x) - base)
for _ in g:
    pass
print("exhausted:", sys.getrefcount(x) - base)
g2 = gen(x)
next(g2)
g2.close()
print("closed:", sys.getrefcount(x) - base)
