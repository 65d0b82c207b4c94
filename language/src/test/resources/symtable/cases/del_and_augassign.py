def f():
    x = 1
    del x
    y += 1
    del z
