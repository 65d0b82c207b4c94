def f():
    return [a for c in d async for a in c]
