x = f(a) g(b)
