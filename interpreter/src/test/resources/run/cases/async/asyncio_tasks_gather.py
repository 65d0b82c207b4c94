# asyncio: run, create_task, sleep, gather (with and without return_exceptions), wait_for, cancel.
import asyncio

async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return name.upper()

async def main():
    t1 = asyncio.create_task(work("a", 0.15))
    t2 = asyncio.create_task(work("b", 0.05))
    print(t1.get_name(), t2.get_name(), t1.done())
    r = await asyncio.gather(t1, t2, work("c", 0))
    print(r)
    print(await asyncio.gather())
    try:
        await asyncio.wait_for(work("slow", 0.5), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(work("fast", 0), timeout=1))
    t = asyncio.create_task(work("cancelme", 1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    res = await asyncio.gather(work("ok", 0), asyncio.sleep(0, "slept"), return_exceptions=True)
    print(res)
    async def boom():
        raise ValueError("boom")
    print(await asyncio.gather(boom(), work("z", 0), return_exceptions=True))
    try:
        await asyncio.gather(boom(), work("y", 0))
    except ValueError as e:
        print("gather raised", e)
    print(asyncio.current_task().get_name())
    return "main done"

print(asyncio.run(main()))
print(asyncio.run(work("again", 0)))
