def f():
    nonlocal q
    def g(a, a): pass
