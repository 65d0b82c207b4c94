# A generator function runs lazily, one step per next().
def countdown(n):
    print("  starting")
    while n > 0:
        print("  about to yield", n)
        yield n
        n -= 1
    print("  finished")
g = countdown(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "default when exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(squares(0)), 16 in squares(10))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs("abcde")))
def gen_state():
    yield 1
s = gen_state()
print(s.gi_running, s.gi_frame is not None, next(s), s.gi_frame is not None)
print(next(s, "done"), s.gi_frame)
