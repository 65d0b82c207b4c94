def f():
    yield x, y = 1
