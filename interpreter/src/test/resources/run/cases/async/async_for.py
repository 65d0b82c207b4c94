# async for drives __aiter__/__anext__ until StopAsyncIteration; else runs when the loop was not broken.
class Pause:
    def __await__(self):
        yield

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Pause()
        self.i += 1
        return self.i

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

async def main():
    total = 0
    async for t in Ticker(4):
        total += t
    else:
        print("loop ended, total", total)
    async for t in Ticker(10):
        if t == 3:
            print("breaking at", t)
            break
    else:
        print("not printed")
    async for t in Ticker(5):
        if t % 2:
            continue
        print("even", t)
    for outer in range(2):
        async for t in Ticker(2):
            print("nested", outer, t)
    return total

print(run(main()))

class NoAiter:
    pass

class BadAiter:
    def __aiter__(self):
        return 5

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def misuse(obj):
    async for x in obj:
        print(x)

for obj in (NoAiter(), BadAiter(), SyncAnext(), [1, 2]):
    try:
        run(misuse(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))

async def early_return():
    async for t in Ticker(5):
        if t == 2:
            return "returned at 2"

print(run(early_return()))
