def f():
    yield 1
    return 2
def g():
    yield from h()
