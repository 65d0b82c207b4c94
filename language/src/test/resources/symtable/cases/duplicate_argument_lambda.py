f = lambda a, a=1: a
