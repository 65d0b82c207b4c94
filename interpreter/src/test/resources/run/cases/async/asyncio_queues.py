# asyncio queues: FIFO/priority/LIFO order, maxsize, nowait errors, task_done/join, reprs, cancellation.
import asyncio
import re


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x?', repr(obj))


async def main():
    q = asyncio.Queue()
    print(r(q), str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    for cls in (asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue):
        q = cls()
        for x in (3, 1, 2):
            q.put_nowait(x)
        print(cls.__name__, str(q), [q.get_nowait() for _ in range(3)], str(q))
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    putter = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), str(q))
    await asyncio.sleep(0)
    print(putter.done(), str(q))
    print([q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    getters[0].cancel()
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(10)
    q.put_nowait(20)
    print(await asyncio.gather(*getters[1:]), str(q))
    for _ in range(5):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(str(q))

    jq = asyncio.Queue()
    log = []

    async def worker(name):
        while True:
            item = await jq.get()
            await asyncio.sleep(0)
            log.append((name, item))
            jq.task_done()

    ws = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    for i in range(5):
        jq.put_nowait(i)
    await jq.join()
    print(log, str(jq))
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    await jq.join()
    print("join on empty returns")

    pq = asyncio.PriorityQueue(maxsize=3)
    for item in [(2, "b"), (1, "a"), (3, "c")]:
        await pq.put(item)
    print(str(pq), pq.full())
    print(r(pq))
    lq = asyncio.LifoQueue(1)
    await lq.put("x")
    t = asyncio.create_task(lq.put("y"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(str(lq), t.cancelled())
    print(asyncio.Queue(maxsize=-1).full(), str(asyncio.Queue(0)))

    class MyQueue(asyncio.Queue):
        def _init(self, maxsize):
            self._queue = []

        def _put(self, item):
            self._queue.insert(0, item)

        def _get(self):
            return self._queue.pop(0)

    mq = MyQueue()
    for i in range(3):
        mq.put_nowait(i)
    print(str(mq), mq.get_nowait())
    print(asyncio.QueueEmpty.__mro__, asyncio.Queue.__module__)


asyncio.run(main())
