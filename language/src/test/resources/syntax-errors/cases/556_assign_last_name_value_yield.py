def f():
    f(), a = yield
