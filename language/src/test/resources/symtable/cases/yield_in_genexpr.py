def f():
    return ((yield x) for x in z)
