# inspect and collections.abc know coroutines and async generators; a coroutine alive at exit is reported as sys:1.
import inspect, collections.abc, types, functools
async def f(): pass
async def g(): yield
class A:
    async def m(self): pass
c = f()
print(inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(g), inspect.isasyncgenfunction(g), inspect.iscoroutinefunction(A().m), inspect.iscoroutinefunction(functools.partial(f)))
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(g()), inspect.getcoroutinestate(c))
print(isinstance(c, collections.abc.Coroutine), isinstance(c, collections.abc.Awaitable), isinstance(g(), collections.abc.AsyncGenerator), isinstance(g(), collections.abc.AsyncIterator))
c.close(); print(inspect.getcoroutinestate(c))
print(types.CoroutineType, types.AsyncGeneratorType)
class MyAI(collections.abc.AsyncIterator):
    def __init__(self): self.n = 0
    async def __anext__(self):
        self.n += 1
        if self.n > 3: raise StopAsyncIteration
        return self.n
async def use():
    return [x async for x in MyAI()]
try: use().send(None)
except StopIteration as e: print(e.value)
leftover = f()
print("exiting")
