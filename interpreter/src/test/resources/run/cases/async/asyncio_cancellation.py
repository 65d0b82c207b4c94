# asyncio: cancellation reaching the awaiting coroutine, cancel messages, wait_for timeouts, futures and call_soon order.
import asyncio

async def ticker(name, n, delay):
    try:
        for i in range(n):
            print(name, i)
            await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleanup")
    return n

async def main():
    t = asyncio.create_task(ticker("t", 100, 0))
    for _ in range(3):
        await asyncio.sleep(0)
    print("cancel ->", t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited cancelled task:", repr(e))
    print(t.cancelled(), t.cancel())
    t2 = asyncio.create_task(ticker("u", 2, 0))
    print(repr(t2).split(" coro=")[0])
    await t2
    print(repr(t2).split(" coro=")[0], t2.result())
    t3 = asyncio.create_task(ticker("v", 5, 0.05))
    await asyncio.sleep(0)
    t3.cancel("enough")
    try:
        await t3
    except asyncio.CancelledError as e:
        print("message", e.args)
    async def inner():
        await asyncio.sleep(10)
    try:
        await asyncio.wait_for(inner(), 0.01)
    except TimeoutError as e:
        print("wait_for timeout cause:", type(e.__cause__).__name__)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, 42)
    print("future", await fut)
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_soon(print, "soon 2")
    await asyncio.sleep(0)
    print("after soon")
    print(len(asyncio.all_tasks()))

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
async def bad(): pass
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
