def outer():
    x = 1
    y = 2
    def inner():
        return x
    return inner
