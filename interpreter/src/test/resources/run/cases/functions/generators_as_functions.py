# Functions that return functions, generators and closures over loop state.
def make_ops():
    ops = {}
    for name, f in (("double", lambda x: x * 2), ("square", lambda x: x * x)):
        ops[name] = f
    return ops
ops = make_ops()
print({k: f(5) for k, f in ops.items()})
def counter(start=0, step=1):
    n = start
    def next_value():
        nonlocal n
        value = n
        n += step
        return value
    def reset():
        nonlocal n
        n = start
    next_value.reset = reset
    return next_value
c = counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__name__, hasattr(c, "reset"))
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), len(grid_paths.cache))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, abs, lambda v: v - 10)(3))
