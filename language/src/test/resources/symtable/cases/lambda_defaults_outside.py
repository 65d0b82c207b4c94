def f(x):
    return lambda y=x, *, z=w: y + z
