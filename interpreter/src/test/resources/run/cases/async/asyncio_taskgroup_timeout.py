# asyncio 3.11: TaskGroup (a failure cancels its siblings, errors come as an ExceptionGroup), timeout(), wait(), as_completed().
import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print("finished", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.2))
        b = tg.create_task(job("b", 0.02))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0.01, fail=True))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    try:
        async with asyncio.timeout(0.05):
            await job("too slow", 1)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(1) as cm:
        await job("in time", 0.01)
    print(cm.expired())
    t1 = asyncio.create_task(job("w1", 0.01))
    t2 = asyncio.create_task(job("w2", 0.3))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), t1 in done)
    await t2
    tasks = [asyncio.create_task(job(f"c{i}", d)) for i, d in enumerate((0.3, 0.02, 0.15))]
    for fut in asyncio.as_completed(tasks):
        print("as_completed:", await fut)

asyncio.run(main())
