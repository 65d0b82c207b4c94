# asyncio: Queue with maxsize, task_done/join, Event waking waiters, Lock in async with, PriorityQueue.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)

async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    await q.join()
    print("empty", q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    ev = asyncio.Event()
    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("woke", i)
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    lock = asyncio.Lock()
    async def critical(i):
        async with lock:
            print("in", i, lock.locked())
            await asyncio.sleep(0.001)
            print("out", i)
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])

asyncio.run(main())
