# await delegates to coroutines, objects with __await__ and generator-based coroutines.
import types

class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        got = yield ("ready", self.value)
        print("  Ready resumed with", got)
        return self.value + got

async def leaf(n):
    return n + 1

async def middle(n):
    a = await leaf(n)
    b = await Ready(a)
    return a, b

@types.coroutine
def gen_based(x):
    y = yield ("gen", x)
    return y * 10

async def top():
    r = await middle(1)
    print("middle gave", r)
    g = await gen_based(5)
    print("gen_based gave", g)
    return "done"

co = top()
print(co.send(None))
print(co.cr_await is not None, type(co.cr_await).__name__)
print(co.send(100))
try:
    co.send(7)
except StopIteration as e:
    print("top returned", e.value)

w = leaf(1).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)
print(iter(w) is w)

def plain_gen():
    yield 1

async def awaits_plain():
    await plain_gen()

try:
    awaits_plain().send(None)
except TypeError as e:
    print("TypeError:", e)

async def await_int():
    await 3

try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5

async def await_bad():
    await BadAwait()

try:
    await_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class CoroAwait:
    def __await__(self):
        return leaf(0)

async def await_coro():
    await CoroAwait()

try:
    await_coro().send(None)
except TypeError as e:
    print("TypeError:", e)

async def twice(c):
    await c

shared = middle(0)
a = twice(shared)
print(a.send(None))
b = twice(shared)
try:
    b.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
a.close()
print(shared.cr_frame)
done = leaf(3)
try:
    done.send(None)
except StopIteration:
    pass
try:
    twice(done).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
