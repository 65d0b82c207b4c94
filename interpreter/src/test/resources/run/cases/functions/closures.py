# Closures capture variables (cells), not values.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars, c1.__closure__[0].cell_contents)
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()], "(all share the last i)")
def make_adders_fixed():
    return [(lambda i: lambda x: x + i)(i) for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed after inner was defined"
    return middle()()
print(outer())
def accumulator(start):
    total = [start]
    def add(n):
        total[0] += n
        return total[0]
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc.__closure__[0].cell_contents)
def make_pair():
    shared = []
    return (lambda v: shared.append(v)), (lambda: list(shared))
put, get = make_pair()
put(1); put(2)
print(get(), put.__closure__[0] is get.__closure__[0])
