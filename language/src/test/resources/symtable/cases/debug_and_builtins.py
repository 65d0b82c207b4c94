if __debug__:
    print(__name__, __file__)
def f():
    return __debug__
