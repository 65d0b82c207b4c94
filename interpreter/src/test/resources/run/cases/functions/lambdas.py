# Lambdas: expressions only, closures, defaults, in sort keys and maps.
square = lambda x: x * x
print(square(7), square.__name__, (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(6, sym, 3, "=", ops[sym](6, 3))
print(list(map(lambda s: s[::-1], ["abc", "de"])), list(filter(lambda n: n % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, y=10: x + y)(1), (lambda x, /, *, y: (x, y))(1, y=2))
print(repr(type(square)).startswith("<class 'function'"), callable(square))
