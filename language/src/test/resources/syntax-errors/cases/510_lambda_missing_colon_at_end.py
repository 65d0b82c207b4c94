x = lambda y
