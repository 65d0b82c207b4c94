def f():
    pass
f = 1
class f:
    pass
