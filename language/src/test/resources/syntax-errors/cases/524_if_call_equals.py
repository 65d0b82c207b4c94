if f(x) = 1:
    pass
