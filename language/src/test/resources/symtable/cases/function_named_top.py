def top(a):
    b = 1
    return a + b
