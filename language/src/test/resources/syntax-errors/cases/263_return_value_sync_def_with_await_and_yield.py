def f():
    return 1
    await x
    yield
