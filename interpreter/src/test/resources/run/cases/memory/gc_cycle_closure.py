# A function whose closure refers to itself (recursion through a cell).
import gc
gc.collect()
def make():
    def rec(n):
        return 0 if n == 0 else rec(n - 1)
    return rec
f = make()
print(f(3))
del f
print("collected (function, cell, ...):", gc.collect() > 0)
