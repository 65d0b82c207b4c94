# async with awaits __aenter__ and __aexit__; __aexit__ sees the exception and may suppress it.
class Pause:
    def __await__(self):
        yield "pause"

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Pause()
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Pause()
        return self.suppress

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return steps, e.value

async def body():
    async with Resource("db") as name:
        print("inside with", name)
    async with Resource("quiet", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("loud") as n, Resource("nested") as m:
            print("both", n, m)
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    return "body done"

print(run(body()))

class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class OnlyEnter:
    async def __aenter__(self):
        return self

class SyncEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2

async def misuse(cm):
    async with cm:
        print("ran body of", type(cm).__name__)

for cm in (NotAsync(), OnlyEnter(), SyncEnter(), SyncExit(), 42):
    try:
        run(misuse(cm))
    except TypeError as e:
        print("TypeError:", e)

class Failing:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        raise RuntimeError("exit failed")

async def failing():
    async with Failing():
        raise ValueError("original")

try:
    run(failing())
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
