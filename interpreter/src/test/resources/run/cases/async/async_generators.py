# Async generators: yield inside async def; asend, athrow, aclose and their awaitables.
class Pause:
    def __await__(self):
        v = yield "paused"
        return v

def run(coro):
    log = []
    while True:
        try:
            log.append(coro.send(None))
        except StopIteration as e:
            return e.value, log

async def ticks(n):
    for i in range(n):
        got = await Pause()
        sent = yield i * 10
        if sent is not None:
            print("  ticks got", sent)

ag = ticks(3)
print(type(ag).__name__, repr(ag).split(" at ")[0], ag.__qualname__)
print(ag.ag_running, ag.ag_await, ag.ag_frame.f_code.co_name, ag.ag_code.co_flags & 0x200)
print(ag.__aiter__() is ag)
a = ag.__anext__()
print(type(a).__name__, type(ag.asend(None)).__name__, type(ag.athrow(ValueError)).__name__, type(ag.aclose()).__name__)
print(a.send(None))
print(ag.ag_running, type(ag.ag_await).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first value", e.value)
print(ag.ag_running)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def consume():
    out = []
    async for v in ticks(3):
        out.append(v)
    return out

print(run(consume()))

async def with_asend():
    g = ticks(3)
    first = await g.asend(None)
    second = await g.asend("hello")
    await g.aclose()
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("  exhausted after aclose")
    return first, second

print(run(with_asend()))

async def guarded():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("  guarded caught", repr(e))
        yield "recovered"
    finally:
        print("  guarded finally")

async def throwing():
    g = guarded()
    print(await g.__anext__())
    print(await g.athrow(KeyError("k")))
    try:
        await g.athrow(OSError("not caught"))
    except OSError as e:
        print("  propagated", e)
    print(g.ag_frame)
    return "thrown"

print(run(throwing()))

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def close_stubborn():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("  RuntimeError:", e)

print(run(close_stubborn()))

async def bad_stop():
    yield 1
    raise StopAsyncIteration

async def drain(g):
    async for x in g:
        pass

try:
    run(drain(bad_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)

async def returns_early():
    yield "only"
    return

async def count(g):
    n = 0
    async for _ in g:
        n += 1
    return n

print(run(count(returns_early())))

g = ticks(1)
try:
    g.asend("x").send(None)
except TypeError as e:
    print("TypeError:", e)
