# yield from: delegation, return values, and flattening.
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("  inner returned", repr(result))
    yield 3
print(list(outer()))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5]])], 6, []])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(3), {9: 0})))
def echo():
    while True:
        received = yield
        if received is None:
            return "echo finished"
        print("  echo got", received)
def delegator():
    r = yield from echo()
    yield r
d = delegator()
next(d)
d.send("hello")
d.send("world")
print(d.send(None))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
