f(x, a.b=1)
