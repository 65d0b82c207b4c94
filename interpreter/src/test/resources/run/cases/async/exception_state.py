# The exception a suspended coroutine is handling stays with it; its caller sees its own (sys.exc_info on both sides of a resume).
import sys
class P:
    def __await__(self):
        yield
class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
async def threaded():
    async for _ in AI(): pass
    try:
        raise KeyError("inside")
    except KeyError:
        await P()
        print("in coro after resume:", sys.exc_info()[0])
async def resumable():
    try:
        raise ValueError("inside")
    except ValueError:
        await P()
        print("in coro after resume:", sys.exc_info()[0])
for fn in (threaded, resumable):
    c = fn()
    c.send(None)
    print("caller sees:", sys.exc_info()[0])
    try:
        raise IndexError
    except IndexError:
        try: c.send(None)
        except StopIteration: pass
        print("caller after:", sys.exc_info()[0])
def threaded_gen():
    try:
        raise LookupError("gen")
    except LookupError:
        got = (yield 1) or 0
        print("gen after resume:", sys.exc_info()[0], got)
    print("gen after handler:", sys.exc_info()[0])
g = threaded_gen()
next(g)
print("caller sees:", sys.exc_info()[0])
try:
    raise OSError
except OSError:
    try:
        g.send(5)
    except StopIteration:
        pass
    print("caller after:", sys.exc_info()[0])
