# Callable instances with __call__.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls, callable(add5), callable(Adder))
print(list(map(add5, [0, 10, 20])))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def slow_square(n):
    print("  computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), type(slow_square).__name__)
class NotCallable:
    pass
print(callable(NotCallable()), callable(print), callable(lambda: 0), callable(3))
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
