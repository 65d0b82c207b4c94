# A coroutine freed before it ever ran: CPython's RuntimeWarning, printed when the last reference goes.
import sys

async def job(n):
    return n

print("start")
job(1)
print("after a bare call")
c = job(2)
print("holding one")
del c
print("deleted")

def make():
    inner = job(3)
    return "made"

print(make())
for i in range(3):
    job(i)
print("loop done")
started = job(4)
try:
    started.send(None)
except StopIteration:
    pass
del started
closed = job(5)
closed.close()
del closed
print("closed one is silent")
kept = [job(6)]
print(sys.getrefcount(kept[0]))
kept.clear()
print("end")
