def f(a: A, *b: B, c: C = 1, **d: D) -> R:
    x: X = 1
    y: Y
    (z): Z = 2
    w.attr: W = 3
v: V
