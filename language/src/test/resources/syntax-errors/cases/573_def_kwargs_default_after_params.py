def f(a, b=2, **k=1): pass
