# Nested function objects, their code and their defaults.
import sys
def make(n):
    def add(x, n=n):
        return x + n
    return add
big = 10 ** 30
base = sys.getrefcount(big)
f = make(big)
g = make(big)
print("two default tuples hold it:", sys.getrefcount(big) - base)
print(f(1) == g(1))
del f, g
print("released:", sys.getrefcount(big) - base)
