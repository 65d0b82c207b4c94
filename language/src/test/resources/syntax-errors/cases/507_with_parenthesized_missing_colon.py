with (x, y)
    pass
