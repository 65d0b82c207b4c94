# An augmented assignment whose right-hand side runs the same statement again, on another
# target: each execution keeps its own object and index (the inner one must not replace
# the outer one's).
class Box:
    def __init__(self, x):
        self.x = x


left, right = Box(0), Box(100)


def attr(o, n):
    if n == 0:
        return 1
    o.x += attr(right if o is left else left, n - 1)
    return o.x


print(attr(left, 3), left.x, right.x)

L, M = [0, 10], [5, 50]


def item(seq, n):
    if n == 0:
        return 1
    seq[n % 2] += item(M if seq is L else L, n - 1)
    return seq[n % 2]


print(item(L, 3), L, M)


def failing(o, n):
    if n == 0:
        raise ValueError('inner')
    try:
        o.x += failing(right, n - 1)
    except ValueError as e:
        print('caught', e, 'at depth', n, o.x)
        raise


try:
    failing(left, 2)
except ValueError:
    print('outer', left.x, right.x)


def gen(seq):
    seq[0] += yield
    yield seq


g = gen(L)
next(g)
h = gen(M)
next(h)
print(h.send(7), g.send(3))
