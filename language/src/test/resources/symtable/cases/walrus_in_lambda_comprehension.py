def f():
    lambda: [(y := 1) for a in b]
