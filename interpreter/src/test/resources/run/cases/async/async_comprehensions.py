# Async comprehensions and await inside comprehensions of async functions.
class Pause:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield
        return self.v

async def agen(n):
    for i in range(n):
        await Pause(None)
        yield i

async def square(x):
    return await Pause(x * x)

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps

async def main():
    a = [x async for x in agen(4)]
    b = {x: x * 2 async for x in agen(3) if x}
    c = {x % 2 async for x in agen(5)}
    d = [await square(x) for x in range(4)]
    e = [y async for x in agen(3) for y in range(x)]
    f = [await square(y) async for y in agen(3) if y != 1]
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, g.__name__)
    h = [v async for v in g]
    nested = [[await square(i) for i in range(j)] for j in range(3)]
    return a, b, c, d, e, f, h, nested

print(run(main()))

async def genexp_await():
    gen = (await square(x) for x in range(3))
    print(type(gen).__name__)
    return [v async for v in gen]

print(run(genexp_await()))
