def a():
    x = 1
    def b():
        y = 2
        def c():
            nonlocal x
            x = y
        return c
    return b
