def f(x: (lambda: 1)) -> (lambda: 2):
    y: (lambda: 3) = 1
