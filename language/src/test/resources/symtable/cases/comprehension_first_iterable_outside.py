def f():
    return [[y for y in x] for x in [z for z in range(3)]]
