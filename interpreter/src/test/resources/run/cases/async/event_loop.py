# A tiny round-robin event loop without asyncio: tasks are coroutines driven by send(None).
from collections import deque

class Yield:
    """Gives the loop a turn: the coroutine is resumed at the next round."""
    def __await__(self):
        yield self

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self

class Loop:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.tick = 0
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick += 1
                wake = [s for s in self.sleeping if s[0] <= self.tick]
                self.sleeping = [s for s in self.sleeping if s[0] > self.tick]
                for _, name, coro in wake:
                    self.ready.append((name, coro))
                continue
            name, coro = self.ready.popleft()
            try:
                request = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[{self.tick}] {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"[{self.tick}] {name} failed: {type(e).__name__}: {e}")
                continue
            if isinstance(request, Sleep):
                self.sleeping.append((self.tick + request.ticks, name, coro))
            else:
                self.ready.append((name, coro))

async def countdown(name, n):
    while n:
        print(f"{name}: {n}")
        n -= 1
        await Yield()
    return f"{name} done"

async def sleeper(ticks):
    await Sleep(ticks)
    print(f"slept {ticks}")
    return ticks

async def fetch(key, ticks):
    got = await sleeper(ticks)
    return {key: got}

async def broken():
    await Yield()
    return 1 / 0

loop = Loop()
loop.spawn("a", countdown("a", 3))
loop.spawn("b", countdown("b", 2))
loop.spawn("f1", fetch("x", 2))
loop.spawn("f2", fetch("y", 1))
loop.spawn("bad", broken())
loop.run()
print(sorted(loop.results))
print(loop.tick)

async def producer(queue, items):
    for item in items:
        queue.append(item)
        print("produced", item)
        await Yield()
    queue.append(None)

async def consumer(queue):
    total = 0
    while True:
        while not queue:
            await Yield()
        item = queue.popleft()
        if item is None:
            return total
        print("consumed", item)
        total += item

loop = Loop()
q = deque()
loop.spawn("consumer", consumer(q))
loop.spawn("producer", producer(q, [1, 2, 3]))
loop.run()
print(loop.results["consumer"])
