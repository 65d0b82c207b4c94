# Lists and sets iterated by for/in become tuple and frozenset constants.
import sys
def f(x):
    return x in [1000, 2000, 3000]
def g(x):
    return x in {1000, 2000, 3000}
print(f(2000), g(3000), f(5), g(5))
out = []
for v in [4000, 5000]:
    out.append(v)
print(out)
print([w * 2 for w in [6000, 7000]])
