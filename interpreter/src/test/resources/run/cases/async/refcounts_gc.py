# Coroutines and async generators are gc-tracked objects with CPython's reference counts.
import gc
import sys

class Pause:
    def __await__(self):
        yield

async def holder(obj):
    await Pause()
    return obj

async def agen(obj):
    yield obj

payload = object()
print(sys.getrefcount(payload))
c = holder(payload)
print(sys.getrefcount(c), gc.is_tracked(c), sys.getrefcount(payload))
c.send(None)
print(sys.getrefcount(payload))
try:
    c.send(None)
except StopIteration as e:
    result = e.value
del e
print(result is payload, sys.getrefcount(payload))
del c, result
print(sys.getrefcount(payload))

g = agen(payload)
print(gc.is_tracked(g), sys.getrefcount(g))
step = g.asend(None)
print(sys.getrefcount(g), gc.is_tracked(step))
del step
print(sys.getrefcount(g))
del g
print(sys.getrefcount(payload))

w = holder(payload).__await__()
print(type(w).__name__, gc.is_tracked(w), sys.getrefcount(w))
next(w)
del w
print(sys.getrefcount(payload))

class Node:
    def __init__(self):
        self.task = None
    def __del__(self):
        print("Node freed")

async def keeps(node):
    await Pause()

n = Node()
n.task = keeps(n)
n.task.send(None)
del n
print("cycle left for the collector")
print(gc.collect() > 0)
print("after collect")

async def finalizing():
    try:
        await Pause()
    finally:
        print("finally ran at collection or free")

f = finalizing()
f.send(None)
del f
print("done")
