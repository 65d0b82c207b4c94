# Functions as values: passing, returning, storing in data structures.
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, "abc"))
def make_multiplier(n):
    def multiply(x):
        return x * n
    multiply.__name__ = f"times_{n}"
    return multiply
fns = [make_multiplier(k) for k in range(1, 4)]
print([f.__name__ for f in fns], [f(10) for f in fns])
def pipeline(*funcs):
    def run(value):
        for f in funcs:
            value = f(value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
def reduce(f, items, initial):
    acc = initial
    for x in items:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda a, b: b + a, "abc", ""))
dispatch = {int: "integer", str: "string", list: "list"}
for v in (1, "s", [], 2.0):
    print(type(v).__name__, dispatch.get(type(v), "unknown"))
import functools
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.partial(int, base=2)("1010"))
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info())
