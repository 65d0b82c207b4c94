def f():
    x[*a]: int
